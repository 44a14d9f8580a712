package dev.seawall.databases.cluster;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.Observation;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.Databases;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.firewall.TrustedSourceType;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.tls.ConnectionSettings;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserService;
import dev.seawall.databases.user.DatabaseUserSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A managed database cluster as part of a {@link dev.seawall.core.stack.Stack}, kind {@value
 * #KIND}: the cluster with its trusted sources, and as parts of it least-privilege users ({@link
 * Builder#addUser(DatabaseUserSpec)}) and verified-TLS {@link ConnectionSettings} for one of them
 * ({@link Builder#connectionSettings(String, ClusterNetwork, Path)}). Its VPC is a VPC resource of
 * the stack ({@link Builder#vpc(StackResource)}); at plan time the reference satisfies SW-DB-003.
 *
 * <pre>{@code
 * DatabaseClusterResource db = DatabaseClusterResource.builder(client, "orders-db",
 *         DatabaseClusterSpec.builder().engine(DatabaseEngine.PG).version("17")
 *             .size("db-s-1vcpu-2gb").region("fra1")
 *             .addTrustedSource(TrustedSourceSpec.tag("web")))
 *     .vpc(vpc)
 *     .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build())
 *     .connectionSettings("app", ClusterNetwork.PRIVATE, Path.of("target/db"))
 *     .build();
 * }</pre>
 *
 * <p>Planning diffs the spec with the cluster of the same name ({@link
 * DatabaseClusterService#apply(DatabaseClusterSpec)} describes every field), and adds the parts: a
 * user the cluster lacks is {@code users: + app}, a user whose settings differ lists them as {@code
 * users.app.settings...}, an existing matching user is no change; connection settings are {@code
 * connection_settings: + app (private)} when the cluster or their user is created. Applying does
 * exactly that: it creates or converges the cluster (trusted sources in the create request, waits
 * until online), creates or converges the users, and builds the connection settings (on every
 * apply: they hold the CA fetched then). Applying twice creates nothing new and the second apply
 * sends no write.
 *
 * <p>Trusted sources of type {@code tag} are {@linkplain #references() references}: a stack holding
 * the tag resource applies it first. Outputs: {@code engine}, {@code version}, {@code urn} ({@code
 * do:dbaas:<id>}, for projects), {@code host} and {@code port} of the chosen connection (never
 * credentials). Token scopes: {@code database:read}, and {@code database:create} or {@code
 * database:update} when something changes ({@code database:view_credentials} to see passwords of
 * users that already existed; {@code vpc:read} for the VPC).
 */
public final class DatabaseClusterResource
    extends SpecResource<DatabaseClusterSpec, DatabaseCluster> {
  /** The resource kind: {@value}. */
  public static final String KIND = "database";

  /** The field listing the users created as part of the cluster. */
  static final String USERS = "users";

  /** The field listing the connection settings built as part of the cluster. */
  static final String CONNECTION_SETTINGS = "connection_settings";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseClusterResource.class);

  private final DigitalOcean client;
  private final DatabaseClusterService service;
  private final @Nullable ResourceKey vpc;
  private final List<DatabaseUserSpec> users;
  private final @Nullable String settingsUser;
  private final ClusterNetwork settingsNetwork;
  private final @Nullable Path settingsDirectory;
  private final List<Violation> partViolations;
  private final AtomicReference<@Nullable ConnectionSettings> settings = new AtomicReference<>();

  private DatabaseClusterResource(Builder builder, DatabaseClusterSpec.Builder template) {
    super(
        ResourceKey.of(KIND, builder.name), Validated.of(template.validate()), dependsOn(builder));
    this.client = builder.client;
    this.service = Databases.clusters(client);
    this.vpc = builder.vpc;
    this.users = List.copyOf(builder.users);
    this.settingsUser = builder.settingsUser;
    this.settingsNetwork = builder.settingsNetwork;
    this.settingsDirectory = builder.settingsDirectory;
    this.partViolations = settingsViolations(key(), settingsUser, users);
  }

  private static Set<ResourceKey> dependsOn(Builder builder) {
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.dependencies());
    if (builder.vpc != null) {
      dependencies.add(builder.vpc);
    }
    return dependencies;
  }

  private static List<Violation> settingsViolations(
      ResourceKey key, @Nullable String settingsUser, List<DatabaseUserSpec> users) {
    if (settingsUser == null
        || settingsUser.equals("doadmin")
        || users.stream().anyMatch(u -> u.name().equals(settingsUser))) {
      return List.of();
    }
    return List.of(
        CoreRules.SW_INPUT_001.violation(
            key + ".connectionSettings",
            "connection settings for user '"
                + settingsUser
                + "', which the resource does not create; addUser(...) it first"));
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

  /**
   * The verified-TLS connection settings built by the last {@link #apply}, if they were asked for
   * and the user's password was visible (it is after the user was created in this process, or with
   * a token holding {@code database:view_credentials}). They hold the password: never log them.
   */
  public Optional<ConnectionSettings> connectionSettings() {
    return Optional.ofNullable(settings.get());
  }

  @Override
  protected ResourceService<DatabaseClusterSpec, DatabaseCluster> service() {
    return service;
  }

  @Override
  protected String id(DatabaseCluster cluster) {
    return cluster.id();
  }

  @Override
  protected String status(DatabaseCluster cluster) {
    return cluster.status().name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected Map<String, String> outputs(DatabaseCluster cluster) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("engine", cluster.engine().name().toLowerCase(Locale.ROOT));
    outputs.put("version", cluster.version());
    outputs.put("urn", "do:dbaas:" + cluster.id());
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
    return outputs;
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(DatabaseClusterSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected DatabaseClusterSpec resolve(DatabaseClusterSpec planned, StackContext context) {
    return vpc == null ? planned : planned.toBuilder().privateNetworkUuid(context.id(vpc)).build();
  }

  /** The tags of the trusted sources: a tag resource of the stack is applied first. */
  @Override
  public Set<ResourceKey> references() {
    return spec().stream()
        .flatMap(spec -> spec.trustedSources().stream())
        .filter(source -> source.type() == TrustedSourceType.TAG)
        .map(source -> ResourceKey.of("tag", source.value()))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Set<String> tags() {
    return spec().map(spec -> Set.copyOf(spec.tags())).orElse(Set.of());
  }

  @Override
  public List<Violation> validate() {
    List<Violation> all = new ArrayList<>(super.validate());
    all.addAll(partViolations);
    return List.copyOf(all);
  }

  @Override
  protected List<Operation> readOperations() {
    List<Operation> reads = new ArrayList<>();
    reads.add(DatabasesOperations.DATABASES_LIST_CLUSTERS);
    reads.add(DatabasesOperations.DATABASES_LIST_FIREWALL_RULES);
    reads.add(DatabasesOperations.DATABASES_GET_CLUSTER);
    if (!users.isEmpty()) {
      reads.add(DatabasesOperations.DATABASES_GET_USER);
    }
    if (settingsUser != null) {
      reads.add(DatabasesOperations.DATABASES_GET_CA);
    }
    return List.copyOf(reads);
  }

  @Override
  protected List<Operation> createOperations() {
    List<Operation> creates = new ArrayList<>();
    creates.add(DatabasesOperations.DATABASES_CREATE_CLUSTER);
    if (spec().flatMap(DatabaseClusterSpec::maintenanceWindow).isPresent()) {
      creates.add(DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW);
    }
    if (!users.isEmpty()) {
      creates.add(DatabasesOperations.DATABASES_ADD_USER);
    }
    return List.copyOf(creates);
  }

  @Override
  protected List<Operation> updateOperations() {
    List<Operation> updates = new ArrayList<>();
    updates.add(DatabasesOperations.DATABASES_UPDATE_MAJOR_VERSION);
    updates.add(DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE);
    updates.add(DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES);
    updates.add(DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW);
    if (!users.isEmpty()) {
      updates.add(DatabasesOperations.DATABASES_ADD_USER);
      updates.add(DatabasesOperations.DATABASES_UPDATE_USER);
    }
    return List.copyOf(updates);
  }

  /**
   * The cluster's diff plus its parts: the users it lacks or whose settings differ, and the
   * connection settings when they come into being. Reads only.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    ResourcePlan cluster = super.plan(context);
    List<FieldChange> parts = new ArrayList<>();
    Set<Operation> operations = new LinkedHashSet<>(readOperations());
    if (cluster.action() == Diff.Action.CREATE) {
      operations.addAll(createOperations());
    } else if (cluster.action() == Diff.Action.UPDATE) {
      operations.addAll(DatabaseClusterService.updateOperations(cluster.diff()));
    }
    Optional<DatabaseUserService> userService = cluster.id().map(this::users);
    Set<String> createdUsers = new LinkedHashSet<>();
    Map<String, Optional<DatabaseUser>> seenUsers = new LinkedHashMap<>();
    for (DatabaseUserSpec user : users) {
      Optional<DatabaseUser> seen = userService.flatMap(s -> s.observe(user));
      seenUsers.put(user.name(), seen);
      Diff diff = userService.map(s -> s.diff(user, seen)).orElseGet(() -> Diff.create(List.of()));
      parts.addAll(userChanges(user.name(), diff));
      if (diff.action() == Diff.Action.CREATE) {
        createdUsers.add(user.name());
        operations.add(DatabasesOperations.DATABASES_ADD_USER);
      } else if (diff.action() == Diff.Action.UPDATE) {
        operations.add(DatabasesOperations.DATABASES_UPDATE_USER);
      }
    }
    settingsChange(cluster.action() == Diff.Action.CREATE, createdUsers).ifPresent(parts::add);
    Diff diff = cluster.diff().plus(parts);
    Optional<DatabaseCluster> seenCluster =
        cluster.observation().orElseThrow().<Optional<DatabaseCluster>>state();
    return new ResourcePlan(
        cluster.key(),
        diff,
        cluster.id(),
        cluster.outputs(),
        List.copyOf(operations),
        Optional.of(Observation.of(new Seen(seenCluster, seenUsers), diff.action())));
  }

  /** What a plan read: the cluster, and each user of the spec by name. */
  private record Seen(
      Optional<DatabaseCluster> cluster, Map<String, Optional<DatabaseUser>> users) {}

  /**
   * Creates or converges the cluster, then its users, and builds the connection settings if asked
   * for; reports the cluster's changes plus those of its parts.
   *
   * @throws InvalidSpecException if the resource is invalid (a valid plan never is)
   * @throws dev.seawall.core.resource.RefusedChangeException if the cluster or a user cannot be
   *     changed as the spec asks; nothing is sent for it
   * @throws dev.seawall.core.WaitTimeoutException if the cluster is not online in time
   */
  @Override
  public AppliedResource apply(StackContext context) {
    List<Violation> violations = validate();
    DatabaseClusterSpec planned =
        spec()
            .filter(s -> violations.isEmpty())
            .orElseThrow(() -> new InvalidSpecException(violations));
    DatabaseClusterSpec resolved = resolve(planned, context);
    Optional<Seen> seen = context.observation().map(Observation::<Seen>state);
    Applied<DatabaseCluster> applied =
        seen.map(s -> service.apply(resolved, s.cluster()))
            .orElseGet(() -> service.apply(resolved));
    DatabaseCluster cluster = applied.resource();
    DatabaseUserService userService = users(cluster.id());
    List<FieldChange> parts = new ArrayList<>();
    Map<String, DatabaseUser> ensured = new LinkedHashMap<>();
    Set<String> createdUsers = new LinkedHashSet<>();
    for (DatabaseUserSpec user : users) {
      Applied<DatabaseUser> result =
          seen.map(
                  s ->
                      userService.apply(
                          user, s.users().getOrDefault(user.name(), Optional.empty())))
              .orElseGet(() -> userService.apply(user));
      ensured.put(user.name(), result.resource());
      parts.addAll(userChanges(user.name(), result.diff()));
      if (result.created()) {
        createdUsers.add(user.name());
      }
    }
    if (buildSettings(cluster, ensured)) {
      settingsChange(applied.created(), createdUsers).ifPresent(parts::add);
    }
    return new AppliedResource(
        key(), cluster.id(), status(cluster), applied.diff().plus(parts), outputs(cluster));
  }

  private DatabaseUserService users(String clusterId) {
    return Databases.users(client, clusterId);
  }

  /** A created user is {@code users: + name}; a changed one lists its fields under its name. */
  private static List<FieldChange> userChanges(String name, Diff diff) {
    return switch (diff.action()) {
      case CREATE -> List.of(FieldChange.added(USERS, name));
      case NONE -> List.of();
      case UPDATE, REFUSED ->
          diff.changes().stream()
              .map(
                  c ->
                      new FieldChange(
                          USERS + "." + name + "." + c.field(),
                          c.before(),
                          c.after(),
                          c.effect(),
                          c.reason()))
              .toList();
    };
  }

  /** Connection settings come into being with the cluster or with their user. */
  private Optional<FieldChange> settingsChange(boolean clusterCreated, Set<String> createdUsers) {
    if (settingsUser == null || !(clusterCreated || createdUsers.contains(settingsUser))) {
      return Optional.empty();
    }
    return Optional.of(
        FieldChange.added(
            CONNECTION_SETTINGS,
            settingsUser + " (" + settingsNetwork.name().toLowerCase(Locale.ROOT) + ")"));
  }

  /** Builds the connection settings; whether they were built. */
  private boolean buildSettings(DatabaseCluster cluster, Map<String, DatabaseUser> users) {
    if (settingsUser == null) {
      return false;
    }
    try {
      ConnectionSettings.Builder builder = service.connectionSettings(cluster, settingsNetwork);
      DatabaseUser user = users.get(settingsUser);
      if (user != null) {
        builder.user(user);
      }
      if (settingsDirectory != null) {
        builder.directory(ownerOnlyDirectory(settingsDirectory));
      }
      settings.set(builder.build());
      return true;
    } catch (CredentialsUnavailableException e) {
      settings.set(null);
      LOG.warn("connection settings for database {} not built: {}", cluster.name(), e.getMessage());
      return false;
    }
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

  /** Builder for {@link DatabaseClusterResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final DatabaseClusterSpec.Builder spec;
    private @Nullable ResourceKey vpc;
    private final List<DatabaseUserSpec> users = new ArrayList<>();
    private @Nullable String settingsUser;
    private ClusterNetwork settingsNetwork = ClusterNetwork.PRIVATE;
    private @Nullable Path settingsDirectory;

    private Builder(DigitalOcean client, String name, DatabaseClusterSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Places the cluster in a VPC resource of the stack (kind {@code vpc}, e.g. a {@code
     * VpcResource}): the cluster is applied after it and created with its id ({@code
     * private_network_uuid}); at plan time the reference satisfies SW-DB-003.
     *
     * @param vpc the VPC resource
     * @return this builder
     * @throws IllegalArgumentException if {@code vpc} is not of kind {@code vpc}
     */
    public Builder vpc(StackResource vpc) {
      this.vpc =
          referenceTo(
              vpc,
              "vpc",
              key -> "a database cluster is placed in a resource of kind vpc, not in " + key);
      return this;
    }

    /**
     * Creates this user (least privilege by default) unless the cluster has it, and converges its
     * settings otherwise.
     */
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

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public DatabaseClusterResource build() {
      DatabaseClusterSpec.Builder template = spec.name(name);
      if (vpc != null) {
        template.privateNetworkUuid(vpc.placeholderUuid());
      }
      return new DatabaseClusterResource(this, template);
    }
  }
}
