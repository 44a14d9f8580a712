package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * DigitalOcean Kubernetes (DOKS): {@code kubernetes_create_cluster}, {@code _list_clusters}, {@code
 * _get_cluster}, {@code _update_cluster}, {@code _delete_cluster}, {@code _list_options}, {@code
 * _get_availableUpgrades}, {@code _upgrade_cluster}, {@code _list_nodePools}, {@code
 * _add_nodePool}, {@code _update_nodePool}, {@code _delete_nodePool}, {@code _get_credentials},
 * {@code _add_registry} and {@code _remove_registry}.
 *
 * <ul>
 *   <li>clusters are {@code provisioning} until {@link #runningAfter} has passed on the fake's
 *       clock, then {@code running}; names are unique ({@code 422}); a {@code version} that is not
 *       one of {@link #versions} is a {@code 422};
 *   <li>a cluster created without {@code vpc_uuid} joins its region's default VPC; a {@code
 *       vpc_uuid} naming no VPC is a {@code 404}; clusters are members of their VPC;
 *   <li>the cluster and every node carry {@code k8s} and {@code k8s:<id>}; nodes also {@code
 *       k8s:worker} and their pool's tags; each node has a droplet id;
 *   <li>an upgrade is accepted only to a version listed by {@code _get_availableUpgrades} (the
 *       versions of {@link #versions} newer than the cluster's), else {@code 422}; a PUT cannot
 *       turn {@code ha} off ({@code 422});
 *   <li>credentials carry a generated token (reported to {@link #onToken}), expiring after {@code
 *       expiry_seconds} (7 days without);
 *   <li>the last node pool cannot be deleted ({@code 422}).
 * </ul>
 *
 * <p>Register one instance with one {@code FakeDigitalOcean}. Rows live in {@value #TABLE}, keyed
 * by id.
 */
public final class FakeKubernetes implements FakeResource {
  /** Table of clusters (rows as the API shows them), keyed by id. */
  public static final String TABLE = "kubernetes_clusters";

  private List<String> versions = List.of("1.30.5-do.0", "1.31.1-do.0", "1.31.2-do.0");
  private Duration runningAfter = Duration.ofMinutes(5);
  private java.util.function.Consumer<String> onToken = token -> {};
  private @Nullable FakeState state;
  private int tokens;

  /** A fake with the defaults described on the setters. */
  public FakeKubernetes() {}

  /** The version slugs offered, oldest first; default 1.30.5-do.0, 1.31.1-do.0, 1.31.2-do.0. */
  public FakeKubernetes versions(List<String> versions) {
    this.versions = List.copyOf(versions);
    return this;
  }

  /** How long after creation a cluster runs; default 5 minutes. */
  public FakeKubernetes runningAfter(Duration runningAfter) {
    this.runningAfter = Objects.requireNonNull(runningAfter, "runningAfter");
    return this;
  }

  /** Called with every token the credentials route hands out (to check it never leaks). */
  public FakeKubernetes onToken(java.util.function.Consumer<String> listener) {
    this.onToken = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** The clusters table (live rows). */
  public FakeTable clusters() {
    return Objects.requireNonNull(state, "register the resource first").table(TABLE);
  }

  @Override
  public void register(FakeRoutes routes, FakeState fakeState) {
    this.state = fakeState;
    FakeTable clusters = fakeState.table(TABLE);
    routes
        .on(FakeOperations.KUBERNETES_CREATE_CLUSTER, this::create)
        .on(
            FakeOperations.KUBERNETES_LIST_CLUSTERS,
            request ->
                FakeResponse.page(
                    request,
                    "kubernetes_clusters",
                    clusters.values().stream().map(this::render).toList()))
        .on(
            FakeOperations.KUBERNETES_GET_CLUSTER,
            request ->
                FakeResponse.ok(FakeJson.object("kubernetes_cluster", render(cluster(request)))))
        .on(FakeOperations.KUBERNETES_UPDATE_CLUSTER, this::update)
        .on(
            FakeOperations.KUBERNETES_DELETE_CLUSTER,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              clusters.remove(row.get("id"));
              FakeVpcs.removeMember(fakeState, "do:kubernetes:" + row.get("id"));
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.KUBERNETES_LIST_OPTIONS,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "options",
                        FakeJson.object(
                            "regions",
                            List.of(FakeJson.object("name", "Frankfurt 1", "slug", "fra1")),
                            "versions",
                            versions.stream().map(FakeKubernetes::version).toList(),
                            "sizes",
                            List.of(
                                FakeJson.object("name", "s-2vcpu-4gb", "slug", "s-2vcpu-4gb"))))))
        .on(
            FakeOperations.KUBERNETES_GET_AVAILABLE_UPGRADES,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "available_upgrade_versions",
                        upgrades(String.valueOf(cluster(request).get("version"))).stream()
                            .map(FakeKubernetes::version)
                            .toList())))
        .on(
            FakeOperations.KUBERNETES_UPGRADE_CLUSTER,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              String target = String.valueOf(request.json().get("version"));
              if (!upgrades(String.valueOf(row.get("version"))).contains(target)) {
                throw FakeApiError.unprocessable(
                    "version " + target + " is not an available upgrade");
              }
              row.put("version", target);
              return FakeResponse.accepted();
            })
        .on(
            FakeOperations.KUBERNETES_LIST_NODE_POOLS,
            request -> FakeResponse.ok(FakeJson.object("node_pools", pools(cluster(request)))))
        .on(
            FakeOperations.KUBERNETES_GET_NODE_POOL,
            request ->
                FakeResponse.ok(FakeJson.object("node_pool", nodePool(cluster(request), request))))
        .on(
            FakeOperations.KUBERNETES_ADD_NODE_POOL,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              Map<String, @Nullable Object> pool = pool(row, request.json());
              pools(row).add(pool);
              return FakeResponse.created(FakeJson.object("node_pool", pool));
            })
        .on(
            FakeOperations.KUBERNETES_UPDATE_NODE_POOL,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              Map<String, @Nullable Object> pool = nodePool(row, request);
              Map<String, @Nullable Object> body = request.json();
              Map<String, @Nullable Object> updated = pool(row, merge(pool, body));
              updated.put("id", pool.get("id"));
              List<Map<String, @Nullable Object>> list = pools(row);
              list.set(list.indexOf(pool), updated);
              return FakeResponse.accepted(FakeJson.object("node_pool", updated));
            })
        .on(
            FakeOperations.KUBERNETES_DELETE_NODE_POOL,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              Map<String, @Nullable Object> pool = nodePool(row, request);
              if (pools(row).size() == 1) {
                throw FakeApiError.unprocessable("a cluster needs at least one node pool");
              }
              pools(row).remove(pool);
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.KUBERNETES_GET_CREDENTIALS,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              long seconds = request.queryInt("expiry_seconds", 0);
              Instant expires =
                  fakeState
                      .now()
                      .plusSeconds(seconds == 0 ? Duration.ofDays(7).toSeconds() : seconds);
              String token = "dok-fake-" + (++tokens) + "-" + fakeState.nextUuid();
              onToken.accept(token);
              return FakeResponse.ok(
                  FakeJson.object(
                      "server",
                      row.get("endpoint"),
                      "certificate_authority_data",
                      "TFMwdExTMUNSVWRKVGlCRFJWSlVTVVpKUTBGVVJTMHRMUzB0Q2c9PQ==",
                      "token",
                      token,
                      "expires_at",
                      FakeJson.timestamp(expires)));
            })
        .on(FakeOperations.KUBERNETES_ADD_REGISTRY, request -> registry(request, true))
        .on(FakeOperations.KUBERNETES_REMOVE_REGISTRY, request -> registry(request, false));
  }

  private FakeResponse registry(FakeRequest request, boolean enabled) {
    Object uuids = request.json().get("cluster_uuids");
    if (uuids instanceof List<?> list) {
      for (Object id : list) {
        clusters().require(String.valueOf(id)).put("registry_enabled", enabled);
      }
    }
    return FakeResponse.noContent();
  }

  private static Map<String, @Nullable Object> version(String slug) {
    return FakeJson.object(
        "slug",
        slug,
        "kubernetes_version",
        slug.substring(0, slug.indexOf('-')),
        "supported_features",
        List.of("cluster-autoscaler", "docr-integration"));
  }

  private List<String> upgrades(String current) {
    int at = versions.indexOf(current);
    return at < 0 ? List.of() : versions.subList(at + 1, versions.size());
  }

  private Map<String, @Nullable Object> cluster(FakeRequest request) {
    return clusters().require(request.pathParam("cluster_id"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, @Nullable Object>> pools(Map<String, @Nullable Object> row) {
    return (List<Map<String, @Nullable Object>>) Objects.requireNonNull(row.get("node_pools"));
  }

  private static Map<String, @Nullable Object> nodePool(
      Map<String, @Nullable Object> row, FakeRequest request) {
    String id = request.pathParam("node_pool_id");
    return pools(row).stream()
        .filter(p -> id.equals(p.get("id")))
        .findFirst()
        .orElseThrow(FakeApiError::notFound);
  }

  private static Map<String, @Nullable Object> merge(
      Map<String, @Nullable Object> pool, Map<String, @Nullable Object> body) {
    Map<String, @Nullable Object> merged = new LinkedHashMap<>(pool);
    merged.putAll(body);
    merged.put("size", pool.get("size"));
    return merged;
  }

  private Map<String, @Nullable Object> pool(
      Map<String, @Nullable Object> cluster, Map<String, @Nullable Object> body) {
    FakeState s = Objects.requireNonNull(state);
    String clusterId = String.valueOf(cluster.get("id"));
    int count = ((Number) Objects.requireNonNull(body.get("count"), "count")).intValue();
    List<String> tags = new ArrayList<>();
    if (body.get("tags") instanceof List<?> given) {
      given.stream()
          .map(String::valueOf)
          .filter(t -> !t.equals("k8s") && !t.startsWith("k8s:"))
          .forEach(tags::add);
    }
    tags.addAll(List.of("k8s", "k8s:" + clusterId, "k8s:worker"));
    List<Map<String, @Nullable Object>> nodes = new ArrayList<>();
    String name = String.valueOf(body.get("name"));
    for (int i = 0; i < count; i++) {
      nodes.add(
          FakeJson.object(
              "id", s.nextUuid(),
              "name", name + "-" + i,
              "status", FakeJson.object("state", "running"),
              "droplet_id", String.valueOf(s.nextId()),
              "created_at", s.timestamp(),
              "updated_at", s.timestamp()));
    }
    Map<String, @Nullable Object> pool = new LinkedHashMap<>();
    pool.put("id", s.nextUuid());
    pool.put("name", name);
    pool.put("size", body.get("size"));
    pool.put("count", count);
    pool.put("tags", tags);
    pool.put("labels", body.get("labels"));
    pool.put("taints", body.get("taints") == null ? List.of() : body.get("taints"));
    pool.put("auto_scale", Boolean.TRUE.equals(body.get("auto_scale")));
    pool.put("min_nodes", body.get("min_nodes") == null ? 0 : body.get("min_nodes"));
    pool.put("max_nodes", body.get("max_nodes") == null ? 0 : body.get("max_nodes"));
    pool.put("nodes", nodes);
    return pool;
  }

  private FakeResponse create(FakeRequest request) {
    FakeState s = Objects.requireNonNull(state);
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    if (!clusters().find(row -> name.equals(row.get("name"))).isEmpty()) {
      throw FakeApiError.unprocessable("a cluster named " + name + " already exists");
    }
    String version = String.valueOf(body.get("version"));
    if (!versions.contains(version)) {
      throw FakeApiError.unprocessable("version " + version + " is not offered");
    }
    String id = s.nextUuid();
    String region = String.valueOf(body.get("region"));
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("region", region);
    row.put("version", version);
    row.put("cluster_subnet", "10.244.0.0/16");
    row.put("service_subnet", "10.245.0.0/16");
    row.put("vpc_uuid", References.vpcOrDefault(s, body.get("vpc_uuid"), region));
    row.put("ipv4", "");
    row.put("endpoint", "https://" + id + ".k8s.ondigitalocean.com");
    List<String> tags = new ArrayList<>();
    if (body.get("tags") instanceof List<?> given) {
      given.forEach(t -> tags.add(String.valueOf(t)));
    }
    tags.addAll(List.of("k8s", "k8s:" + id));
    row.put("tags", tags);
    List<Map<String, @Nullable Object>> pools = new ArrayList<>();
    row.put("node_pools", pools);
    if (body.get("node_pools") instanceof List<?> given) {
      for (Object pool : given) {
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> p = (Map<String, @Nullable Object>) pool;
        pools.add(pool(row, p));
      }
    }
    row.put(
        "maintenance_policy",
        body.get("maintenance_policy") == null
            ? FakeJson.object("start_time", "00:00", "day", "any")
            : body.get("maintenance_policy"));
    row.put("auto_upgrade", Boolean.TRUE.equals(body.get("auto_upgrade")));
    row.put("surge_upgrade", Boolean.TRUE.equals(body.get("surge_upgrade")));
    row.put("ha", Boolean.TRUE.equals(body.get("ha")));
    row.put("registry_enabled", false);
    row.put(
        "control_plane_firewall",
        body.get("control_plane_firewall") == null
            ? FakeJson.object("enabled", false, "allowed_addresses", List.of())
            : body.get("control_plane_firewall"));
    row.put("created_at", s.timestamp());
    row.put("created_instant", s.now());
    clusters().put(id, row);
    FakeVpcs.addMember(s, String.valueOf(row.get("vpc_uuid")), name, "do:kubernetes:" + id);
    return FakeResponse.created(FakeJson.object("kubernetes_cluster", render(row)));
  }

  private FakeResponse update(FakeRequest request) {
    Map<String, @Nullable Object> row = cluster(request);
    Map<String, @Nullable Object> body = request.json();
    if (Boolean.TRUE.equals(row.get("ha")) && Boolean.FALSE.equals(body.get("ha"))) {
      throw FakeApiError.unprocessable("high availability cannot be disabled");
    }
    for (String field :
        List.of(
            "name",
            "maintenance_policy",
            "auto_upgrade",
            "surge_upgrade",
            "ha",
            "control_plane_firewall")) {
      if (body.containsKey(field)) {
        row.put(field, body.get(field));
      }
    }
    if (body.get("tags") instanceof List<?> given) {
      List<String> tags = new ArrayList<>();
      given.forEach(t -> tags.add(String.valueOf(t)));
      tags.addAll(List.of("k8s", "k8s:" + row.get("id")));
      row.put("tags", tags);
    }
    return FakeResponse.accepted(FakeJson.object("kubernetes_cluster", render(row)));
  }

  private Map<String, @Nullable Object> render(Map<String, @Nullable Object> row) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>(row);
    Instant created = (Instant) Objects.requireNonNull(out.remove("created_instant"));
    boolean running = !Objects.requireNonNull(state).now().isBefore(created.plus(runningAfter));
    String phase = running ? "running" : "provisioning";
    out.put("status", FakeJson.object("state", phase, "message", phase));
    out.put("updated_at", row.get("created_at"));
    return out;
  }
}
