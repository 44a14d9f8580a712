package dev.seawall.kubernetes.cluster;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitState;
import dev.seawall.core.net.Cidr;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.kubernetes.KubernetesOperations;
import dev.seawall.kubernetes.cluster.internal.CredentialsWire;
import dev.seawall.kubernetes.cluster.internal.KubernetesClusterWire;
import dev.seawall.kubernetes.cluster.internal.Options;
import dev.seawall.kubernetes.cluster.internal.Options.VersionOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * DigitalOcean Kubernetes (DOKS) clusters, in the {@linkplain
 * dev.seawall.core.resource.ResourceService one vocabulary} of every kind, plus upgrades and
 * short-lived credentials. Obtain it with {@code Kubernetes.clusters(client)}. Thread-safe.
 *
 * <p>{@link #apply} converges a cluster: it creates it (version {@code latest} resolved through
 * {@code kubernetes_list_options}, then waits until it runs); it changes in place {@code
 * auto_upgrade}, {@code surge_upgrade}, {@code ha} (only on), the maintenance window, the
 * control-plane firewall and tags ({@code kubernetes_update_cluster}), the registry integration
 * ({@code kubernetes_add_registry}/{@code kubernetes_remove_registry}) and node pools (added,
 * updated, removed by name with the node pool operations); a version change is an upgrade ({@code
 * kubernetes_upgrade_cluster}) only to a version {@code kubernetes_get_availableUpgrades} lists. A
 * changed region or VPC, a node pool's size, turning {@code ha} off or a version that is not an
 * available upgrade are refused ({@link RefusedChangeException}) before anything is sent.
 *
 * <p>Token scopes: {@code kubernetes:read}, {@code kubernetes:create}, {@code kubernetes:update},
 * {@code kubernetes:delete}, and {@code kubernetes:access_cluster} only for {@link #kubeconfig}.
 */
public final class KubernetesClusterService
    extends AbstractResourceService<
        KubernetesClusterSpec, KubernetesCluster, KubernetesClusterWire> {
  /** How long {@link #create} waits for a new cluster to run: 30 minutes. */
  public static final Duration DEFAULT_CREATE_TIMEOUT = Duration.ofMinutes(30);

  /** The default lifetime of {@link #kubeconfig(String)} credentials: 1 hour. */
  public static final Duration DEFAULT_KUBECONFIG_EXPIRY = Duration.ofHours(1);

  /** The longest lifetime {@link #kubeconfig(String, Duration)} accepts: 24 hours. */
  public static final Duration MAX_KUBECONFIG_EXPIRY = Duration.ofHours(24);

  /** The field of node pool changes in a diff. */
  public static final String NODE_POOLS = "node_pools";

  /** The operations a version upgrade sends. */
  public static final List<Operation> UPGRADE_OPERATIONS =
      List.of(
          KubernetesOperations.KUBERNETES_GET_AVAILABLE_UPGRADES,
          KubernetesOperations.KUBERNETES_UPGRADE_CLUSTER);

  /** The operations node pool changes send. */
  public static final List<Operation> NODE_POOL_OPERATIONS =
      List.of(
          KubernetesOperations.KUBERNETES_ADD_NODE_POOL,
          KubernetesOperations.KUBERNETES_UPDATE_NODE_POOL,
          KubernetesOperations.KUBERNETES_DELETE_NODE_POOL);

  static final WireKind<KubernetesClusterWire, KubernetesCluster> WIRE =
      WireKind.builder(
              KubernetesClusterResource.KIND,
              KubernetesClusterWire.class,
              KubernetesClusterWire::toModel)
          .envelope("kubernetes_cluster", "kubernetes_clusters")
          .list(KubernetesOperations.KUBERNETES_LIST_CLUSTERS)
          .get(KubernetesOperations.KUBERNETES_GET_CLUSTER, "cluster_id")
          .delete(KubernetesOperations.KUBERNETES_DELETE_CLUSTER)
          .identity(KubernetesClusterWire::id, KubernetesClusterWire::name)
          .build();

  /**
   * The cluster's own fields: region and VPC are fixed at creation; the version is an upgrade
   * (checked against the available upgrades by {@link #diff}); {@code ha} can only be turned on;
   * the rest changes in place. Node pools are compared by {@link #diff} itself.
   */
  static final Differ<KubernetesClusterSpec, KubernetesCluster> DIFFER =
      Differ.<KubernetesClusterSpec, KubernetesCluster>builder()
          .createOnly("region", KubernetesClusterSpec::region, KubernetesCluster::region)
          .createOnly(
              "vpc_uuid",
              spec -> spec.vpcUuid().orElse(null),
              cluster -> cluster.vpcUuid().orElse(null))
          .updatable(
              "version",
              spec -> spec.isLatestVersion() ? null : spec.version(),
              KubernetesCluster::version)
          .updatable(
              "auto_upgrade",
              KubernetesClusterSpec::autoUpgrade,
              cluster -> cluster.autoUpgrade().orElse(null))
          .updatable(
              "surge_upgrade",
              KubernetesClusterSpec::surgeUpgrade,
              cluster -> cluster.surgeUpgrade().orElse(null))
          .updatable(
              "ha",
              KubernetesClusterSpec::ha,
              cluster -> cluster.ha().orElse(null),
              (before, after) ->
                  before && !after
                      ? "DigitalOcean cannot turn a highly available control plane back into a"
                          + " single one"
                      : null)
          .updatable(
              "maintenance_policy",
              spec -> spec.maintenanceWindow().toString(),
              cluster -> cluster.maintenanceWindow().map(Object::toString).orElse(null))
          .updatable(
              "control_plane_firewall.enabled",
              KubernetesClusterSpec::controlPlaneFirewall,
              cluster -> cluster.controlPlaneFirewall().map(f -> f.enabled()).orElse(null))
          .set(
              "control_plane_firewall.allowed_addresses",
              spec -> spec.controlPlaneAllowedAddresses().stream().map(Cidr::toString).toList(),
              cluster ->
                  cluster
                      .controlPlaneFirewall()
                      .map(f -> canonical(f.allowedAddresses()))
                      .orElse(null))
          .set(
              "tags",
              spec -> new TreeSet<>(spec.tags()),
              cluster ->
                  cluster.tags().stream()
                      .filter(t -> !NodePool.isDigitalOceanTag(t))
                      .collect(Collectors.toCollection(TreeSet::new)))
          .updatable(
              "registry_enabled",
              KubernetesClusterSpec::registryIntegration,
              cluster -> cluster.registryEnabled().orElse(null))
          .build();

  private final Duration createTimeout;

  /**
   * Creates the service on a client; prefer {@code Kubernetes.clusters(client)}.
   *
   * @param client the DigitalOcean client
   */
  public KubernetesClusterService(DigitalOcean client) {
    this(client, DEFAULT_CREATE_TIMEOUT);
  }

  /**
   * Creates the service with another wait for new clusters.
   *
   * @param client the DigitalOcean client
   * @param createTimeout how long {@link #create} waits for a new cluster to run
   */
  public KubernetesClusterService(DigitalOcean client, Duration createTimeout) {
    super(client, WIRE);
    this.createTimeout = createTimeout;
  }

  /** Every API operation this service may call, for {@code Scopes.required(...)}. */
  public static List<Operation> operations() {
    return List.of(
        KubernetesOperations.KUBERNETES_LIST_CLUSTERS,
        KubernetesOperations.KUBERNETES_CREATE_CLUSTER,
        KubernetesOperations.KUBERNETES_GET_CLUSTER,
        KubernetesOperations.KUBERNETES_UPDATE_CLUSTER,
        KubernetesOperations.KUBERNETES_DELETE_CLUSTER,
        KubernetesOperations.KUBERNETES_LIST_OPTIONS,
        KubernetesOperations.KUBERNETES_GET_AVAILABLE_UPGRADES,
        KubernetesOperations.KUBERNETES_UPGRADE_CLUSTER,
        KubernetesOperations.KUBERNETES_ADD_NODE_POOL,
        KubernetesOperations.KUBERNETES_UPDATE_NODE_POOL,
        KubernetesOperations.KUBERNETES_DELETE_NODE_POOL,
        KubernetesOperations.KUBERNETES_ADD_REGISTRY,
        KubernetesOperations.KUBERNETES_REMOVE_REGISTRY,
        KubernetesOperations.KUBERNETES_GET_CREDENTIALS);
  }

  @Override
  protected Differ<KubernetesClusterSpec, KubernetesCluster> differ() {
    return DIFFER;
  }

  @Override
  protected String name(KubernetesClusterSpec spec) {
    return spec.name();
  }

  @Override
  protected String describe(KubernetesCluster cluster, KubernetesClusterSpec spec) {
    return "Kubernetes cluster '" + cluster.name() + "' (" + cluster.id() + ")";
  }

  // -------------------------------------------------------------------------------- versions

  /**
   * The newest version DigitalOcean offers for new clusters.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/kubernetes_list_options">kubernetes_list_options</a>;
   * scope {@code kubernetes:read}.
   *
   * @throws SeawallException if the API lists no version
   */
  public String latestVersion() {
    Options options =
        api.call(
            ApiRequest.of(KubernetesOperations.KUBERNETES_LIST_OPTIONS).build(),
            "options",
            Options.class);
    return options.versions().stream()
        .map(VersionOption::slug)
        .filter(s -> !s.isBlank())
        .max(KubernetesClusterService::compareVersions)
        .orElseThrow(
            () -> new SeawallException("DigitalOcean lists no Kubernetes version to create with"));
  }

  /**
   * The versions a cluster can be upgraded to.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/kubernetes_get_availableUpgrades">kubernetes_get_availableUpgrades</a>;
   * scope {@code kubernetes:read}.
   */
  public List<String> availableUpgrades(String clusterId) {
    List<VersionOption> upgrades =
        api.call(
            ApiRequest.of(KubernetesOperations.KUBERNETES_GET_AVAILABLE_UPGRADES)
                .pathParam("cluster_id", clusterId)
                .build(),
            "available_upgrade_versions",
            com.squareup.moshi.Types.newParameterizedType(List.class, VersionOption.class));
    return upgrades.stream().map(VersionOption::slug).toList();
  }

  /** The spec with {@code latest} replaced by the newest slug (one read), or the spec itself. */
  public KubernetesClusterSpec resolveVersion(KubernetesClusterSpec spec) {
    return spec.isLatestVersion() ? spec.withVersion(latestVersion()) : spec;
  }

  /** Compares version slugs such as {@code 1.31.1-do.0} numerically. */
  static int compareVersions(String a, String b) {
    int[] x = numbers(a);
    int[] y = numbers(b);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int[] numbers(String slug) {
    return java.util.Arrays.stream(slug.split("[^0-9]+"))
        .filter(s -> !s.isEmpty())
        .mapToInt(s -> (int) Math.min(Integer.MAX_VALUE, Long.parseLong(s)))
        .toArray();
  }

  // ------------------------------------------------------------------------------------ diff

  /**
   * What {@link #apply} would change, read-only: for a new cluster the create with {@code latest}
   * resolved (one {@code kubernetes_list_options} read); for an existing one the fields, the node
   * pools by name, and a version change checked against {@code kubernetes_get_availableUpgrades}
   * (refused unless listed).
   */
  @Override
  public Diff diff(KubernetesClusterSpec spec, Optional<KubernetesCluster> observed) {
    if (observed.isEmpty()) {
      return createDiff(resolveVersion(spec));
    }
    return diffExisting(spec, observed.get());
  }

  private static Diff createDiff(KubernetesClusterSpec resolved) {
    return DIFFER
        .diff(resolved, Optional.empty())
        .plus(
            resolved.nodePools().stream()
                .map(pool -> FieldChange.created(NODE_POOLS + "." + pool.name(), summary(pool)))
                .toList());
  }

  private Diff diffExisting(KubernetesClusterSpec spec, KubernetesCluster cluster) {
    List<FieldChange> changes = new ArrayList<>();
    for (FieldChange change : DIFFER.diff(spec, cluster).changes()) {
      if (change.field().equals("version") && !change.isRefused()) {
        List<String> upgrades = availableUpgrades(cluster.id());
        if (!upgrades.contains(spec.version())) {
          change =
              FieldChange.refused(
                  "version",
                  cluster.version(),
                  spec.version(),
                  "not an upgrade DigitalOcean offers for this cluster (available: "
                      + upgrades
                      + "); a cluster is never downgraded or replaced");
        }
      }
      changes.add(change);
    }
    changes.addAll(nodePoolChanges(spec, cluster));
    return Diff.of(changes);
  }

  private static List<FieldChange> nodePoolChanges(
      KubernetesClusterSpec spec, KubernetesCluster cluster) {
    List<FieldChange> changes = new ArrayList<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (NodePoolSpec pool : spec.nodePools()) {
      wanted.add(pool.name());
      Optional<NodePool> existing = cluster.nodePool(pool.name());
      if (existing.isEmpty()) {
        changes.add(FieldChange.added(NODE_POOLS, summary(pool)));
      } else if (!existing.get().size().equals(pool.size())) {
        changes.add(
            FieldChange.refused(
                NODE_POOLS + "." + pool.name() + ".size",
                existing.get().size(),
                pool.size(),
                "a node pool's size is fixed at creation: add a pool of the new size under"
                    + " another name, then remove this one"));
      } else if (!summary(existing.get()).equals(summary(pool))) {
        changes.add(
            FieldChange.updated(
                NODE_POOLS + "." + pool.name(), summary(existing.get()), summary(pool)));
      }
    }
    for (NodePool pool : cluster.nodePools()) {
      if (!wanted.contains(pool.name())) {
        changes.add(FieldChange.removed(NODE_POOLS, summary(pool)));
      }
    }
    return changes;
  }

  /** A pool's managed fields as text: equal texts mean nothing to change. */
  static String summary(NodePoolSpec pool) {
    return summary(
        pool.name(),
        pool.size(),
        pool.autoscale(),
        pool.count(),
        pool.minNodes().orElse(0),
        pool.maxNodes().orElse(0),
        new TreeSet<>(pool.tags()),
        pool.labels(),
        pool.taints());
  }

  static String summary(NodePool pool) {
    return summary(
        pool.name(),
        pool.size(),
        pool.autoScale(),
        pool.count(),
        pool.minNodes(),
        pool.maxNodes(),
        pool.userTags(),
        pool.labels(),
        pool.taints());
  }

  private static String summary(
      String name,
      String size,
      boolean autoscale,
      int count,
      int min,
      int max,
      Set<String> tags,
      Map<String, String> labels,
      List<Taint> taints) {
    return name
        + "("
        + size
        + ", "
        + (autoscale ? "autoscale " + min + ".." + max : count + " nodes")
        + (tags.isEmpty() ? "" : ", tags " + new TreeSet<>(tags))
        + (labels.isEmpty() ? "" : ", labels " + new java.util.TreeMap<>(labels))
        + (taints.isEmpty()
            ? ""
            : ", taints " + taints.stream().map(Taint::toString).sorted().toList())
        + ")";
  }

  private static List<String> canonical(List<String> addresses) {
    List<String> out = new ArrayList<>();
    for (String address : addresses) {
      try {
        out.add(Cidr.parseLenient(address).toString());
      } catch (IllegalArgumentException e) {
        out.add(address);
      }
    }
    return out;
  }

  // --------------------------------------------------------------------------------- apply

  /**
   * Converges the cluster with the spec: creates it, changes what differs in place, or sends
   * nothing. A refused change ({@link #diff}) throws before anything is sent.
   *
   * @throws RefusedChangeException if the region, VPC or a pool's size differs, {@code ha} would be
   *     turned off, or the version is not an available upgrade; nothing is sent
   */
  @Override
  public Applied<KubernetesCluster> apply(KubernetesClusterSpec spec) {
    return super.apply(spec);
  }

  /**
   * {@link #apply(KubernetesClusterSpec)} from a state read moments ago: a new cluster gets the
   * newest patch of its version.
   */
  @Override
  public Applied<KubernetesCluster> apply(
      KubernetesClusterSpec spec, Optional<KubernetesCluster> observed) {
    if (observed.isEmpty()) {
      KubernetesClusterSpec resolved = resolveVersion(spec);
      return new Applied<>(create(resolved), createDiff(resolved));
    }
    Diff diff = diffExisting(spec, observed.get());
    return new Applied<>(converge(observed.get(), spec, diff), diff);
  }

  /**
   * Applies the spec to the cluster with this id; see {@link #apply}.
   *
   * @throws NotFoundException if there is no such cluster
   */
  @Override
  public KubernetesCluster update(String id, KubernetesClusterSpec spec) {
    KubernetesCluster observed = get(id);
    return converge(observed, spec, diffExisting(spec, observed));
  }

  private KubernetesCluster converge(
      KubernetesCluster observed, KubernetesClusterSpec spec, Diff diff) {
    return switch (diff.action()) {
      case NONE -> observed;
      case UPDATE -> change(observed, spec, diff);
      case REFUSED -> throw new RefusedChangeException(describe(observed, spec), diff);
      case CREATE -> throw new IllegalStateException("an existing resource is never created");
    };
  }

  /**
   * Creates a cluster with every secure default of the spec ({@code latest} resolved first),
   * integrates the registry when the spec asks, and waits until the cluster runs. A lost answer is
   * followed by look-ups by name, never a second create.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/kubernetes_create_cluster">kubernetes_create_cluster</a>,
   * {@code kubernetes_list_options} (for {@code latest}), {@code kubernetes_get_cluster}, and
   * {@code kubernetes_add_registry} when asked; scopes {@code kubernetes:create}, {@code
   * kubernetes:read}, {@code kubernetes:update}.
   */
  @Override
  public KubernetesCluster create(KubernetesClusterSpec spec) {
    KubernetesClusterSpec resolved = resolveVersion(spec);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", resolved.name());
    body.put("region", resolved.region());
    body.put("version", resolved.version());
    resolved.vpcUuid().ifPresent(vpc -> body.put("vpc_uuid", vpc));
    if (!resolved.tags().isEmpty()) {
      body.put("tags", resolved.tags());
    }
    body.put("node_pools", resolved.nodePools().stream().map(p -> poolBody(p, true)).toList());
    body.putAll(settings(resolved));
    KubernetesCluster created =
        createWithLookup(
            ApiRequest.of(KubernetesOperations.KUBERNETES_CREATE_CLUSTER).body(body).build(),
            resolved);
    if (resolved.registryIntegration() && !created.registryEnabled().orElse(false)) {
      registry(created.id(), true);
    }
    return await(
        created.id(),
        "to be running",
        c ->
            switch (c.state()) {
              case "running" -> WaitState.DONE;
              case "error", "deleted", "deleting" -> WaitState.FAILED;
              default -> WaitState.PENDING;
            },
        c -> "cluster '" + c.name() + "' is " + c.state(),
        createTimeout);
  }

  /** The settings a create and an update send alike. */
  private static Map<String, Object> settings(KubernetesClusterSpec spec) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("auto_upgrade", spec.autoUpgrade());
    body.put("surge_upgrade", spec.surgeUpgrade());
    body.put("ha", spec.ha());
    body.put(
        "maintenance_policy",
        Map.of(
            "day", spec.maintenanceWindow().day().slug(),
            "start_time", spec.maintenanceWindow().startTimeText()));
    Map<String, Object> firewall = new LinkedHashMap<>();
    firewall.put("enabled", spec.controlPlaneFirewall());
    firewall.put(
        "allowed_addresses",
        spec.controlPlaneAllowedAddresses().stream().map(Cidr::toString).toList());
    body.put("control_plane_firewall", firewall);
    return body;
  }

  private static Map<String, Object> poolBody(NodePoolSpec pool, boolean withSize) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (withSize) {
      body.put("size", pool.size());
    }
    body.put("name", pool.name());
    body.put("count", pool.count());
    body.put("tags", pool.tags());
    body.put("labels", pool.labels());
    body.put(
        "taints",
        pool.taints().stream()
            .map(t -> Map.of("key", t.key(), "value", t.value(), "effect", t.effect().name()))
            .toList());
    body.put("auto_scale", pool.autoscale());
    if (pool.autoscale()) {
      body.put("min_nodes", pool.minNodes().orElseThrow());
      body.put("max_nodes", pool.maxNodes().orElseThrow());
    }
    return body;
  }

  /**
   * Changes what the diff lists: the cluster's settings ({@code kubernetes_update_cluster}), the
   * registry integration, node pools (removed last, so the cluster always keeps a pool), then the
   * version ({@code kubernetes_upgrade_cluster}), and reads the cluster again.
   */
  @Override
  protected KubernetesCluster change(
      KubernetesCluster observed, KubernetesClusterSpec spec, Diff diff) {
    String id = observed.id();
    List<String> fields = diff.fields();
    boolean settings =
        fields.stream()
            .anyMatch(
                f ->
                    f.equals("auto_upgrade")
                        || f.equals("surge_upgrade")
                        || f.equals("ha")
                        || f.equals("maintenance_policy")
                        || f.startsWith("control_plane_firewall")
                        || f.equals("tags"));
    if (settings) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", observed.name());
      body.put("tags", spec.tags());
      body.putAll(settings(spec));
      api.send(
          ApiRequest.of(KubernetesOperations.KUBERNETES_UPDATE_CLUSTER)
              .pathParam("cluster_id", id)
              .body(body)
              .build());
    }
    if (fields.contains("registry_enabled")) {
      registry(id, spec.registryIntegration());
    }
    if (fields.stream().anyMatch(f -> f.startsWith(NODE_POOLS))) {
      changeNodePools(observed, spec);
    }
    if (fields.contains("version")) {
      api.send(
          ApiRequest.of(KubernetesOperations.KUBERNETES_UPGRADE_CLUSTER)
              .pathParam("cluster_id", id)
              .body(Map.of("version", spec.version()))
              .build());
    }
    return get(id);
  }

  private void changeNodePools(KubernetesCluster observed, KubernetesClusterSpec spec) {
    String id = observed.id();
    for (NodePoolSpec pool : spec.nodePools()) {
      Optional<NodePool> existing = observed.nodePool(pool.name());
      if (existing.isEmpty()) {
        api.send(
            ApiRequest.of(KubernetesOperations.KUBERNETES_ADD_NODE_POOL)
                .pathParam("cluster_id", id)
                .body(poolBody(pool, true))
                .build());
      } else if (!summary(existing.get()).equals(summary(pool))) {
        api.send(
            ApiRequest.of(KubernetesOperations.KUBERNETES_UPDATE_NODE_POOL)
                .pathParam("cluster_id", id)
                .pathParam("node_pool_id", existing.get().id())
                .body(poolBody(pool, false))
                .build());
      }
    }
    Set<String> wanted =
        spec.nodePools().stream().map(NodePoolSpec::name).collect(Collectors.toSet());
    for (NodePool pool : observed.nodePools()) {
      if (!wanted.contains(pool.name())) {
        try {
          api.send(
              ApiRequest.of(KubernetesOperations.KUBERNETES_DELETE_NODE_POOL)
                  .pathParam("cluster_id", id)
                  .pathParam("node_pool_id", pool.id())
                  .build());
        } catch (NotFoundException gone) {
          // already removed
        }
      }
    }
  }

  private void registry(String clusterId, boolean integrate) {
    api.send(
        ApiRequest.of(
                integrate
                    ? KubernetesOperations.KUBERNETES_ADD_REGISTRY
                    : KubernetesOperations.KUBERNETES_REMOVE_REGISTRY)
            .body(Map.of("cluster_uuids", List.of(clusterId)))
            .build());
  }

  // ---------------------------------------------------------------------------- credentials

  /** {@link #kubeconfig(String, Duration)} valid for {@link #DEFAULT_KUBECONFIG_EXPIRY}. */
  public Kubeconfig kubeconfig(String clusterId) {
    return kubeconfig(clusterId, DEFAULT_KUBECONFIG_EXPIRY);
  }

  /**
   * Fetches short-lived credentials of a cluster (never the long-lived default of the API). The
   * answer is never logged (the client logs no bodies) and the returned {@link Kubeconfig} shows no
   * secret in {@code toString()}.
   *
   * <p>Operations {@code kubernetes_get_cluster} and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/kubernetes_get_credentials">kubernetes_get_credentials</a>
   * ({@code expiry_seconds}); scopes {@code kubernetes:read} and {@code kubernetes:access_cluster}.
   *
   * @param expiry how long the credentials stay valid: 1 minute to {@link #MAX_KUBECONFIG_EXPIRY}
   * @throws IllegalArgumentException if the expiry is out of range; nothing is sent
   */
  public Kubeconfig kubeconfig(String clusterId, Duration expiry) {
    if (expiry.compareTo(Duration.ofMinutes(1)) < 0
        || expiry.compareTo(MAX_KUBECONFIG_EXPIRY) > 0) {
      throw new IllegalArgumentException(
          "kubeconfig credentials must expire after 1 minute to 24 hours, not " + expiry);
    }
    KubernetesCluster cluster = get(clusterId);
    CredentialsWire credentials =
        api.call(
            ApiRequest.of(KubernetesOperations.KUBERNETES_GET_CREDENTIALS)
                .pathParam("cluster_id", clusterId)
                .query("expiry_seconds", expiry.toSeconds())
                .build(),
            "",
            CredentialsWire.class);
    return new Kubeconfig(
        cluster.name(),
        credentials.server(),
        credentials.certificateAuthorityData(),
        credentials.token(),
        credentials.clientCertificateData().filter(s -> !s.isBlank()).orElse(null),
        credentials.clientKeyData().filter(s -> !s.isBlank()).orElse(null),
        credentials.expiresAt().orElse(client.clock().instant().plus(expiry)));
  }
}
