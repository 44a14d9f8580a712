package dev.seawall.kubernetes;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the kubernetes module (DOKS clusters, their node pools,
 * upgrades, credentials and registry integration), with the token scopes the official OpenAPI
 * specification lists for each. Every service call of this module goes through one of them. {@link
 * KubernetesCatalog} registers them in the {@link dev.seawall.core.policy.Catalog}; a contract test
 * checks each against the specification.
 */
public final class KubernetesOperations {
  private KubernetesOperations() {}

  /** {@code GET /v2/kubernetes/clusters} (kubernetes_list_clusters); scopes: kubernetes:read. */
  public static final Operation KUBERNETES_LIST_CLUSTERS =
      Operation.of(
          "kubernetes_list_clusters", HttpMethod.GET, "/v2/kubernetes/clusters", "kubernetes:read");

  /**
   * {@code POST /v2/kubernetes/clusters} (kubernetes_create_cluster); scopes: kubernetes:create.
   */
  public static final Operation KUBERNETES_CREATE_CLUSTER =
      Operation.of(
          "kubernetes_create_cluster",
          HttpMethod.POST,
          "/v2/kubernetes/clusters",
          "kubernetes:create");

  /**
   * {@code GET /v2/kubernetes/clusters/{cluster_id}} (kubernetes_get_cluster); scopes:
   * kubernetes:read.
   */
  public static final Operation KUBERNETES_GET_CLUSTER =
      Operation.of(
          "kubernetes_get_cluster",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}",
          "kubernetes:read");

  /**
   * {@code PUT /v2/kubernetes/clusters/{cluster_id}} (kubernetes_update_cluster); scopes:
   * kubernetes:update.
   */
  public static final Operation KUBERNETES_UPDATE_CLUSTER =
      Operation.of(
          "kubernetes_update_cluster",
          HttpMethod.PUT,
          "/v2/kubernetes/clusters/{cluster_id}",
          "kubernetes:update");

  /**
   * {@code DELETE /v2/kubernetes/clusters/{cluster_id}} (kubernetes_delete_cluster); scopes:
   * kubernetes:delete.
   */
  public static final Operation KUBERNETES_DELETE_CLUSTER =
      Operation.of(
          "kubernetes_delete_cluster",
          HttpMethod.DELETE,
          "/v2/kubernetes/clusters/{cluster_id}",
          "kubernetes:delete");

  /** {@code GET /v2/kubernetes/options} (kubernetes_list_options); scopes: kubernetes:read. */
  public static final Operation KUBERNETES_LIST_OPTIONS =
      Operation.of(
          "kubernetes_list_options", HttpMethod.GET, "/v2/kubernetes/options", "kubernetes:read");

  /**
   * {@code GET /v2/kubernetes/clusters/{cluster_id}/upgrades} (kubernetes_get_availableUpgrades);
   * scopes: kubernetes:read.
   */
  public static final Operation KUBERNETES_GET_AVAILABLE_UPGRADES =
      Operation.of(
          "kubernetes_get_availableUpgrades",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/upgrades",
          "kubernetes:read");

  /**
   * {@code POST /v2/kubernetes/clusters/{cluster_id}/upgrade} (kubernetes_upgrade_cluster); scopes:
   * kubernetes:update.
   */
  public static final Operation KUBERNETES_UPGRADE_CLUSTER =
      Operation.of(
          "kubernetes_upgrade_cluster",
          HttpMethod.POST,
          "/v2/kubernetes/clusters/{cluster_id}/upgrade",
          "kubernetes:update");

  /**
   * {@code GET /v2/kubernetes/clusters/{cluster_id}/node_pools} (kubernetes_list_nodePools);
   * scopes: kubernetes:read.
   */
  public static final Operation KUBERNETES_LIST_NODE_POOLS =
      Operation.of(
          "kubernetes_list_nodePools",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools",
          "kubernetes:read");

  /**
   * {@code GET /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}}
   * (kubernetes_get_nodePool); scopes: kubernetes:read. Seawall reads node pools with their
   * cluster; Terraform's provider reads a {@code digitalocean_kubernetes_node_pool} with it.
   */
  public static final Operation KUBERNETES_GET_NODE_POOL =
      Operation.of(
          "kubernetes_get_nodePool",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}",
          "kubernetes:read");

  /**
   * {@code POST /v2/kubernetes/clusters/{cluster_id}/node_pools} (kubernetes_add_nodePool); scopes:
   * kubernetes:update.
   */
  public static final Operation KUBERNETES_ADD_NODE_POOL =
      Operation.of(
          "kubernetes_add_nodePool",
          HttpMethod.POST,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools",
          "kubernetes:update");

  /**
   * {@code PUT /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}}
   * (kubernetes_update_nodePool); scopes: kubernetes:update.
   */
  public static final Operation KUBERNETES_UPDATE_NODE_POOL =
      Operation.of(
          "kubernetes_update_nodePool",
          HttpMethod.PUT,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}",
          "kubernetes:update");

  /**
   * {@code DELETE /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}}
   * (kubernetes_delete_nodePool); scopes: kubernetes:update.
   */
  public static final Operation KUBERNETES_DELETE_NODE_POOL =
      Operation.of(
          "kubernetes_delete_nodePool",
          HttpMethod.DELETE,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}",
          "kubernetes:update");

  /**
   * {@code GET /v2/kubernetes/clusters/{cluster_id}/credentials} (kubernetes_get_credentials);
   * scopes: kubernetes:access_cluster.
   */
  public static final Operation KUBERNETES_GET_CREDENTIALS =
      Operation.of(
          "kubernetes_get_credentials",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/credentials",
          "kubernetes:access_cluster");

  /**
   * {@code POST /v2/kubernetes/registry} (kubernetes_add_registry); scopes: kubernetes:create,
   * kubernetes:update.
   */
  public static final Operation KUBERNETES_ADD_REGISTRY =
      Operation.of(
          "kubernetes_add_registry",
          HttpMethod.POST,
          "/v2/kubernetes/registry",
          "kubernetes:create",
          "kubernetes:update");

  /**
   * {@code DELETE /v2/kubernetes/registry} (kubernetes_remove_registry); scopes: kubernetes:update.
   */
  public static final Operation KUBERNETES_REMOVE_REGISTRY =
      Operation.of(
          "kubernetes_remove_registry",
          HttpMethod.DELETE,
          "/v2/kubernetes/registry",
          "kubernetes:update");
}
