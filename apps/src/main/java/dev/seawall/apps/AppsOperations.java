package dev.seawall.apps;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the apps module (App Platform apps, the firewall of the
 * managed databases an app is bound to, and Functions namespaces and triggers), with the token
 * scopes the official OpenAPI specification lists for each. Every service call of this module goes
 * through one of them. {@link AppsCatalog} registers them in the {@link
 * dev.seawall.core.policy.Catalog}; a contract test checks each against the specification. The
 * Functions operations list {@code function:admin} beside their narrower scope, as the
 * specification does; {@code Scopes.required} leaves it out.
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

  /** {@code GET /v2/functions/namespaces} (functions_list_namespaces); scopes: function:read. */
  public static final Operation FUNCTIONS_LIST_NAMESPACES =
      Operation.of(
          "functions_list_namespaces",
          HttpMethod.GET,
          "/v2/functions/namespaces",
          "function:read",
          "function:admin");

  /**
   * {@code POST /v2/functions/namespaces} (functions_create_namespace); scopes: function:create.
   */
  public static final Operation FUNCTIONS_CREATE_NAMESPACE =
      Operation.of(
          "functions_create_namespace",
          HttpMethod.POST,
          "/v2/functions/namespaces",
          "function:create",
          "function:admin");

  /**
   * {@code GET /v2/functions/namespaces/{namespace_id}} (functions_get_namespace); scopes:
   * function:admin only (the specification lists no narrower scope), so Seawall finds namespaces by
   * listing them.
   */
  public static final Operation FUNCTIONS_GET_NAMESPACE =
      Operation.of(
          "functions_get_namespace",
          HttpMethod.GET,
          "/v2/functions/namespaces/{namespace_id}",
          "function:admin");

  /**
   * {@code DELETE /v2/functions/namespaces/{namespace_id}} (functions_delete_namespace); scopes:
   * function:delete.
   */
  public static final Operation FUNCTIONS_DELETE_NAMESPACE =
      Operation.of(
          "functions_delete_namespace",
          HttpMethod.DELETE,
          "/v2/functions/namespaces/{namespace_id}",
          "function:delete",
          "function:admin");

  /**
   * {@code GET /v2/functions/namespaces/{namespace_id}/triggers} (functions_list_triggers); scopes:
   * function:read.
   */
  public static final Operation FUNCTIONS_LIST_TRIGGERS =
      Operation.of(
          "functions_list_triggers",
          HttpMethod.GET,
          "/v2/functions/namespaces/{namespace_id}/triggers",
          "function:read",
          "function:admin");

  /**
   * {@code POST /v2/functions/namespaces/{namespace_id}/triggers} (functions_create_trigger);
   * scopes: function:create.
   */
  public static final Operation FUNCTIONS_CREATE_TRIGGER =
      Operation.of(
          "functions_create_trigger",
          HttpMethod.POST,
          "/v2/functions/namespaces/{namespace_id}/triggers",
          "function:create",
          "function:admin");

  /**
   * {@code GET /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}}
   * (functions_get_trigger); scopes: function:read.
   */
  public static final Operation FUNCTIONS_GET_TRIGGER =
      Operation.of(
          "functions_get_trigger",
          HttpMethod.GET,
          "/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}",
          "function:read",
          "function:admin");

  /**
   * {@code PUT /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}}
   * (functions_update_trigger); scopes: function:update.
   */
  public static final Operation FUNCTIONS_UPDATE_TRIGGER =
      Operation.of(
          "functions_update_trigger",
          HttpMethod.PUT,
          "/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}",
          "function:update",
          "function:admin");

  /**
   * {@code DELETE /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}}
   * (functions_delete_trigger); scopes: function:delete.
   */
  public static final Operation FUNCTIONS_DELETE_TRIGGER =
      Operation.of(
          "functions_delete_trigger",
          HttpMethod.DELETE,
          "/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}",
          "function:delete",
          "function:admin");
}
