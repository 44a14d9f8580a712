package dev.seawall.databases;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the databases module (managed database clusters, their
 * firewall rules and users), with the token scopes the official OpenAPI specification lists for
 * each. Every service call of this module goes through one of them. {@link DatabasesCatalog}
 * registers them in the {@link dev.seawall.core.policy.Catalog}; a contract test checks each
 * against the specification.
 */
public final class DatabasesOperations {
  private DatabasesOperations() {}

  /** {@code GET /v2/databases} (databases_list_clusters); scopes: database:read. */
  public static final Operation DATABASES_LIST_CLUSTERS =
      Operation.of("databases_list_clusters", HttpMethod.GET, "/v2/databases", "database:read");

  /** {@code POST /v2/databases} (databases_create_cluster); scopes: database:create. */
  public static final Operation DATABASES_CREATE_CLUSTER =
      Operation.of("databases_create_cluster", HttpMethod.POST, "/v2/databases", "database:create");

  /**
   * {@code GET /v2/databases/{database_cluster_uuid}} (databases_get_cluster); scopes:
   * database:read.
   */
  public static final Operation DATABASES_GET_CLUSTER =
      Operation.of(
          "databases_get_cluster",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}",
          "database:read");

  /**
   * {@code DELETE /v2/databases/{database_cluster_uuid}} (databases_destroy_cluster); scopes:
   * database:delete.
   */
  public static final Operation DATABASES_DESTROY_CLUSTER =
      Operation.of(
          "databases_destroy_cluster",
          HttpMethod.DELETE,
          "/v2/databases/{database_cluster_uuid}",
          "database:delete");

  /**
   * {@code GET /v2/databases/{database_cluster_uuid}/ca} (databases_get_ca); scopes: database:read.
   */
  public static final Operation DATABASES_GET_CA =
      Operation.of(
          "databases_get_ca",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/ca",
          "database:read");

  /**
   * {@code GET /v2/databases/{database_cluster_uuid}/firewall} (databases_list_firewall_rules);
   * scopes: database:read.
   */
  public static final Operation DATABASES_LIST_FIREWALL_RULES =
      Operation.of(
          "databases_list_firewall_rules",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/firewall",
          "database:read");

  /**
   * {@code PUT /v2/databases/{database_cluster_uuid}/firewall} (databases_update_firewall_rules);
   * scopes: database:update.
   */
  public static final Operation DATABASES_UPDATE_FIREWALL_RULES =
      Operation.of(
          "databases_update_firewall_rules",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/firewall",
          "database:update");

  /**
   * {@code GET /v2/databases/{database_cluster_uuid}/users} (databases_list_users); scopes:
   * database:read.
   */
  public static final Operation DATABASES_LIST_USERS =
      Operation.of(
          "databases_list_users",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/users",
          "database:read");

  /**
   * {@code POST /v2/databases/{database_cluster_uuid}/users} (databases_add_user); scopes:
   * database:create.
   */
  public static final Operation DATABASES_ADD_USER =
      Operation.of(
          "databases_add_user",
          HttpMethod.POST,
          "/v2/databases/{database_cluster_uuid}/users",
          "database:create");

  /**
   * {@code GET /v2/databases/{database_cluster_uuid}/users/{username}} (databases_get_user);
   * scopes: database:read.
   */
  public static final Operation DATABASES_GET_USER =
      Operation.of(
          "databases_get_user",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:read");

  /**
   * {@code DELETE /v2/databases/{database_cluster_uuid}/users/{username}} (databases_delete_user);
   * scopes: database:delete.
   */
  public static final Operation DATABASES_DELETE_USER =
      Operation.of(
          "databases_delete_user",
          HttpMethod.DELETE,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:delete");

  /**
   * {@code POST /v2/databases/{database_cluster_uuid}/users/{username}/reset_auth}
   * (databases_reset_auth); scopes: database:update.
   */
  public static final Operation DATABASES_RESET_AUTH =
      Operation.of(
          "databases_reset_auth",
          HttpMethod.POST,
          "/v2/databases/{database_cluster_uuid}/users/{username}/reset_auth",
          "database:update");

  /**
   * {@code PUT /v2/databases/{database_cluster_uuid}/maintenance}
   * (databases_update_maintenanceWindow); scopes: database:update.
   */
  public static final Operation DATABASES_UPDATE_MAINTENANCE_WINDOW =
      Operation.of(
          "databases_update_maintenanceWindow",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/maintenance",
          "database:update");

  /**
   * {@code PUT /v2/databases/{database_cluster_uuid}/resize} (databases_update_clusterSize);
   * scopes: database:update.
   */
  public static final Operation DATABASES_UPDATE_CLUSTER_SIZE =
      Operation.of(
          "databases_update_clusterSize",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/resize",
          "database:update");

  /**
   * {@code PUT /v2/databases/{database_cluster_uuid}/upgrade} (databases_update_major_version);
   * scopes: database:update.
   */
  public static final Operation DATABASES_UPDATE_MAJOR_VERSION =
      Operation.of(
          "databases_update_major_version",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/upgrade",
          "database:update");

  /**
   * {@code PUT /v2/databases/{database_cluster_uuid}/users/{username}} (databases_update_user);
   * scopes: database:update.
   */
  public static final Operation DATABASES_UPDATE_USER =
      Operation.of(
          "databases_update_user",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:update");
}
