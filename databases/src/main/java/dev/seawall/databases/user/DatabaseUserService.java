package dev.seawall.databases.user;

import com.squareup.moshi.Types;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.internal.CredentialVault;
import dev.seawall.databases.user.internal.AddUserBody;
import dev.seawall.databases.user.internal.ResetAuthBody;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates, reads, resets and deletes database users. Obtain it with {@code
 * Databases.users(client)}. Passwords returned by create and reset are kept in memory for the
 * lifetime of the client, so a later read by a token without {@code database:view_credentials}
 * never erases them. Not available for Valkey and Redis clusters.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses and
 * {@link dev.seawall.core.TransportException} for I/O failures.
 */
public final class DatabaseUserService {
  private static final Type USERS = Types.newParameterizedType(List.class, DatabaseUser.class);

  private final Api api;
  private final CredentialVault vault;

  /**
   * Creates the service for a client (same as {@code Databases.users(client)}).
   *
   * @param client the client
   */
  public DatabaseUserService(DigitalOcean client) {
    this.api = client.api();
    this.vault = CredentialVault.of(client);
  }

  /** Every operation this service may call (for {@code Scopes.required}). */
  public static List<Operation> operations() {
    return List.of(
        DatabasesOperations.DATABASES_ADD_USER,
        DatabasesOperations.DATABASES_GET_USER,
        DatabasesOperations.DATABASES_LIST_USERS,
        DatabasesOperations.DATABASES_RESET_AUTH,
        DatabasesOperations.DATABASES_DELETE_USER);
  }

  /**
   * Creates a user ({@code POST /v2/databases/{id}/users}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_add_user">databases_add_user</a>,
   * scope {@code database:create}). The POST is never blindly re-sent: after a lost response the
   * user is looked up by name first (its password is then only visible with {@code
   * database:view_credentials}).
   *
   * @param clusterId the cluster's id
   * @param spec a validated spec whose engine is the cluster's
   * @return the user, with the password the API generated
   */
  public DatabaseUser create(String clusterId, DatabaseUserSpec spec) {
    Objects.requireNonNull(spec, "spec");
    ApiRequest request =
        ApiRequest.of(DatabasesOperations.DATABASES_ADD_USER)
            .pathParam("database_cluster_uuid", clusterId)
            .body(AddUserBody.of(spec))
            .build();
    DatabaseUser user =
        api.create(request, "user", DatabaseUser.class, () -> find(clusterId, spec.name()));
    return vault.merge(clusterId, user);
  }

  /**
   * Reads a user ({@code GET /v2/databases/{id}/users/{name}}, operation {@code
   * databases_get_user}, scope {@code database:read}).
   *
   * @param clusterId the cluster's id
   * @param userName the user's name
   * @return the user, blank password filled from one kept since create or reset
   * @throws NotFoundException if there is no such user
   */
  public DatabaseUser get(String clusterId, String userName) {
    DatabaseUser user =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_GET_USER)
                .pathParam("database_cluster_uuid", clusterId)
                .pathParam("username", userName)
                .build(),
            "user",
            DatabaseUser.class);
    return vault.merge(clusterId, user);
  }

  /**
   * Reads a user if it exists.
   *
   * @param clusterId the cluster's id
   * @param userName the user's name
   * @return the user, or empty
   */
  public Optional<DatabaseUser> find(String clusterId, String userName) {
    try {
      return Optional.of(get(clusterId, userName));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Lists the users ({@code GET /v2/databases/{id}/users}, operation {@code databases_list_users},
   * scope {@code database:read}).
   *
   * @param clusterId the cluster's id
   * @return the users
   */
  public List<DatabaseUser> list(String clusterId) {
    List<DatabaseUser> users =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_LIST_USERS)
                .pathParam("database_cluster_uuid", clusterId)
                .build(),
            "users",
            USERS);
    return users.stream().map(user -> vault.merge(clusterId, user)).toList();
  }

  /**
   * Replaces a user's password with a new random one ({@code POST
   * /v2/databases/{id}/users/{name}/reset_auth}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_reset_auth">databases_reset_auth</a>,
   * scope {@code database:update}). A MySQL user keeps its authentication plugin.
   *
   * @param clusterId the cluster's id
   * @param userName the user's name
   * @return the user with the new password
   */
  public DatabaseUser resetCredentials(String clusterId, String userName) {
    return reset(clusterId, userName, new ResetAuthBody(null));
  }

  /**
   * Replaces a MySQL user's password and switches it to {@code caching_sha2_password} (e.g. to
   * upgrade a legacy {@code mysql_native_password} user).
   *
   * @param clusterId the cluster's id
   * @param userName the user's name
   * @return the user with the new password
   */
  public DatabaseUser resetCredentialsToCachingSha2(String clusterId, String userName) {
    return reset(
        clusterId,
        userName,
        new ResetAuthBody(
            new AddUserBody.MysqlSettingsBody(MysqlAuthPlugin.CACHING_SHA2_PASSWORD)));
  }

  private DatabaseUser reset(String clusterId, String userName, ResetAuthBody body) {
    DatabaseUser user =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_RESET_AUTH)
                .pathParam("database_cluster_uuid", clusterId)
                .pathParam("username", userName)
                .body(body)
                .build(),
            "user",
            DatabaseUser.class);
    vault.forgetUser(clusterId, userName);
    return vault.merge(clusterId, user);
  }

  /**
   * Deletes a user ({@code DELETE /v2/databases/{id}/users/{name}}, operation {@code
   * databases_delete_user}, scope {@code database:delete}).
   *
   * @param clusterId the cluster's id
   * @param userName the user's name
   * @throws NotFoundException if there is no such user
   */
  public void delete(String clusterId, String userName) {
    api.send(
        ApiRequest.of(DatabasesOperations.DATABASES_DELETE_USER)
            .pathParam("database_cluster_uuid", clusterId)
            .pathParam("username", userName)
            .build());
    vault.forgetUser(clusterId, userName);
  }
}
