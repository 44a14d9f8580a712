package dev.seawall.databases.cluster;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.firewall.TrustedSourceService;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.tls.ConnectionSettings;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserService;
import dev.seawall.databases.user.DatabaseUserSpec;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A managed database cluster as part of a {@link dev.seawall.core.stack.Stack}, kind {@value
 * #KIND}: the cluster with its trusted sources, optionally least-privilege users ({@link
 * Builder#addUser(DatabaseUserSpec)}) and verified-TLS {@link ConnectionSettings} for one of them
 * ({@link Builder#connectionSettings(String, ClusterNetwork, Path)}). Its VPC may be a VPC resource
 * of the stack ({@link Builder#vpc(ResourceKey)}, resolved when the stack is applied; at plan time
 * the reference satisfies SW-DB-003).
 *
 * <pre>{@code
 * DatabaseClusterResource db = DatabaseClusterResource.builder(client, "orders-db",
 *         DatabaseClusterSpec.builder().engine(DatabaseEngine.PG).version("17")
 *             .size("db-s-1vcpu-2gb").region("fra1")
 *             .addTrustedSource(TrustedSourceSpec.tag("web")))
 *     .vpc(vpc.key())
 *     .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build())
 *     .connectionSettings("app", ClusterNetwork.PRIVATE, Path.of("target/db"))
 *     .build();
 * }</pre>
 *
 * <p>Applying creates the cluster with its trusted sources in the create request and waits until it
 * is online ({@link DatabaseClusterService#create(DatabaseClusterSpec)}); a cluster with the same
 * name is adopted instead: it must be in the same VPC, the spec's trusted sources are added if
 * missing (others are kept) and missing users are created. Applying twice creates nothing new.
 * Outputs: {@code engine}, {@code version}, {@code host} and {@code port} of the chosen connection
 * (never credentials). Token scopes: {@code database:create}, {@code database:read}, {@code
 * database:update} ({@code database:view_credentials} to see passwords of users that already
 * existed; {@code vpc:read} for the VPC).
 */
public final class DatabaseClusterResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "database";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseClusterResource.class);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final @Nullable ResourceKey vpc;
  private final @Nullable DatabaseClusterSpec spec;
  private final List<Violation> violations;
  private final List<DatabaseUserSpec> users;
  private final @Nullable String settingsUser;
  private final ClusterNetwork settingsNetwork;
  private final @Nullable Path settingsDirectory;
  private final Set<ResourceKey> dependsOn;
  private final AtomicReference<@Nullable ConnectionSettings> settings = new AtomicReference<>();

  private DatabaseClusterResource(Builder builder) {
    this.client = builder.client;
    this.key = ResourceKey.of(KIND, builder.name);
    this.vpc = builder.vpc;
    this.users = List.copyOf(builder.users);
    this.settingsUser = builder.settingsUser;
    this.settingsNetwork = builder.settingsNetwork;
    this.settingsDirectory = builder.settingsDirectory;
    DatabaseClusterSpec.Builder template = builder.spec.name(builder.name);
    if (vpc != null) {
      template.privateNetworkUuid(placeholderUuid(vpc));
    }
    Validation<Seq<Violation>, DatabaseClusterSpec> result = template.validate();
    List<Violation> found = new ArrayList<>();
    if (result.isInvalid()) {
      found.addAll(result.getError().asJava());
    }
    if (settingsUser != null
        && !settingsUser.equals("doadmin")
        && users.stream().noneMatch(u -> u.name().equals(settingsUser))) {
      found.add(
          dev.seawall.core.policy.CoreRules.SW_INPUT_001.violation(
              key + ".connectionSettings",
              "connection settings for user '"
                  + settingsUser
                  + "', which the resource does not create; addUser(...) it first"));
    }
    this.spec = result.isValid() ? result.get() : null;
    this.violations = List.copyOf(found);
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.after);
    if (vpc != null) {
      dependencies.add(vpc);
    }
    this.dependsOn = Set.copyOf(dependencies);
  }

  /**
   * A database resource for a built spec, without users or connection settings.
   *
   * @param client the client the cluster is created with
   * @param spec the cluster; its name is the resource name
   */
  public static DatabaseClusterResource of(DigitalOcean client, DatabaseClusterSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a database resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the cluster is created with
   * @param name the cluster name, also the resource name; set on {@code spec}
   * @param spec the cluster without its name (and VPC, if given by reference); read once by {@link
   *     Builder#build()}
   */
  public static Builder builder(
      DigitalOcean client, String name, DatabaseClusterSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The plan-time spec (a VPC reference stands in as a placeholder id), if it is valid. */
  public Optional<DatabaseClusterSpec> spec() {
    return Optional.ofNullable(spec);
  }

  /**
   * The verified-TLS connection settings built by the last {@link #apply}, if they were asked for
   * and the user's password was visible (it is after the user was created in this process, or with
   * a token holding {@code database:view_credentials}). They hold the password: never log them.
   */
  public Optional<ConnectionSettings> connectionSettings() {
    return Optional.ofNullable(settings.get());
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  @Override
  public Set<String> tags() {
    return spec == null ? Set.of() : Set.copyOf(spec.tags());
  }

  @Override
  public List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    all.add(DatabasesOperations.DATABASES_LIST_CLUSTERS);
    all.add(DatabasesOperations.DATABASES_CREATE_CLUSTER);
    all.add(DatabasesOperations.DATABASES_GET_CLUSTER);
    if (spec == null || spec.maintenanceWindow().isPresent()) {
      all.add(DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW);
    }
    all.add(DatabasesOperations.DATABASES_LIST_FIREWALL_RULES);
    all.add(DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES);
    if (!users.isEmpty()) {
      all.add(DatabasesOperations.DATABASES_GET_USER);
      all.add(DatabasesOperations.DATABASES_ADD_USER);
    }
    if (settingsUser != null) {
      all.add(DatabasesOperations.DATABASES_GET_CA);
    }
    return List.copyOf(all);
  }

  @Override
  public List<Violation> validate() {
    return violations;
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return spec == null ? List.of() : spec.acknowledgedRisks();
  }

  /**
   * Creates the cluster (or adopts the existing one), makes sure of its trusted sources and users,
   * and builds the connection settings if asked for.
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws SeawallException if a cluster of that name exists in another VPC
   * @throws dev.seawall.core.WaitTimeoutException if the cluster is not online in time
   */
  @Override
  public AppliedResource apply(StackContext context) {
    if (spec == null || !violations.isEmpty()) {
      throw new InvalidSpecException(violations);
    }
    DatabaseClusterSpec resolved =
        vpc == null
            ? spec
            : spec.toBuilder().privateNetworkUuid(context.resolved(vpc).id()).build();
    DatabaseClusterService clusters = new DatabaseClusterService(client);
    Optional<DatabaseCluster> existing = clusters.findByName(resolved.name());
    DatabaseCluster cluster;
    if (existing.isEmpty()) {
      cluster = clusters.create(resolved);
    } else {
      cluster = adopt(clusters, existing.get(), resolved);
    }
    DatabaseUserService userService = new DatabaseUserService(client);
    Map<String, DatabaseUser> ensured = new LinkedHashMap<>();
    for (DatabaseUserSpec user : users) {
      String clusterId = cluster.id();
      ensured.put(
          user.name(),
          userService
              .find(clusterId, user.name())
              .orElseGet(() -> userService.create(clusterId, user)));
    }
    buildSettings(clusters, cluster, ensured);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("engine", cluster.engine().name().toLowerCase(Locale.ROOT));
    outputs.put("version", cluster.version());
    Optional<DatabaseConnection> connection =
        settingsNetwork == ClusterNetwork.PRIVATE
            ? cluster.privateConnection().or(cluster::connection)
            : cluster.connection();
    connection
        .filter(c -> !c.host().isEmpty())
        .ifPresent(
            c -> {
              outputs.put("host", c.host());
              outputs.put("port", Integer.toString(c.port()));
            });
    return new AppliedResource(
        key,
        cluster.id(),
        cluster.status().name().toLowerCase(Locale.ROOT),
        existing.isEmpty(),
        outputs);
  }

  private DatabaseCluster adopt(
      DatabaseClusterService clusters, DatabaseCluster existing, DatabaseClusterSpec spec) {
    if (!spec.privateNetworkUuid().isEmpty()
        && !existing.privateNetworkUuid().isEmpty()
        && !existing.privateNetworkUuid().equals(spec.privateNetworkUuid())) {
      throw new SeawallException(
          "database cluster '"
              + existing.name()
              + "' ("
              + existing.id()
              + ") already exists in VPC "
              + existing.privateNetworkUuid()
              + ", not in "
              + spec.privateNetworkUuid()
              + "; a cluster cannot move between VPCs here: choose another name or migrate it");
    }
    DatabaseCluster online =
        existing.isOnline()
            ? existing
            : clusters.awaitOnline(existing.id(), DatabaseClusterService.DEFAULT_CREATE_TIMEOUT);
    TrustedSourceService trustedSources = new TrustedSourceService(client);
    for (TrustedSourceSpec source : spec.trustedSources()) {
      trustedSources.add(online.id(), source);
    }
    return online;
  }

  private void buildSettings(
      DatabaseClusterService clusters, DatabaseCluster cluster, Map<String, DatabaseUser> users) {
    if (settingsUser == null) {
      return;
    }
    try {
      ConnectionSettings.Builder builder = clusters.connectionSettings(cluster, settingsNetwork);
      DatabaseUser user = users.get(settingsUser);
      if (user != null) {
        builder.user(user);
      }
      if (settingsDirectory != null) {
        builder.directory(ownerOnlyDirectory(settingsDirectory));
      }
      settings.set(builder.build());
    } catch (CredentialsUnavailableException e) {
      settings.set(null);
      LOG.warn("connection settings for database {} not built: {}", cluster.name(), e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "DatabaseClusterResource[" + key + "]";
  }

  /** Creates the directory (only the owner may enter it) unless it exists. */
  private static Path ownerOnlyDirectory(Path directory) {
    if (Files.isDirectory(directory)) {
      return directory;
    }
    try {
      Files.createDirectories(directory);
      if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory " + directory, e);
    }
  }

  private static String placeholderUuid(ResourceKey reference) {
    return UUID.nameUUIDFromBytes(
            ("seawall-stack-reference:" + reference).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Builder for {@link DatabaseClusterResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final DatabaseClusterSpec.Builder spec;
    private @Nullable ResourceKey vpc;
    private final List<DatabaseUserSpec> users = new ArrayList<>();
    private @Nullable String settingsUser;
    private ClusterNetwork settingsNetwork = ClusterNetwork.PRIVATE;
    private @Nullable Path settingsDirectory;
    private final Set<ResourceKey> after = new LinkedHashSet<>();

    private Builder(DigitalOcean client, String name, DatabaseClusterSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Places the cluster in a VPC resource of the stack (its id is set at apply time). */
    public Builder vpc(ResourceKey vpc) {
      this.vpc = Objects.requireNonNull(vpc, "vpc");
      return this;
    }

    /** Creates this user (least privilege by default) unless the cluster has it already. */
    public Builder addUser(DatabaseUserSpec user) {
      users.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    /**
     * Builds verified-TLS connection settings for a user at apply time (read them with {@link
     * DatabaseClusterResource#connectionSettings()}); the CA file is written owner-only to {@code
     * directory}.
     *
     * @param user a user added with {@link #addUser}, or {@code doadmin}
     * @param network which connection to use; default {@link ClusterNetwork#PRIVATE}
     * @param directory where the CA file goes
     */
    public Builder connectionSettings(String user, ClusterNetwork network, Path directory) {
      this.settingsUser = Objects.requireNonNull(user, "user");
      this.settingsNetwork = Objects.requireNonNull(network, "network");
      this.settingsDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Applies this cluster only after {@code others} (ordering without a reference). */
    public Builder after(ResourceKey... others) {
      for (ResourceKey other : others) {
        after.add(Objects.requireNonNull(other, "other"));
      }
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public DatabaseClusterResource build() {
      return new DatabaseClusterResource(this);
    }
  }
}
