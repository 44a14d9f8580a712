package dev.seawall.apps;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the apps module (App Platform apps, and the firewall of the
 * managed databases an app is bound to), with the token scopes the official OpenAPI specification
 * lists for each. Every service call of this module goes through one of them. {@link AppsCatalog}
 * registers them in the {@link dev.seawall.core.policy.Catalog}; a contract test checks each
 * against the specification.
 *
 * <p>The two database firewall operations are owned by the databases module; these are identical
 * copies (the catalog accepts identical copies only), because an app joins the trusted sources of
 * the clusters it is bound to and apps does not depend on databases.
 */
public final class AppsOperations {
  private AppsOperations() {}

  /** {@code GET /v2/apps} (apps_list); scopes: app:read. */
  public static final Operation APPS_LIST =
      Operation.of("apps_list", HttpMethod.GET, "/v2/apps", "app:read");

  /** {@code POST /v2/apps} (apps_create); scopes: app:create. */
  public static final Operation APPS_CREATE =
      Operation.of("apps_create", HttpMethod.POST, "/v2/apps", "app:create");

  /** {@code GET /v2/apps/{id}} (apps_get); scopes: app:read. */
  public static final Operation APPS_GET =
      Operation.of("apps_get", HttpMethod.GET, "/v2/apps/{id}", "app:read");

  /** {@code PUT /v2/apps/{id}} (apps_update); scopes: app:update. */
  public static final Operation APPS_UPDATE =
      Operation.of("apps_update", HttpMethod.PUT, "/v2/apps/{id}", "app:update");

  /**
   * {@code GET /v2/apps/{app_id}/deployments/{deployment_id}} (apps_get_deployment); scopes:
   * app:read.
   */
  public static final Operation APPS_GET_DEPLOYMENT =
      Operation.of(
          "apps_get_deployment",
          HttpMethod.GET,
          "/v2/apps/{app_id}/deployments/{deployment_id}",
          "app:read");

  /** {@code DELETE /v2/apps/{id}} (apps_delete); scopes: app:delete. */
  public static final Operation APPS_DELETE =
      Operation.of("apps_delete", HttpMethod.DELETE, "/v2/apps/{id}", "app:delete");

  /**
   * {@code GET /v2/databases/{database_cluster_uuid}/firewall} (databases_list_firewall_rules);
   * scopes: database:read. A copy of the databases module's operation.
   */
  public static final Operation DATABASES_LIST_FIREWALL_RULES =
      Operation.of(
          "databases_list_firewall_rules",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/firewall",
          "database:read");

  /**
   * {@code PUT /v2/databases/{database_cluster_uuid}/firewall} (databases_update_firewall_rules);
   * scopes: database:update. A copy of the databases module's operation.
   */
  public static final Operation DATABASES_UPDATE_FIREWALL_RULES =
      Operation.of(
          "databases_update_firewall_rules",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/firewall",
          "database:update");
}
