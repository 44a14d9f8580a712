package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import okhttp3.tls.HeldCertificate;
import org.jspecify.annotations.Nullable;

/**
 * Managed database clusters: {@code databases_create_cluster}, {@code _list_clusters} (filter
 * {@code tag_name}), {@code _get_cluster}, {@code _destroy_cluster}, {@code _get_ca}, {@code
 * _update_maintenanceWindow}, {@code _update_clusterSize}, {@code _update_major_version}, {@code
 * _list_firewall_rules}, {@code _update_firewall_rules}, {@code _list_users}, {@code _add_user},
 * {@code _get_user}, {@code _update_user}, {@code _delete_user} and {@code _reset_auth}.
 *
 * <ul>
 *   <li>clusters are {@code creating} until {@link #onlineAfter} has passed on the fake's clock,
 *       then {@code online}; names are unique ({@code 422});
 *   <li>a resize sets size, node count (1 to 3, else {@code 422}) and additional storage (which
 *       cannot shrink, {@code 422}) and answers {@code 202}; the cluster is {@code resizing} for
 *       {@link #onlineAfter}, then {@code online} again;
 *   <li>a major-version upgrade sets the version at once; a version that is not higher is refused
 *       with {@code 422};
 *   <li>a cluster created without {@code private_network_uuid} joins its region's default VPC
 *       ({@link FakeVpcs#defaultVpc}); clusters are listed as members of their VPC;
 *   <li>a {@code private_network_uuid} that names no VPC is a {@code 404} (see {@link References});
 *   <li>trusted sources (firewall rules): a PUT replaces the list; read-only fields ({@code uuid},
 *       {@code cluster_uuid}, {@code created_at}) in a PUT are refused with {@code 400}; a rule of
 *       type {@code droplet} naming a droplet that does not exist is a {@code 422} (on create too).
 *       Rules of type {@code tag} are not checked: DigitalOcean documents no such check for them;
 *       {@code app} must name an app of {@link FakeApps} ({@code 422}), {@code k8s} names resources
 *       no fake models;
 *   <li>a user update replaces its {@code settings} (answered with {@code 201}, as documented);
 *   <li>users get generated passwords on create and reset; {@code doadmin} exists from the start
 *       with {@link #adminPassword}; Kafka users get an access certificate and key;
 *   <li>connections point at {@link #host}:{@link #port}, so a test can serve a real TLS
 *       PostgreSQL, and {@code /ca} answers {@link #caPem} (base64), so it can serve its CA too; by
 *       default {@code /ca} answers a valid CA certificate made in-process for this instance
 *       ({@link #caCertificate()}, which can also sign a server certificate for {@link #host}), so
 *       the documented verified-TLS example works against the fake as written;
 *   <li>{@link #credentialsVisible(boolean) credentialsVisible(false)} simulates a token without
 *       {@code database:view_credentials}: reads return blank users and passwords (create and reset
 *       responses still carry them, as DigitalOcean's do).
 * </ul>
 *
 * <p>Unlike the other fakes this one has settings, so it is an object with state: register one
 * instance with one {@code FakeDigitalOcean}. Rows live in the table {@value #TABLE}, keyed by id.
 */
public final class FakeDatabases implements FakeResource {
  /** Table of database clusters (internal rows; rendered per request), keyed by id. */
  public static final String TABLE = "databases";

  private String host = "";
  private int port = 25060;
  private @Nullable String caPem;
  private @Nullable HeldCertificate ca;
  private String adminPassword = "doadmin-pw-0001";
  private Duration onlineAfter = Duration.ofSeconds(30);
  private boolean credentialsVisible = true;
  private BiConsumer<String, String> onUserPassword = (name, password) -> {};

  private @Nullable FakeState state;
  private int passwords;

  /** Fake databases with the defaults described on the setters. */
  public FakeDatabases() {}

  /**
   * Host of every cluster's connections; default {@code <name>-do-user-1-0.db.ondigitalocean.com}.
   */
  public FakeDatabases host(String host) {
    this.host = host;
    return this;
  }

  /** Port of every cluster's connections; default 25060. */
  public FakeDatabases port(int port) {
    this.port = port;
    return this;
  }

  /**
   * The CA PEM served by {@code GET /v2/databases/{id}/ca}, e.g. the CA of a real TLS PostgreSQL a
   * test runs. Default: the PEM of {@link #caCertificate()}.
   */
  public FakeDatabases caPem(String caPem) {
    this.caPem = Objects.requireNonNull(caPem, "caPem");
    return this;
  }

  /**
   * The CA this instance serves when no {@link #caPem(String)} is set: a self-signed certificate
   * authority made in-process on first use (EC P-256, valid for a day), with its private key, so a
   * test can sign a server certificate for {@link #host} with it ({@code new
   * HeldCertificate.Builder().signedBy(fake.caCertificate())...}).
   */
  public synchronized HeldCertificate caCertificate() {
    if (ca == null) {
      ca =
          new HeldCertificate.Builder()
              .certificateAuthority(0)
              .commonName("Seawall FakeDatabases CA")
              .organizationalUnit("seawall-testkit")
              .duration(1, TimeUnit.DAYS)
              .build();
    }
    return ca;
  }

  /** The CA PEM {@code GET /v2/databases/{id}/ca} answers. */
  public String servedCaPem() {
    return caPem != null ? caPem : caCertificate().certificatePem();
  }

  /** The password of {@code doadmin} in new clusters. */
  public FakeDatabases adminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
    return this;
  }

  /** How long after creation a cluster turns online; default 30 seconds. */
  public FakeDatabases onlineAfter(Duration onlineAfter) {
    this.onlineAfter = onlineAfter;
    return this;
  }

  /** Whether reads return credentials (false: token without database:view_credentials). */
  public FakeDatabases credentialsVisible(boolean visible) {
    this.credentialsVisible = visible;
    return this;
  }

  /** Called with user name and password whenever a user is created or its password reset. */
  public FakeDatabases onUserPassword(BiConsumer<String, String> listener) {
    this.onUserPassword = listener;
    return this;
  }

  /**
   * The clusters table (live rows).
   *
   * @throws NullPointerException before the resource was registered with a fake
   */
  public FakeTable clusters() {
    return requireState().table(TABLE);
  }

  /**
   * The stored firewall rules (trusted sources) of a cluster (live list).
   *
   * @throws FakeApiError 404 when there is no such cluster
   * @throws NullPointerException before the resource was registered with a fake
   */
  @SuppressWarnings("unchecked")
  public List<Map<String, @Nullable Object>> rules(String clusterId) {
    return (List<Map<String, @Nullable Object>>) clusters().require(clusterId).get("rules");
  }

  private FakeState requireState() {
    return Objects.requireNonNull(state, "register the resource with FakeDigitalOcean first");
  }

  @Override
  public void register(FakeRoutes routes, FakeState fakeState) {
    this.state = fakeState;
    FakeTable clusters = fakeState.table(TABLE);
    routes
        .on(FakeOperations.DATABASES_CREATE_CLUSTER, this::create)
        .on(
            FakeOperations.DATABASES_LIST_CLUSTERS,
            request -> {
              List<Object> out = new ArrayList<>();
              for (Map<String, @Nullable Object> row : clusters.values()) {
                String tag = request.query("tag_name").orElse(null);
                if (tag == null || ((List<?>) row.get("tags")).contains(tag)) {
                  out.add(render(row, credentialsVisible));
                }
              }
              return FakeResponse.ok(FakeJson.object("databases", out));
            })
        .on(
            FakeOperations.DATABASES_GET_CLUSTER,
            request ->
                FakeResponse.ok(
                    FakeJson.object("database", render(cluster(request), credentialsVisible))))
        .on(
            FakeOperations.DATABASES_DESTROY_CLUSTER,
            request -> {
              clusters.remove(cluster(request).get("id"));
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.DATABASES_GET_CA,
            request -> {
              cluster(request);
              String base64 =
                  Base64.getEncoder()
                      .encodeToString(servedCaPem().getBytes(StandardCharsets.US_ASCII));
              return FakeResponse.ok(FakeJson.object("ca", FakeJson.object("certificate", base64)));
            })
        .on(
            FakeOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              Map<String, @Nullable Object> body = request.json();
              row.put(
                  "maintenance_window",
                  FakeJson.object(
                      "day", body.get("day"),
                      "hour", body.get("hour"),
                      "pending", false,
                      "description", List.of()));
              return FakeResponse.noContent();
            })
        .on(FakeOperations.DATABASES_UPDATE_CLUSTER_SIZE, this::resize)
        .on(
            FakeOperations.DATABASES_UPDATE_MAJOR_VERSION,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              String version = String.valueOf(request.json().get("version"));
              if (compareVersions(version, String.valueOf(row.get("version"))) <= 0) {
                throw FakeApiError.unprocessable(
                    "version " + version + " is not higher than " + row.get("version"));
              }
              row.put("version", version);
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.DATABASES_LIST_FIREWALL_RULES,
            request -> FakeResponse.ok(FakeJson.object("rules", cluster(request).get("rules"))))
        .on(
            FakeOperations.DATABASES_UPDATE_FIREWALL_RULES,
            request -> {
              Map<String, @Nullable Object> row = cluster(request);
              Object rules = request.json().get("rules");
              row.put("rules", storeRules(String.valueOf(row.get("id")), rules));
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.DATABASES_LIST_USERS,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "users",
                        users(cluster(request)).values().stream()
                            .map(u -> renderUser(u, credentialsVisible))
                            .toList())))
        .on(FakeOperations.DATABASES_ADD_USER, this::addUser)
        .on(
            FakeOperations.DATABASES_GET_USER,
            request ->
                FakeResponse.ok(
                    FakeJson.object("user", renderUser(user(request), credentialsVisible))))
        .on(
            FakeOperations.DATABASES_UPDATE_USER,
            request -> {
              Map<String, @Nullable Object> user = user(request);
              user.put("settings", withAclIds(request.json().get("settings")));
              // the specification documents 201 for this update
              return FakeResponse.created(
                  FakeJson.object("user", renderUser(user, credentialsVisible)));
            })
        .on(
            FakeOperations.DATABASES_DELETE_USER,
            request -> {
              Map<String, @Nullable Object> user = user(request);
              users(cluster(request)).remove(user.get("name"));
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.DATABASES_RESET_AUTH,
            request -> {
              Map<String, @Nullable Object> user = user(request);
              Object mysql = request.json().get("mysql_settings");
              if (mysql != null) {
                user.put("mysql_settings", mysql);
              }
              String password = nextPassword();
              user.put("password", password);
              onUserPassword.accept(String.valueOf(user.get("name")), password);
              return FakeResponse.ok(FakeJson.object("user", renderUser(user, true)));
            });
  }

  private FakeResponse create(FakeRequest request) {
    FakeState s = requireState();
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    if (!clusters().find(row -> name.equals(row.get("name"))).isEmpty()) {
      throw FakeApiError.unprocessable("a database cluster named " + name + " already exists");
    }
    String id = s.nextUuid();
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("engine", body.get("engine"));
    row.put("version", body.get("version") == null ? "17" : body.get("version"));
    row.put("num_nodes", body.get("num_nodes"));
    row.put("size", body.get("size"));
    row.put("region", body.get("region"));
    row.put("created_at", s.timestamp());
    row.put("created_instant", s.now());
    row.put(
        "private_network_uuid",
        References.vpcOrDefault(
            s, body.get("private_network_uuid"), String.valueOf(body.get("region"))));
    row.put("tags", body.get("tags") == null ? List.of() : body.get("tags"));
    row.put("project_id", body.get("project_id"));
    row.put("storage_size_mib", body.get("storage_size_mib"));
    row.put(
        "maintenance_window",
        FakeJson.object(
            "day", "saturday", "hour", "08:00:00", "pending", false, "description", List.of()));
    row.put("rules", storeRules(id, body.get("rules") == null ? List.of() : body.get("rules")));
    Map<String, Map<String, @Nullable Object>> users = new LinkedHashMap<>();
    users.put(
        "doadmin",
        FakeJson.object("name", "doadmin", "role", "primary", "password", adminPassword));
    row.put("users", users);
    clusters().put(id, row);
    return FakeResponse.created(FakeJson.object("database", render(row, true)));
  }

  private FakeResponse resize(FakeRequest request) {
    Map<String, @Nullable Object> row = cluster(request);
    Map<String, @Nullable Object> body = request.json();
    long nodes = ((Number) Objects.requireNonNull(body.get("num_nodes"))).longValue();
    if (nodes < 1 || nodes > 3) {
      throw FakeApiError.unprocessable("num_nodes must be between 1 and 3");
    }
    Object storage = body.get("storage_size_mib");
    Object current = row.get("storage_size_mib");
    if (storage != null
        && current != null
        && ((Number) storage).longValue() < ((Number) current).longValue()) {
      throw FakeApiError.unprocessable("the storage of a cluster cannot be reduced");
    }
    row.put("size", body.get("size"));
    row.put("num_nodes", nodes);
    if (storage != null) {
      row.put("storage_size_mib", storage);
    }
    row.put("resized_instant", requireState().now());
    return FakeResponse.accepted();
  }

  /** Compares dotted numeric versions, e.g. {@code 16} < {@code 17} and {@code 8} = {@code 8.0}. */
  private static int compareVersions(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      long x = i < left.length ? Long.parseLong(left[i]) : 0;
      long y = i < right.length ? Long.parseLong(right[i]) : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    return 0;
  }

  private FakeResponse addUser(FakeRequest request) {
    Map<String, @Nullable Object> cluster = cluster(request);
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    Map<String, Map<String, @Nullable Object>> users = users(cluster);
    if (users.containsKey(name)) {
      throw FakeApiError.unprocessable("user " + name + " already exists");
    }
    String password = nextPassword();
    Map<String, @Nullable Object> user = new LinkedHashMap<>();
    user.put("name", name);
    user.put("role", "normal");
    user.put("password", password);
    if (body.get("mysql_settings") != null) {
      user.put("mysql_settings", body.get("mysql_settings"));
    }
    if (body.get("settings") != null) {
      user.put("settings", withAclIds(body.get("settings")));
    }
    if ("kafka".equals(cluster.get("engine"))) {
      user.put("access_cert", "-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----");
      user.put("access_key", "-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----");
    }
    users.put(name, user);
    onUserPassword.accept(name, password);
    return FakeResponse.created(FakeJson.object("user", renderUser(user, true)));
  }

  @SuppressWarnings("unchecked")
  private Object withAclIds(Object settings) {
    Map<String, @Nullable Object> copy =
        new LinkedHashMap<>((Map<String, @Nullable Object>) settings);
    Object acl = copy.get("acl");
    if (acl instanceof List<?> list) {
      List<Object> withIds = new ArrayList<>();
      for (Object item : list) {
        Map<String, @Nullable Object> entry =
            new LinkedHashMap<>((Map<String, @Nullable Object>) item);
        entry.put("id", "acl-" + requireState().nextId());
        withIds.add(entry);
      }
      copy.put("acl", withIds);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, @Nullable Object>> storeRules(String clusterId, @Nullable Object rules) {
    if (!(rules instanceof List<?> list)) {
      throw FakeApiError.badRequest("rules must be an array");
    }
    List<Map<String, @Nullable Object>> stored = new ArrayList<>();
    for (Object item : list) {
      Map<String, @Nullable Object> rule = (Map<String, @Nullable Object>) item;
      for (String readOnly : List.of("uuid", "cluster_uuid", "created_at")) {
        if (rule.containsKey(readOnly)) {
          throw FakeApiError.badRequest("read-only field " + readOnly + " must not be sent");
        }
      }
      if ("droplet".equals(rule.get("type"))) {
        References.requireDroplets(requireState(), List.of(rule.get("value")), "rules.value");
      }
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      copy.put("uuid", requireState().nextUuid());
      copy.put("cluster_uuid", clusterId);
      copy.put("type", rule.get("type"));
      copy.put("value", rule.get("value"));
      if (rule.get("description") != null) {
        copy.put("description", rule.get("description"));
      }
      copy.put("created_at", requireState().timestamp());
      stored.add(copy);
    }
    return stored;
  }

  private Map<String, @Nullable Object> cluster(FakeRequest request) {
    return clusters().require(request.pathParam("database_cluster_uuid"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, @Nullable Object>> users(
      Map<String, @Nullable Object> cluster) {
    return (Map<String, Map<String, @Nullable Object>>) cluster.get("users");
  }

  private Map<String, @Nullable Object> user(FakeRequest request) {
    Map<String, @Nullable Object> user = users(cluster(request)).get(request.pathParam("username"));
    if (user == null) {
      throw FakeApiError.notFound();
    }
    return user;
  }

  private String nextPassword() {
    passwords++;
    return "fake-pw-" + passwords + "-" + Long.toHexString(requireState().nextId());
  }

  private Map<String, @Nullable Object> render(Map<String, @Nullable Object> row, boolean visible) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (String key :
        List.of(
            "id",
            "name",
            "engine",
            "version",
            "num_nodes",
            "size",
            "region",
            "created_at",
            "private_network_uuid",
            "tags",
            "project_id",
            "storage_size_mib",
            "maintenance_window")) {
      if (row.get(key) != null) {
        out.put(key, row.get(key));
      }
    }
    out.put("status", status(row));
    out.put("db_names", List.of("defaultdb"));
    String name = String.valueOf(row.get("name"));
    String publicHost = host.isEmpty() ? name + "-do-user-1-0.db.ondigitalocean.com" : host;
    String privateHost = host.isEmpty() ? "private-" + publicHost : host;
    String password = String.valueOf(users(row).get("doadmin").get("password"));
    out.put("connection", connection(publicHost, password, visible));
    out.put("private_connection", connection(privateHost, password, visible));
    out.put("users", users(row).values().stream().map(u -> renderUser(u, visible)).toList());
    return out;
  }

  private String status(Map<String, @Nullable Object> row) {
    Instant now = requireState().now();
    Instant created = (Instant) Objects.requireNonNull(row.get("created_instant"));
    if (now.isBefore(created.plus(onlineAfter))) {
      return "creating";
    }
    Instant resized = (Instant) row.get("resized_instant");
    return resized != null && now.isBefore(resized.plus(onlineAfter)) ? "resizing" : "online";
  }

  private Map<String, @Nullable Object> connection(
      String hostName, String password, boolean visible) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put(
        "uri",
        visible
            ? "postgresql://doadmin:"
                + password
                + "@"
                + hostName
                + ":"
                + port
                + "/defaultdb?sslmode=require"
            : "postgresql://" + hostName + ":" + port + "/defaultdb?sslmode=require");
    out.put("database", "defaultdb");
    out.put("host", hostName);
    out.put("port", port);
    out.put("user", visible ? "doadmin" : "");
    out.put("password", visible ? password : "");
    out.put("ssl", true);
    return out;
  }

  private static Map<String, @Nullable Object> renderUser(
      Map<String, @Nullable Object> user, boolean visible) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>(user);
    if (!visible) {
      out.put("password", "");
      out.remove("access_key");
    }
    return out;
  }
}
