package dev.seawall.databases.user;

import com.squareup.moshi.Json;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.internal.CredentialVault;
import dev.seawall.databases.user.internal.AddUserBody;
import dev.seawall.databases.user.internal.ResetAuthBody;
import dev.seawall.databases.user.internal.UpdateUserBody;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The users of one database cluster, in the {@linkplain dev.seawall.core.resource.ResourceService
 * one vocabulary} of every kind. Obtain it with {@code Databases.users(client, clusterId)}: a user
 * exists only inside its cluster and its id is its name, so the service is bound to one cluster and
 * {@code get}, {@code create}, {@code apply} and {@code delete} take what they take for every other
 * kind. Not available for Valkey and Redis clusters. Thread-safe.
 *
 * <p>{@link #apply} converges a user: it creates a missing one and changes its {@code settings}
 * ({@code pg_allow_replication}, Kafka {@code acl}, {@code opensearch_acl}, {@code
 * mongo_user_settings}) in place ({@code databases_update_user}). A changed MySQL {@code
 * auth_plugin} is refused: switching it resets the password, which Seawall never does on its own
 * (use {@link #resetCredentialsToCachingSha2}). The password is never compared or shown: a diff
 * shows it only as {@value FieldChange#SENSITIVE}.
 *
 * <p>Passwords returned by create and reset are kept in memory for the lifetime of the client, so a
 * later read by a token without {@code database:view_credentials} never erases them.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses
 * (e.g. {@link NotFoundException} when the cluster does not exist) and {@link
 * dev.seawall.core.TransportException} for I/O failures. Token scopes: {@code database:read},
 * {@code database:create}, {@code database:update}, {@code database:delete} as noted per method.
 */
public final class DatabaseUserService
    extends AbstractResourceService<DatabaseUserSpec, DatabaseUser, DatabaseUser> {
  /** The resource kind: {@value}. */
  public static final String KIND = "database_user";

  /** The field table; see the class description. */
  static final Differ<DatabaseUserSpec, DatabaseUser> DIFFER =
      Differ.<DatabaseUserSpec, DatabaseUser>builder()
          .updatable(
              "mysql_settings.auth_plugin",
              spec -> spec.engine().isMysql() ? apiValue(spec.mysqlAuthPlugin()) : null,
              user ->
                  user.mysqlSettings()
                      .map(MysqlSettings::authPlugin)
                      .filter(plugin -> plugin != MysqlAuthPlugin.UNKNOWN)
                      .map(DatabaseUserService::apiValue)
                      .orElse(null),
              (before, after) ->
                  "switching the authentication plugin resets the password (databases_reset_auth),"
                      + " which Seawall never does on its own")
          .updatable(
              "settings.pg_allow_replication",
              spec -> spec.engine().isPostgresql() ? spec.pgAllowReplication() : null,
              user -> user.settings().map(UserSettings::pgAllowReplication).orElse(null))
          .set(
              "settings.acl",
              spec ->
                  spec.engine() == DatabaseEngine.KAFKA
                      ? spec.kafkaAcls().stream().map(DatabaseUserService::acl).toList()
                      : null,
              user ->
                  user.settings()
                      .map(s -> s.acl().stream().map(DatabaseUserService::acl).toList())
                      .orElse(null))
          .set(
              "settings.opensearch_acl",
              spec ->
                  spec.engine() == DatabaseEngine.OPENSEARCH
                      ? spec.openSearchAcls().stream().map(DatabaseUserService::acl).toList()
                      : null,
              user ->
                  user.settings()
                      .map(s -> s.opensearchAcl().stream().map(DatabaseUserService::acl).toList())
                      .orElse(null))
          .updatable(
              "settings.mongo_user_settings",
              spec ->
                  spec.engine() == DatabaseEngine.MONGODB
                      ? mongo(new MongoUserSettings(spec.mongoDatabases(), spec.mongoRole()))
                      : null,
              user ->
                  user.settings()
                      .flatMap(UserSettings::mongoUserSettings)
                      .map(DatabaseUserService::mongo)
                      .orElse(null))
          .sensitive("password", (spec, user) -> false, true)
          .build();

  private final String clusterId;
  private final CredentialVault vault;

  /**
   * Creates the service for the users of one cluster (same as {@code Databases.users(client,
   * clusterId)}).
   *
   * @param client the client
   * @param clusterId the cluster's id (a UUID)
   */
  public DatabaseUserService(DigitalOcean client, String clusterId) {
    this(client, Objects.requireNonNull(clusterId, "clusterId"), CredentialVault.of(client));
  }

  private DatabaseUserService(DigitalOcean client, String clusterId, CredentialVault vault) {
    super(client, wireKind(clusterId, vault));
    this.clusterId = clusterId;
    this.vault = vault;
  }

  /**
   * How users appear on the wire. The read model is the JSON shape itself; mapping a response
   * merges the passwords the client kept for this cluster, so it is made per cluster and client.
   */
  private static WireKind<DatabaseUser, DatabaseUser> wireKind(
      String clusterId, CredentialVault vault) {
    return WireKind.builder(KIND, DatabaseUser.class, user -> vault.merge(clusterId, user))
        .envelope("user", "users")
        .list(DatabasesOperations.DATABASES_LIST_USERS)
        .unpaged()
        .get(DatabasesOperations.DATABASES_GET_USER, "username")
        .delete(DatabasesOperations.DATABASES_DELETE_USER)
        .identity(DatabaseUser::name, DatabaseUser::name)
        .build();
  }

  /** Every operation this service may call (for {@code Scopes.required}). */
  public static List<Operation> operations() {
    return List.of(
        DatabasesOperations.DATABASES_ADD_USER,
        DatabasesOperations.DATABASES_GET_USER,
        DatabasesOperations.DATABASES_LIST_USERS,
        DatabasesOperations.DATABASES_UPDATE_USER,
        DatabasesOperations.DATABASES_RESET_AUTH,
        DatabasesOperations.DATABASES_DELETE_USER);
  }

  /** The id of the cluster whose users this service manages. */
  public String clusterId() {
    return clusterId;
  }

  @Override
  protected Differ<DatabaseUserSpec, DatabaseUser> differ() {
    return DIFFER;
  }

  @Override
  protected String name(DatabaseUserSpec spec) {
    return spec.name();
  }

  @Override
  protected String describe(DatabaseUser user, DatabaseUserSpec spec) {
    return "database user '" + user.name() + "' of cluster " + clusterId;
  }

  /** Every request names the cluster. */
  @Override
  protected ApiRequest.Builder request(Operation operation) {
    return super.request(operation).pathParam("database_cluster_uuid", clusterId);
  }

  /**
   * Creates a user ({@code POST /v2/databases/{id}/users}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_add_user">databases_add_user</a>,
   * scope {@code database:create}). The POST is never blindly re-sent: after a lost response the
   * user is looked up by name first (its password is then only visible with {@code
   * database:view_credentials}).
   *
   * @param spec a validated spec whose engine is the cluster's
   * @return the user, with the password the API generated
   */
  @Override
  public DatabaseUser create(DatabaseUserSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return createWithLookup(
        request(DatabasesOperations.DATABASES_ADD_USER).body(AddUserBody.of(spec)).build(), spec);
  }

  /**
   * Creates the user, or changes the settings of the existing user of that name to the spec's;
   * sends nothing when nothing differs.
   *
   * <p>Operations {@code databases_get_user}, then {@code databases_add_user} or {@code
   * databases_update_user}; scopes {@code database:read}, and {@code database:create} or {@code
   * database:update} when something changes.
   *
   * @throws RefusedChangeException if the spec changes a MySQL user's authentication plugin;
   *     nothing is sent
   */
  @Override
  public Applied<DatabaseUser> apply(DatabaseUserSpec spec) {
    return super.apply(spec);
  }

  /**
   * Changes the settings of the user with this name to the spec's; see {@link #apply}.
   *
   * @throws NotFoundException if there is no such user
   * @throws RefusedChangeException if a change cannot be made; nothing is sent
   */
  @Override
  public DatabaseUser update(String userName, DatabaseUserSpec spec) {
    return super.update(userName, spec);
  }

  @Override
  protected DatabaseUser change(DatabaseUser observed, DatabaseUserSpec spec, Diff diff) {
    return call(
        request(DatabasesOperations.DATABASES_UPDATE_USER)
            .pathParam("username", observed.name())
            .body(UpdateUserBody.of(spec))
            .build());
  }

  /**
   * Reads a user ({@code GET /v2/databases/{id}/users/{name}}, operation {@code
   * databases_get_user}, scope {@code database:read}).
   *
   * @param userName the user's name
   * @return the user, blank password filled from one kept since create or reset
   * @throws NotFoundException if there is no such user
   */
  @Override
  public DatabaseUser get(String userName) {
    return super.get(userName);
  }

  /**
   * Reads a user if it exists ({@code databases_get_user}, scope {@code database:read}).
   *
   * @param userName the user's name
   * @return the user, or empty
   */
  @Override
  public Optional<DatabaseUser> find(String userName) {
    try {
      return Optional.of(get(userName));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * One page of the cluster's users ({@code GET /v2/databases/{id}/users}, operation {@code
   * databases_list_users}, scope {@code database:read}). The operation does not page: it answers
   * every user at once, and the page is cut from that answer.
   *
   * @param page 1-based page number
   * @param perPage users per page, 1..200
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range; nothing is
   *     sent
   */
  @Override
  public Page<DatabaseUser> list(int page, int perPage) {
    return super.list(page, perPage);
  }

  /**
   * Every user of the cluster, from one {@code databases_list_users} request sent when the stream
   * is consumed (scope {@code database:read}); passwords merged as in {@link #get}.
   */
  @Override
  public Stream<DatabaseUser> listAll() {
    return super.listAll();
  }

  /**
   * Replaces a user's password with a new random one ({@code POST
   * /v2/databases/{id}/users/{name}/reset_auth}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_reset_auth">databases_reset_auth</a>,
   * scope {@code database:update}). A MySQL user keeps its authentication plugin.
   *
   * @param userName the user's name
   * @return the user with the new password
   */
  public DatabaseUser resetCredentials(String userName) {
    return reset(userName, new ResetAuthBody(null));
  }

  /**
   * Replaces a MySQL user's password and switches it to {@code caching_sha2_password} (e.g. to
   * upgrade a legacy {@code mysql_native_password} user); operation {@code databases_reset_auth},
   * scope {@code database:update}.
   *
   * @param userName the user's name
   * @return the user with the new password
   */
  public DatabaseUser resetCredentialsToCachingSha2(String userName) {
    return reset(
        userName,
        new ResetAuthBody(
            new AddUserBody.MysqlSettingsBody(MysqlAuthPlugin.CACHING_SHA2_PASSWORD)));
  }

  private DatabaseUser reset(String userName, ResetAuthBody body) {
    DatabaseUser user =
        api.call(
            request(DatabasesOperations.DATABASES_RESET_AUTH)
                .pathParam("username", userName)
                .body(body)
                .build(),
            wire.envelope(),
            DatabaseUser.class);
    vault.forgetUser(clusterId, userName);
    return wire.toModel(user);
  }

  /**
   * Deletes a user ({@code DELETE /v2/databases/{id}/users/{name}}, operation {@code
   * databases_delete_user}, scope {@code database:delete}), idempotently; its kept password is
   * forgotten.
   *
   * @param userName the user's name
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such user
   */
  @Override
  public Deletion delete(String userName) {
    Deletion deletion = super.delete(userName);
    vault.forgetUser(clusterId, userName);
    return deletion;
  }

  // ---------------------------------------------------------------------------------------------

  private static String acl(KafkaAcl acl) {
    return acl.topic() + " " + apiValue(acl.permission());
  }

  private static String acl(OpenSearchAcl acl) {
    return acl.index() + " " + apiValue(acl.permission());
  }

  private static String mongo(MongoUserSettings settings) {
    return apiValue(settings.role()) + " on " + String.join(", ", settings.databases());
  }

  /** The API's spelling of an enum constant (its {@code @Json} name), e.g. {@code readOnly}. */
  static String apiValue(Enum<?> constant) {
    try {
      @Nullable Json json =
          constant.getDeclaringClass().getField(constant.name()).getAnnotation(Json.class);
      return json == null ? "unknown" : json.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
