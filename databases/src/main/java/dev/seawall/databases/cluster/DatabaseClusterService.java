package dev.seawall.databases.cluster;

import com.squareup.moshi.Types;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.WaitState;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.cluster.internal.CaBody;
import dev.seawall.databases.cluster.internal.CreateClusterBody;
import dev.seawall.databases.cluster.internal.MaintenanceWindowBody;
import dev.seawall.databases.cluster.internal.ResizeBody;
import dev.seawall.databases.cluster.internal.VersionBody;
import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.firewall.TrustedSourceService;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.firewall.TrustedSourceType;
import dev.seawall.databases.internal.CredentialVault;
import dev.seawall.databases.tls.CaCertificate;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.tls.ConnectionSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Managed database clusters, in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind, plus the cluster's CA and verified connection settings. Obtain it with
 * {@code Databases.clusters(client)}. Thread-safe.
 *
 * <p>A cluster is identified by its name (unique in an account). {@link #apply} converges it:
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>change</th></tr>
 *   <tr><td>{@code engine}, {@code region}, {@code private_network_uuid}, {@code project_id}</td>
 *       <td>fixed at creation: refused</td></tr>
 *   <tr><td>{@code tags}</td><td>fixed at creation: refused (the API has no tag update for
 *       clusters: {@code tags_assign_resources} does not take {@code database} resources); a spec
 *       without tags leaves them alone</td></tr>
 *   <tr><td>{@code version}</td><td>upgraded in place ({@code databases_update_major_version});
 *       a lower version is refused</td></tr>
 *   <tr><td>{@code size}, {@code num_nodes}, {@code storage_size_mib}</td><td>resized in place
 *       ({@code databases_update_clusterSize}), then awaited until online; a smaller node size or
 *       less storage is refused</td></tr>
 *   <tr><td>{@code rules} (trusted sources)</td><td>a set: the full list is replaced in place
 *       ({@code databases_update_firewall_rules}); it is never emptied (SW-DB-001) and never holds
 *       an unjustified internet-wide range (SW-DB-002), because the spec cannot</td></tr>
 *   <tr><td>{@code rules (app)} (trusted sources of type {@code app})</td><td>managed like
 *       {@code rules} by a spec that names an app; a spec that names none leaves them alone and
 *       keeps them in a replacement, because an App Platform app adds itself to the clusters it is
 *       bound to (the apps module's {@code AppResource})</td></tr>
 *   <tr><td>{@code maintenance_window}</td><td>changed in place ({@code
 *       databases_update_maintenanceWindow}) when the spec sets one</td></tr>
 * </table>
 *
 * <p>A refused change throws {@link RefusedChangeException} before anything is sent. A field the
 * API did not report is unknown and never a change.
 *
 * <p>Credentials: DigitalOcean returns passwords only to tokens with the {@code
 * database:view_credentials} scope. The credentials returned when a cluster is created are kept in
 * memory for the lifetime of the client, and a later read that returns them blank never erases them
 * (see {@link DatabaseCluster#withCredentialsFrom(DatabaseCluster)}); asking for credentials that
 * were never visible throws {@link dev.seawall.databases.CredentialsUnavailableException} naming
 * that scope.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses
 * (e.g. {@link NotFoundException}, {@link dev.seawall.core.ForbiddenException} naming the scope)
 * and {@link dev.seawall.core.TransportException} for I/O failures. Token scopes: {@code
 * database:read}, {@code database:create}, {@code database:update}, {@code database:delete} as
 * noted per method.
 */
public final class DatabaseClusterService
    extends AbstractResourceService<DatabaseClusterSpec, DatabaseCluster, DatabaseCluster> {
  /**
   * How long {@link #create(DatabaseClusterSpec)} waits for the cluster to come online, and {@link
   * #apply} for a resize or upgrade to finish: 30 minutes.
   */
  public static final Duration DEFAULT_CREATE_TIMEOUT = Duration.ofMinutes(30);

  static final String VERSION = "version";
  static final String SIZE = "size";
  static final String NUM_NODES = "num_nodes";
  static final String STORAGE_SIZE_MIB = "storage_size_mib";
  static final String RULES = "rules";

  /**
   * The trusted sources of type {@code app}: managed only by a spec that names an app; otherwise
   * left alone, because an App Platform app adds itself to the clusters it is bound to ({@code
   * AppResource} of the apps module).
   */
  static final String APP_RULES = "rules (app)";

  static final String MAINTENANCE_WINDOW = "maintenance_window";

  private static final Pattern NODE_MEMORY = Pattern.compile("-(\\d+)gb$");

  /** The field table; see the class description. */
  static final Differ<DatabaseClusterSpec, DatabaseCluster> DIFFER =
      Differ.<DatabaseClusterSpec, DatabaseCluster>builder()
          .createOnly("engine", spec -> spec.engine().slug(), c -> slug(c.engine()))
          .createOnly("region", DatabaseClusterSpec::region, c -> blankToNull(c.region()))
          .createOnly(
              "private_network_uuid",
              spec -> blankToNull(spec.privateNetworkUuid()),
              c -> blankToNull(c.privateNetworkUuid()))
          .createOnly(
              "project_id", spec -> blankToNull(spec.projectId()), c -> blankToNull(c.projectId()))
          .createOnly(
              "tags",
              spec -> spec.tags().isEmpty() ? null : new TreeSet<>(spec.tags()),
              c -> c.tags().map(tags -> new TreeSet<>(tags)).orElse(null))
          .updatable(
              VERSION,
              spec -> blankToNull(spec.version()),
              c -> blankToNull(c.version()),
              DatabaseClusterService::versionRefusal)
          .updatable(
              SIZE,
              DatabaseClusterSpec::size,
              c -> blankToNull(c.size()),
              DatabaseClusterService::sizeRefusal)
          .updatable(
              NUM_NODES, DatabaseClusterSpec::numNodes, c -> c.numNodes() > 0 ? c.numNodes() : null)
          .updatable(
              STORAGE_SIZE_MIB,
              spec -> spec.storageSizeMib().isPresent() ? spec.storageSizeMib().getAsLong() : null,
              DatabaseCluster::storageSizeMib,
              (before, after) ->
                  after < before ? "the storage of a cluster cannot be reduced" : null)
          .set(
              RULES,
              spec ->
                  spec.trustedSources().stream()
                      .filter(source -> !isApp(source))
                      .map(DatabaseClusterService::rule)
                      .toList(),
              c ->
                  c.trustedSources()
                      .map(
                          rules ->
                              rules.stream()
                                  .map(TrustedSource::toSpec)
                                  .filter(source -> !isApp(source))
                                  .map(DatabaseClusterService::rule)
                                  .toList())
                      .orElse(null))
          .set(
              APP_RULES,
              spec -> namesApps(spec) ? appRules(spec.trustedSources()) : null,
              c ->
                  c.trustedSources()
                      .map(rules -> appRules(rules.stream().map(TrustedSource::toSpec).toList()))
                      .orElse(null))
          .updatable(
              MAINTENANCE_WINDOW,
              spec ->
                  spec.maintenanceWindow().map(w -> w.apiDay() + " " + w.apiHour()).orElse(null),
              c ->
                  c.maintenanceWindow()
                      .filter(w -> w.hour().length() >= 5)
                      .map(w -> w.day() + " " + w.hour().substring(0, 5))
                      .orElse(null))
          .build();

  private final CredentialVault vault;
  private final TrustedSourceService trustedSources;

  /**
   * Creates the service for a client (same as {@code Databases.clusters(client)}).
   *
   * @param client the client
   */
  public DatabaseClusterService(DigitalOcean client) {
    this(client, CredentialVault.of(client));
  }

  private DatabaseClusterService(DigitalOcean client, CredentialVault vault) {
    super(client, wireKind(vault));
    this.vault = vault;
    this.trustedSources = new TrustedSourceService(client);
  }

  /**
   * How clusters appear on the wire. The read model is the JSON shape itself; mapping a response
   * merges the credentials the client kept (see {@link CredentialVault}), so it is made per client.
   */
  private static WireKind<DatabaseCluster, DatabaseCluster> wireKind(CredentialVault vault) {
    return WireKind.builder(DatabaseClusterResource.KIND, DatabaseCluster.class, vault::merge)
        .envelope("database", "databases")
        .list(DatabasesOperations.DATABASES_LIST_CLUSTERS)
        .unpaged()
        .get(DatabasesOperations.DATABASES_GET_CLUSTER, "database_cluster_uuid")
        .delete(DatabasesOperations.DATABASES_DESTROY_CLUSTER)
        .identity(DatabaseCluster::id, DatabaseCluster::name)
        .build();
  }

  /** Every operation this service may call (for {@code Scopes.required}). */
  public static List<Operation> operations() {
    return List.of(
        DatabasesOperations.DATABASES_CREATE_CLUSTER,
        DatabasesOperations.DATABASES_GET_CLUSTER,
        DatabasesOperations.DATABASES_LIST_CLUSTERS,
        DatabasesOperations.DATABASES_DESTROY_CLUSTER,
        DatabasesOperations.DATABASES_GET_CA,
        DatabasesOperations.DATABASES_LIST_FIREWALL_RULES,
        DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES,
        DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW,
        DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE,
        DatabasesOperations.DATABASES_UPDATE_MAJOR_VERSION);
  }

  /**
   * The write operations {@link #apply} calls to make the changes of {@code diff} to an existing
   * cluster (besides {@code databases_get_cluster} to read it afterwards).
   */
  static List<Operation> updateOperations(Diff diff) {
    Set<String> fields = Set.copyOf(diff.fields());
    List<Operation> operations = new ArrayList<>();
    if (fields.contains(VERSION)) {
      operations.add(DatabasesOperations.DATABASES_UPDATE_MAJOR_VERSION);
    }
    if (resizes(fields)) {
      operations.add(DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE);
    }
    if (fields.contains(RULES) || fields.contains(APP_RULES)) {
      operations.add(DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES);
    }
    if (fields.contains(MAINTENANCE_WINDOW)) {
      operations.add(DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW);
    }
    return List.copyOf(operations);
  }

  @Override
  protected Differ<DatabaseClusterSpec, DatabaseCluster> differ() {
    return DIFFER;
  }

  @Override
  protected String name(DatabaseClusterSpec spec) {
    return spec.name();
  }

  @Override
  protected String describe(DatabaseCluster cluster, DatabaseClusterSpec spec) {
    return "database cluster '" + cluster.name() + "' (" + cluster.id() + ")";
  }

  /**
   * Creates a cluster with its trusted sources in the same request and waits until it is online (at
   * most {@link #DEFAULT_CREATE_TIMEOUT}); see {@link #create(DatabaseClusterSpec, Duration)}.
   */
  @Override
  public DatabaseCluster create(DatabaseClusterSpec spec) {
    return create(spec, DEFAULT_CREATE_TIMEOUT);
  }

  /**
   * Creates a cluster ({@code POST /v2/databases}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_create_cluster">databases_create_cluster</a>,
   * scope {@code database:create}; {@code vpc:read} and {@code tag:create} as applicable) with its
   * trusted sources in the create body, waits until its status is {@code online}, then applies the
   * maintenance window if the spec has one ({@code databases_update_maintenanceWindow}, scope
   * {@code database:update}). The POST is never blindly re-sent: after a lost response the cluster
   * is looked up by name first.
   *
   * @param spec a validated spec
   * @param timeout how long to wait for {@code online}
   * @return the online cluster with its trusted sources, with the credentials the create response
   *     returned
   * @throws dev.seawall.core.WaitTimeoutException if the cluster is not online in time (it keeps
   *     being created; {@link #awaitOnline} can wait again)
   */
  public DatabaseCluster create(DatabaseClusterSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(timeout, "timeout");
    DatabaseCluster created =
        createWithLookup(
            ApiRequest.of(DatabasesOperations.DATABASES_CREATE_CLUSTER)
                .body(CreateClusterBody.of(spec))
                .build(),
            spec);
    awaitOnline(created.id(), timeout);
    spec.maintenanceWindow().ifPresent(window -> updateMaintenanceWindow(created.id(), window));
    return get(created.id());
  }

  /**
   * Creates the cluster, or brings the existing cluster of that name in line with the spec (see the
   * class description for what changes in place); sends nothing when nothing differs. The cluster
   * returned is online: a cluster still being created or resized is awaited (at most {@link
   * #DEFAULT_CREATE_TIMEOUT}).
   *
   * <p>Operations {@code databases_list_clusters} and {@code databases_list_firewall_rules}, then
   * as needed {@code databases_create_cluster}, {@code databases_update_major_version}, {@code
   * databases_update_clusterSize}, {@code databases_update_firewall_rules}, {@code
   * databases_update_maintenanceWindow} and {@code databases_get_cluster}; scopes {@code
   * database:read}, and {@code database:create} or {@code database:update} when something changes.
   *
   * @throws RefusedChangeException if a cluster of that name differs in a field fixed at creation,
   *     or the spec asks for a lower version, a smaller node size or less storage; nothing is sent
   * @throws dev.seawall.core.WaitTimeoutException if the cluster is not online in time
   */
  @Override
  public Applied<DatabaseCluster> apply(DatabaseClusterSpec spec) {
    return super.apply(spec);
  }

  /**
   * {@link #apply(DatabaseClusterSpec)} from a state read moments ago; waits until it is online.
   */
  @Override
  public Applied<DatabaseCluster> apply(
      DatabaseClusterSpec spec, Optional<DatabaseCluster> observed) {
    Applied<DatabaseCluster> applied = super.apply(spec, observed);
    DatabaseCluster cluster = applied.resource();
    if (cluster.isOnline()) {
      return applied;
    }
    DatabaseCluster online = awaitOnline(cluster.id(), DEFAULT_CREATE_TIMEOUT);
    return new Applied<>(
        cluster.trustedSources().map(online::withTrustedSources).orElse(online), applied.diff());
  }

  /**
   * Changes the cluster with this id to match the spec; see {@link #apply}.
   *
   * @throws NotFoundException if there is no such cluster
   * @throws RefusedChangeException if a change cannot be made; nothing is sent
   */
  @Override
  public DatabaseCluster update(String id, DatabaseClusterSpec spec) {
    return super.update(id, spec);
  }

  @Override
  protected DatabaseCluster change(DatabaseCluster observed, DatabaseClusterSpec spec, Diff diff) {
    String id = observed.id();
    Set<String> fields = Set.copyOf(diff.fields());
    if (!observed.isOnline()) {
      awaitOnline(id, DEFAULT_CREATE_TIMEOUT);
    }
    if (fields.contains(VERSION)) {
      api.send(
          ApiRequest.of(DatabasesOperations.DATABASES_UPDATE_MAJOR_VERSION)
              .pathParam("database_cluster_uuid", id)
              .body(new VersionBody(spec.version()))
              .build());
      awaitOnline(id, DEFAULT_CREATE_TIMEOUT);
    }
    if (resizes(fields)) {
      api.send(
          ApiRequest.of(DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE)
              .pathParam("database_cluster_uuid", id)
              .body(ResizeBody.of(spec))
              .build());
      awaitOnline(id, DEFAULT_CREATE_TIMEOUT);
    }
    if (fields.contains(RULES) || fields.contains(APP_RULES)) {
      List<TrustedSourceSpec> rules = new ArrayList<>(spec.trustedSources());
      if (!namesApps(spec)) {
        observed.trustedSources().orElse(List.of()).stream()
            .map(TrustedSource::toSpec)
            .filter(DatabaseClusterService::isApp)
            .forEach(rules::add); // an app's own rule, kept
      }
      trustedSources.replace(id, rules);
    }
    if (fields.contains(MAINTENANCE_WINDOW)) {
      updateMaintenanceWindow(id, spec.maintenanceWindow().orElseThrow());
    }
    return get(id);
  }

  /**
   * Polls the cluster until its status is {@code online} ({@code databases_get_cluster}, scope
   * {@code database:read}).
   *
   * @param clusterId the cluster's id
   * @param timeout how long to wait at most
   * @return the online cluster (without its trusted sources)
   * @throws dev.seawall.core.WaitTimeoutException if it is not online in time
   */
  public DatabaseCluster awaitOnline(String clusterId, Duration timeout) {
    return waiter.until(
        "database cluster " + clusterId + " to be online",
        () -> wire.toModel(super.getWire(clusterId)),
        cluster -> cluster.isOnline() ? WaitState.DONE : WaitState.PENDING,
        cluster -> "status " + cluster.status(),
        timeout);
  }

  /**
   * Reads a cluster and its trusted sources ({@code GET /v2/databases/{id}}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_get_cluster">databases_get_cluster</a>,
   * and {@code databases_list_firewall_rules}; scope {@code database:read}; credentials need {@code
   * database:view_credentials}). Blank credentials are filled from those kept since creation.
   *
   * @param clusterId the cluster's id
   * @return the cluster
   * @throws NotFoundException if there is no such cluster
   */
  @Override
  public DatabaseCluster get(String clusterId) {
    return super.get(clusterId);
  }

  /**
   * The cluster with this name, with its trusted sources ({@code databases_list_clusters} and
   * {@code databases_list_firewall_rules}, scope {@code database:read}).
   *
   * @throws dev.seawall.core.SeawallException if several clusters have the name
   */
  @Override
  public Optional<DatabaseCluster> find(String name) {
    return super.find(name);
  }

  /**
   * One page of the account's clusters, without their trusted sources ({@code GET /v2/databases},
   * operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_list_clusters">databases_list_clusters</a>,
   * scope {@code database:read}). The operation does not page: it answers every cluster at once,
   * and the page is cut from that answer. Credentials are merged as in {@link #get}.
   *
   * @param page 1-based page number
   * @param perPage clusters per page, 1..200
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range; nothing is
   *     sent
   */
  @Override
  public Page<DatabaseCluster> list(int page, int perPage) {
    return super.list(page, perPage);
  }

  /**
   * Every cluster of the account, without their trusted sources, from one {@code
   * databases_list_clusters} request sent when the stream is consumed (scope {@code
   * database:read}).
   */
  @Override
  public Stream<DatabaseCluster> listAll() {
    return super.listAll();
  }

  /**
   * Lists the clusters carrying a tag ({@code GET /v2/databases?tag_name=...}, operation {@code
   * databases_list_clusters}, scope {@code database:read}), without their trusted sources.
   *
   * @param tagName the tag
   * @return the clusters
   */
  public List<DatabaseCluster> listByTag(String tagName) {
    List<DatabaseCluster> clusters =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_LIST_CLUSTERS)
                .query("tag_name", tagName)
                .build(),
            "databases",
            Types.newParameterizedType(List.class, DatabaseCluster.class));
    return clusters.stream().map(wire::toModel).toList();
  }

  /**
   * Destroys a cluster and its data ({@code DELETE /v2/databases/{id}}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_destroy_cluster">databases_destroy_cluster</a>,
   * scope {@code database:delete}), idempotently. Kept credentials are forgotten.
   *
   * @param clusterId the cluster's id
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such
   *     cluster (also when an earlier attempt deleted it and its answer was lost)
   */
  @Override
  public Deletion delete(String clusterId) {
    Deletion deletion = super.delete(clusterId);
    vault.forgetCluster(clusterId);
    return deletion;
  }

  /**
   * Sets the weekly maintenance window ({@code PUT /v2/databases/{id}/maintenance}, operation
   * {@code databases_update_maintenanceWindow}, scope {@code database:update}).
   *
   * @param clusterId the cluster's id
   * @param schedule day and UTC time
   */
  public void updateMaintenanceWindow(String clusterId, MaintenanceSchedule schedule) {
    api.send(
        ApiRequest.of(DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW)
            .pathParam("database_cluster_uuid", clusterId)
            .body(MaintenanceWindowBody.of(schedule))
            .build());
  }

  /**
   * Fetches the cluster's CA certificate ({@code GET /v2/databases/{id}/ca}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_get_ca">databases_get_ca</a>,
   * scope {@code database:read}), validated as X.509.
   *
   * @param clusterId the cluster's id
   * @return the CA
   * @throws IllegalStateException if the API returned something that is not a certificate
   */
  public CaCertificate caCertificate(String clusterId) {
    CaBody body =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_GET_CA)
                .pathParam("database_cluster_uuid", clusterId)
                .build(),
            "ca",
            CaBody.class);
    try {
      return CaCertificate.fromBase64Pem(body.certificate());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "DigitalOcean returned a CA for database cluster "
              + clusterId
              + " that is not usable: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Starts verified connection settings for a cluster: its VPC connection (or the public one), its
   * kept credentials and its CA, fetched now. Add {@code .user(...)} to connect as a
   * least-privilege user, then {@code build()}.
   *
   * @param cluster the cluster
   * @param network which connection to use
   * @return the builder
   */
  public ConnectionSettings.Builder connectionSettings(
      DatabaseCluster cluster, ClusterNetwork network) {
    DatabaseCluster withCredentials = vault.merge(cluster);
    return ConnectionSettings.builder()
        .cluster(withCredentials, network)
        .caCertificate(caCertificate(cluster.id()));
  }

  // ---------------------------------------------------------------------------------------------

  /** A single read also reads the trusted sources, which the cluster response does not carry. */
  @Override
  protected DatabaseCluster getWire(String id) {
    return withTrustedSources(super.getWire(id));
  }

  @Override
  protected Optional<DatabaseCluster> findWire(String name) {
    return super.findWire(name).map(this::withTrustedSources);
  }

  private DatabaseCluster withTrustedSources(DatabaseCluster cluster) {
    return cluster.trustedSources().isPresent()
        ? cluster
        : cluster.withTrustedSources(trustedSources.get(cluster.id()).rules());
  }

  private static boolean resizes(Collection<String> fields) {
    return fields.contains(SIZE) || fields.contains(NUM_NODES) || fields.contains(STORAGE_SIZE_MIB);
  }

  /** A trusted source as the plan shows it, e.g. {@code ip_addr:203.0.113.7 (office)}. */
  private static boolean isApp(TrustedSourceSpec source) {
    return source.type() == TrustedSourceType.APP;
  }

  private static boolean namesApps(DatabaseClusterSpec spec) {
    return spec.trustedSources().stream().anyMatch(DatabaseClusterService::isApp);
  }

  private static List<String> appRules(List<TrustedSourceSpec> sources) {
    return sources.stream()
        .filter(DatabaseClusterService::isApp)
        .map(DatabaseClusterService::rule)
        .toList();
  }

  private static String rule(TrustedSourceSpec source) {
    return (source.type() == TrustedSourceType.UNKNOWN ? "unknown" : source.type().apiValue())
        + ":"
        + source.value()
        + (source.description().isEmpty() ? "" : " (" + source.description() + ")");
  }

  private static @Nullable String slug(DatabaseEngine engine) {
    return engine == DatabaseEngine.UNKNOWN ? null : engine.slug();
  }

  private static @Nullable String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }

  /** A version can only go up: DigitalOcean upgrades major versions and never downgrades. */
  static @Nullable String versionRefusal(String before, String after) {
    Optional<Integer> order = compareVersions(after, before);
    if (order.isEmpty()) {
      return "Seawall cannot tell whether " + after + " is newer than " + before;
    }
    return order.get() < 0
        ? "a major version can only be upgraded; DigitalOcean has no downgrade"
        : null;
  }

  /** Node sizes can only grow: DigitalOcean refuses a smaller size, which could lose data. */
  static @Nullable String sizeRefusal(String before, String after) {
    Matcher was = NODE_MEMORY.matcher(before);
    Matcher will = NODE_MEMORY.matcher(after);
    if (was.find() && will.find()) {
      return Long.parseLong(will.group(1)) < Long.parseLong(was.group(1))
          ? "database nodes cannot be resized to a smaller size (DigitalOcean refuses it: data"
              + " could be lost)"
          : null;
    }
    return null;
  }

  /**
   * Compares dotted numeric versions ({@code 8} and {@code 8.0} are equal); empty if not numeric.
   */
  private static Optional<Integer> compareVersions(String a, String b) {
    List<Long> left = numbers(a);
    List<Long> right = numbers(b);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      long x = i < left.size() ? left.get(i) : 0;
      long y = i < right.size() ? right.get(i) : 0;
      if (x != y) {
        return Optional.of(Long.compare(x, y));
      }
    }
    return Optional.of(0);
  }

  private static List<Long> numbers(String version) {
    List<Long> parts = new ArrayList<>();
    for (String part : version.split("\\.", -1)) {
      if (!part.matches("[0-9]{1,18}")) {
        return List.of();
      }
      parts.add(Long.parseLong(part));
    }
    return parts;
  }
}
