package dev.seawall.testkit.fakes;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.ConstantsCatalog;
import java.util.List;

/**
 * The DigitalOcean API operations the fakes of this package serve. The modules declare these
 * operations ({@code NetworkingOperations}, {@code ComputeOperations}, ...), but testkit depends on
 * core only (the modules' tests depend on testkit), so it declares identical copies here, as a
 * module does for another module's operation. A test in {@code samples} checks that every one of
 * them is identical to the catalog's. In tests of a module, prefer the module's own constants.
 */
public final class FakeOperations {
  private FakeOperations() {}

  /** Every operation declared here. */
  public static List<Operation> all() {
    return ConstantsCatalog.constants(FakeOperations.class, Operation.class);
  }

  // Copies of ComputeOperations.
  public static final Operation SSH_KEYS_LIST =
      Operation.of("sshKeys_list", HttpMethod.GET, "/v2/account/keys", "ssh_key:read");
  public static final Operation SSH_KEYS_CREATE =
      Operation.of("sshKeys_create", HttpMethod.POST, "/v2/account/keys", "ssh_key:create");
  public static final Operation SSH_KEYS_GET =
      Operation.of(
          "sshKeys_get", HttpMethod.GET, "/v2/account/keys/{ssh_key_identifier}", "ssh_key:read");
  public static final Operation SSH_KEYS_DELETE =
      Operation.of(
          "sshKeys_delete",
          HttpMethod.DELETE,
          "/v2/account/keys/{ssh_key_identifier}",
          "ssh_key:delete");
  public static final Operation DROPLETS_CREATE =
      Operation.of("droplets_create", HttpMethod.POST, "/v2/droplets", "droplet:create");
  public static final Operation DROPLETS_GET =
      Operation.of("droplets_get", HttpMethod.GET, "/v2/droplets/{droplet_id}", "droplet:read");
  public static final Operation DROPLETS_LIST =
      Operation.of("droplets_list", HttpMethod.GET, "/v2/droplets", "droplet:read");
  public static final Operation DROPLETS_DESTROY =
      Operation.of(
          "droplets_destroy", HttpMethod.DELETE, "/v2/droplets/{droplet_id}", "droplet:delete");
  public static final Operation DROPLET_ACTIONS_GET =
      Operation.of(
          "dropletActions_get",
          HttpMethod.GET,
          "/v2/droplets/{droplet_id}/actions/{action_id}",
          "droplet:read");

  // Copies of NetworkingOperations.
  public static final Operation FIREWALLS_LIST =
      Operation.of("firewalls_list", HttpMethod.GET, "/v2/firewalls", "firewall:read");
  public static final Operation FIREWALLS_CREATE =
      Operation.of("firewalls_create", HttpMethod.POST, "/v2/firewalls", "firewall:create");
  public static final Operation FIREWALLS_GET =
      Operation.of("firewalls_get", HttpMethod.GET, "/v2/firewalls/{firewall_id}", "firewall:read");
  public static final Operation FIREWALLS_UPDATE =
      Operation.of(
          "firewalls_update", HttpMethod.PUT, "/v2/firewalls/{firewall_id}", "firewall:update");
  public static final Operation FIREWALLS_DELETE =
      Operation.of(
          "firewalls_delete", HttpMethod.DELETE, "/v2/firewalls/{firewall_id}", "firewall:delete");
  public static final Operation FIREWALLS_ASSIGN_DROPLETS =
      Operation.of(
          "firewalls_assign_droplets",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");
  public static final Operation FIREWALLS_DELETE_DROPLETS =
      Operation.of(
          "firewalls_delete_droplets",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");
  public static final Operation FIREWALLS_ADD_TAGS =
      Operation.of(
          "firewalls_add_tags",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/tags",
          "firewall:update");
  public static final Operation FIREWALLS_DELETE_TAGS =
      Operation.of(
          "firewalls_delete_tags",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/tags",
          "firewall:update");
  public static final Operation VPCS_LIST =
      Operation.of("vpcs_list", HttpMethod.GET, "/v2/vpcs", "vpc:read");
  public static final Operation VPCS_CREATE =
      Operation.of("vpcs_create", HttpMethod.POST, "/v2/vpcs", "vpc:create");
  public static final Operation VPCS_GET =
      Operation.of("vpcs_get", HttpMethod.GET, "/v2/vpcs/{vpc_id}", "vpc:read");
  public static final Operation VPCS_UPDATE =
      Operation.of("vpcs_update", HttpMethod.PUT, "/v2/vpcs/{vpc_id}", "vpc:update");
  public static final Operation VPCS_PATCH =
      Operation.of("vpcs_patch", HttpMethod.PATCH, "/v2/vpcs/{vpc_id}", "vpc:update");
  public static final Operation VPCS_DELETE =
      Operation.of("vpcs_delete", HttpMethod.DELETE, "/v2/vpcs/{vpc_id}", "vpc:delete");
  public static final Operation VPCS_LIST_MEMBERS =
      Operation.of("vpcs_list_members", HttpMethod.GET, "/v2/vpcs/{vpc_id}/members", "vpc:read");
  public static final Operation LOAD_BALANCERS_LIST =
      Operation.of(
          "loadBalancers_list", HttpMethod.GET, "/v2/load_balancers", "load_balancer:read");
  public static final Operation LOAD_BALANCERS_CREATE =
      Operation.of(
          "loadBalancers_create", HttpMethod.POST, "/v2/load_balancers", "load_balancer:create");
  public static final Operation LOAD_BALANCERS_GET =
      Operation.of(
          "loadBalancers_get", HttpMethod.GET, "/v2/load_balancers/{lb_id}", "load_balancer:read");
  public static final Operation LOAD_BALANCERS_UPDATE =
      Operation.of(
          "loadBalancers_update",
          HttpMethod.PUT,
          "/v2/load_balancers/{lb_id}",
          "load_balancer:update");
  public static final Operation LOAD_BALANCERS_DELETE =
      Operation.of(
          "loadBalancers_delete",
          HttpMethod.DELETE,
          "/v2/load_balancers/{lb_id}",
          "load_balancer:delete");
  public static final Operation CERTIFICATES_LIST =
      Operation.of("certificates_list", HttpMethod.GET, "/v2/certificates", "certificate:read");
  public static final Operation CERTIFICATES_CREATE =
      Operation.of(
          "certificates_create", HttpMethod.POST, "/v2/certificates", "certificate:create");
  public static final Operation CERTIFICATES_GET =
      Operation.of(
          "certificates_get",
          HttpMethod.GET,
          "/v2/certificates/{certificate_id}",
          "certificate:read");
  public static final Operation CERTIFICATES_DELETE =
      Operation.of(
          "certificates_delete",
          HttpMethod.DELETE,
          "/v2/certificates/{certificate_id}",
          "certificate:delete");
  public static final Operation TAGS_CREATE =
      Operation.of("tags_create", HttpMethod.POST, "/v2/tags", "tag:create");
  public static final Operation TAGS_GET =
      Operation.of("tags_get", HttpMethod.GET, "/v2/tags/{tag_id}", "tag:read");

  /** {@code GET /v2/tags} (tags_list); scopes: tag:read. */
  public static final Operation TAGS_LIST =
      Operation.of("tags_list", HttpMethod.GET, "/v2/tags", "tag:read");

  /** {@code DELETE /v2/tags/{tag_id}} (tags_delete); scopes: tag:delete. */
  public static final Operation TAGS_DELETE =
      Operation.of("tags_delete", HttpMethod.DELETE, "/v2/tags/{tag_id}", "tag:delete");

  // Copies of VolumesOperations.
  public static final Operation VOLUMES_LIST =
      Operation.of(
          "volumes_list",
          HttpMethod.GET,
          "/v2/volumes",
          "api:read",
          "api:write",
          "block_storage:read");
  public static final Operation VOLUMES_CREATE =
      Operation.of(
          "volumes_create", HttpMethod.POST, "/v2/volumes", "api:write", "block_storage:create");
  public static final Operation VOLUMES_GET =
      Operation.of("volumes_get", HttpMethod.GET, "/v2/volumes/{volume_id}", "block_storage:read");
  public static final Operation VOLUMES_DELETE =
      Operation.of(
          "volumes_delete", HttpMethod.DELETE, "/v2/volumes/{volume_id}", "block_storage:delete");
  public static final Operation VOLUME_ACTIONS_POST_BY_ID =
      Operation.of(
          "volumeActions_post_byId",
          HttpMethod.POST,
          "/v2/volumes/{volume_id}/actions",
          "block_storage_action:create");
  public static final Operation VOLUME_ACTIONS_GET =
      Operation.of(
          "volumeActions_get",
          HttpMethod.GET,
          "/v2/volumes/{volume_id}/actions/{action_id}",
          "block_storage_action:read");
  public static final Operation VOLUME_ACTIONS_LIST =
      Operation.of(
          "volumeActions_list",
          HttpMethod.GET,
          "/v2/volumes/{volume_id}/actions",
          "block_storage_action:read");
  public static final Operation VOLUME_SNAPSHOTS_CREATE =
      Operation.of(
          "volumeSnapshots_create",
          HttpMethod.POST,
          "/v2/volumes/{volume_id}/snapshots",
          "block_storage_snapshot:create");
  public static final Operation VOLUME_SNAPSHOTS_LIST =
      Operation.of(
          "volumeSnapshots_list",
          HttpMethod.GET,
          "/v2/volumes/{volume_id}/snapshots",
          "block_storage_snapshot:read");

  // Copies of DatabasesOperations.
  public static final Operation DATABASES_LIST_CLUSTERS =
      Operation.of("databases_list_clusters", HttpMethod.GET, "/v2/databases", "database:read");
  public static final Operation DATABASES_CREATE_CLUSTER =
      Operation.of("databases_create_cluster", HttpMethod.POST, "/v2/databases", "database:create");
  public static final Operation DATABASES_GET_CLUSTER =
      Operation.of(
          "databases_get_cluster",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}",
          "database:read");
  public static final Operation DATABASES_DESTROY_CLUSTER =
      Operation.of(
          "databases_destroy_cluster",
          HttpMethod.DELETE,
          "/v2/databases/{database_cluster_uuid}",
          "database:delete");
  public static final Operation DATABASES_GET_CA =
      Operation.of(
          "databases_get_ca",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/ca",
          "database:read");
  public static final Operation APPS_LIST =
      Operation.of("apps_list", HttpMethod.GET, "/v2/apps", "app:read");
  public static final Operation APPS_CREATE =
      Operation.of("apps_create", HttpMethod.POST, "/v2/apps", "app:create");
  public static final Operation APPS_GET =
      Operation.of("apps_get", HttpMethod.GET, "/v2/apps/{id}", "app:read");
  public static final Operation APPS_UPDATE =
      Operation.of("apps_update", HttpMethod.PUT, "/v2/apps/{id}", "app:update");
  public static final Operation APPS_DELETE =
      Operation.of("apps_delete", HttpMethod.DELETE, "/v2/apps/{id}", "app:delete");
  public static final Operation FUNCTIONS_LIST_NAMESPACES =
      Operation.of(
          "functions_list_namespaces",
          HttpMethod.GET,
          "/v2/functions/namespaces",
          "function:read",
          "function:admin");
  public static final Operation FUNCTIONS_CREATE_NAMESPACE =
      Operation.of(
          "functions_create_namespace",
          HttpMethod.POST,
          "/v2/functions/namespaces",
          "function:create",
          "function:admin");
  public static final Operation FUNCTIONS_GET_NAMESPACE =
      Operation.of(
          "functions_get_namespace",
          HttpMethod.GET,
          "/v2/functions/namespaces/{namespace_id}",
          "function:admin");
  public static final Operation FUNCTIONS_DELETE_NAMESPACE =
      Operation.of(
          "functions_delete_namespace",
          HttpMethod.DELETE,
          "/v2/functions/namespaces/{namespace_id}",
          "function:delete",
          "function:admin");
  public static final Operation FUNCTIONS_LIST_TRIGGERS =
      Operation.of(
          "functions_list_triggers",
          HttpMethod.GET,
          "/v2/functions/namespaces/{namespace_id}/triggers",
          "function:read",
          "function:admin");
  public static final Operation FUNCTIONS_CREATE_TRIGGER =
      Operation.of(
          "functions_create_trigger",
          HttpMethod.POST,
          "/v2/functions/namespaces/{namespace_id}/triggers",
          "function:create",
          "function:admin");
  public static final Operation FUNCTIONS_GET_TRIGGER =
      Operation.of(
          "functions_get_trigger",
          HttpMethod.GET,
          "/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}",
          "function:read",
          "function:admin");
  public static final Operation FUNCTIONS_UPDATE_TRIGGER =
      Operation.of(
          "functions_update_trigger",
          HttpMethod.PUT,
          "/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}",
          "function:update",
          "function:admin");
  public static final Operation FUNCTIONS_DELETE_TRIGGER =
      Operation.of(
          "functions_delete_trigger",
          HttpMethod.DELETE,
          "/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}",
          "function:delete",
          "function:admin");
  public static final Operation APPS_GET_DEPLOYMENT =
      Operation.of(
          "apps_get_deployment",
          HttpMethod.GET,
          "/v2/apps/{app_id}/deployments/{deployment_id}",
          "app:read");
  public static final Operation DATABASES_LIST_FIREWALL_RULES =
      Operation.of(
          "databases_list_firewall_rules",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/firewall",
          "database:read");
  public static final Operation DATABASES_UPDATE_FIREWALL_RULES =
      Operation.of(
          "databases_update_firewall_rules",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/firewall",
          "database:update");
  public static final Operation DATABASES_LIST_USERS =
      Operation.of(
          "databases_list_users",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/users",
          "database:read");
  public static final Operation DATABASES_ADD_USER =
      Operation.of(
          "databases_add_user",
          HttpMethod.POST,
          "/v2/databases/{database_cluster_uuid}/users",
          "database:create");
  public static final Operation DATABASES_GET_USER =
      Operation.of(
          "databases_get_user",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:read");
  public static final Operation DATABASES_DELETE_USER =
      Operation.of(
          "databases_delete_user",
          HttpMethod.DELETE,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:delete");
  public static final Operation DATABASES_RESET_AUTH =
      Operation.of(
          "databases_reset_auth",
          HttpMethod.POST,
          "/v2/databases/{database_cluster_uuid}/users/{username}/reset_auth",
          "database:update");
  public static final Operation DATABASES_UPDATE_MAINTENANCE_WINDOW =
      Operation.of(
          "databases_update_maintenanceWindow",
          HttpMethod.PUT,
          "/v2/databases/{database_cluster_uuid}/maintenance",
          "database:update");

  // Copies of SpacesOperations.
  public static final Operation SPACES_KEY_LIST =
      Operation.of("spacesKey_list", HttpMethod.GET, "/v2/spaces/keys", "spaces_key:read");
  public static final Operation SPACES_KEY_CREATE =
      Operation.of(
          "spacesKey_create", HttpMethod.POST, "/v2/spaces/keys", "spaces_key:create_credentials");
  public static final Operation SPACES_KEY_GET =
      Operation.of(
          "spacesKey_get", HttpMethod.GET, "/v2/spaces/keys/{access_key}", "spaces_key:read");
  public static final Operation SPACES_KEY_UPDATE =
      Operation.of(
          "spacesKey_update", HttpMethod.PUT, "/v2/spaces/keys/{access_key}", "spaces_key:update");
  public static final Operation SPACES_KEY_DELETE =
      Operation.of(
          "spacesKey_delete",
          HttpMethod.DELETE,
          "/v2/spaces/keys/{access_key}",
          "spaces_key:delete");

  /** {@code PUT /v2/account/keys/{ssh_key_identifier}} (sshKeys_update); scopes: ssh_key:update. */
  public static final Operation SSH_KEYS_UPDATE =
      Operation.of(
          "sshKeys_update",
          HttpMethod.PUT,
          "/v2/account/keys/{ssh_key_identifier}",
          "ssh_key:update");

  /** {@code POST /v2/tags/{tag_id}/resources} (tags_assign_resources); scopes: tag:create. */
  public static final Operation TAGS_ASSIGN_RESOURCES =
      Operation.of(
          "tags_assign_resources", HttpMethod.POST, "/v2/tags/{tag_id}/resources", "tag:create");

  /** {@code DELETE /v2/tags/{tag_id}/resources} (tags_unassign_resources); scopes: tag:delete. */
  public static final Operation TAGS_UNASSIGN_RESOURCES =
      Operation.of(
          "tags_unassign_resources",
          HttpMethod.DELETE,
          "/v2/tags/{tag_id}/resources",
          "tag:delete");

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

  // Copies of KubernetesOperations.
  public static final Operation KUBERNETES_LIST_CLUSTERS =
      Operation.of(
          "kubernetes_list_clusters", HttpMethod.GET, "/v2/kubernetes/clusters", "kubernetes:read");
  public static final Operation KUBERNETES_CREATE_CLUSTER =
      Operation.of(
          "kubernetes_create_cluster",
          HttpMethod.POST,
          "/v2/kubernetes/clusters",
          "kubernetes:create");
  public static final Operation KUBERNETES_GET_CLUSTER =
      Operation.of(
          "kubernetes_get_cluster",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}",
          "kubernetes:read");
  public static final Operation KUBERNETES_UPDATE_CLUSTER =
      Operation.of(
          "kubernetes_update_cluster",
          HttpMethod.PUT,
          "/v2/kubernetes/clusters/{cluster_id}",
          "kubernetes:update");
  public static final Operation KUBERNETES_DELETE_CLUSTER =
      Operation.of(
          "kubernetes_delete_cluster",
          HttpMethod.DELETE,
          "/v2/kubernetes/clusters/{cluster_id}",
          "kubernetes:delete");
  public static final Operation KUBERNETES_LIST_OPTIONS =
      Operation.of(
          "kubernetes_list_options", HttpMethod.GET, "/v2/kubernetes/options", "kubernetes:read");
  public static final Operation KUBERNETES_GET_AVAILABLE_UPGRADES =
      Operation.of(
          "kubernetes_get_availableUpgrades",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/upgrades",
          "kubernetes:read");
  public static final Operation KUBERNETES_UPGRADE_CLUSTER =
      Operation.of(
          "kubernetes_upgrade_cluster",
          HttpMethod.POST,
          "/v2/kubernetes/clusters/{cluster_id}/upgrade",
          "kubernetes:update");
  public static final Operation KUBERNETES_LIST_NODE_POOLS =
      Operation.of(
          "kubernetes_list_nodePools",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools",
          "kubernetes:read");
  public static final Operation KUBERNETES_GET_NODE_POOL =
      Operation.of(
          "kubernetes_get_nodePool",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}",
          "kubernetes:read");
  public static final Operation KUBERNETES_ADD_NODE_POOL =
      Operation.of(
          "kubernetes_add_nodePool",
          HttpMethod.POST,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools",
          "kubernetes:update");
  public static final Operation KUBERNETES_UPDATE_NODE_POOL =
      Operation.of(
          "kubernetes_update_nodePool",
          HttpMethod.PUT,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}",
          "kubernetes:update");
  public static final Operation KUBERNETES_DELETE_NODE_POOL =
      Operation.of(
          "kubernetes_delete_nodePool",
          HttpMethod.DELETE,
          "/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}",
          "kubernetes:update");
  public static final Operation KUBERNETES_GET_CREDENTIALS =
      Operation.of(
          "kubernetes_get_credentials",
          HttpMethod.GET,
          "/v2/kubernetes/clusters/{cluster_id}/credentials",
          "kubernetes:access_cluster");
  public static final Operation KUBERNETES_ADD_REGISTRY =
      Operation.of(
          "kubernetes_add_registry",
          HttpMethod.POST,
          "/v2/kubernetes/registry",
          "kubernetes:create",
          "kubernetes:update");
  public static final Operation KUBERNETES_REMOVE_REGISTRY =
      Operation.of(
          "kubernetes_remove_registry",
          HttpMethod.DELETE,
          "/v2/kubernetes/registry",
          "kubernetes:update");
  // Copies of NetworkingOperations: domains, projects and reserved IPs.
  public static final Operation DOMAINS_LIST =
      Operation.of("domains_list", HttpMethod.GET, "/v2/domains", "domain:read");

  public static final Operation DOMAINS_CREATE =
      Operation.of("domains_create", HttpMethod.POST, "/v2/domains", "domain:create");

  public static final Operation DOMAINS_DELETE =
      Operation.of(
          "domains_delete", HttpMethod.DELETE, "/v2/domains/{domain_name}", "domain:delete");

  public static final Operation DOMAINS_GET =
      Operation.of("domains_get", HttpMethod.GET, "/v2/domains/{domain_name}", "domain:read");

  public static final Operation DOMAINS_LIST_RECORDS =
      Operation.of(
          "domains_list_records",
          HttpMethod.GET,
          "/v2/domains/{domain_name}/records",
          "domain:read");

  public static final Operation DOMAINS_CREATE_RECORD =
      Operation.of(
          "domains_create_record",
          HttpMethod.POST,
          "/v2/domains/{domain_name}/records",
          "domain:update");

  public static final Operation DOMAINS_DELETE_RECORD =
      Operation.of(
          "domains_delete_record",
          HttpMethod.DELETE,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:update");

  public static final Operation DOMAINS_GET_RECORD =
      Operation.of(
          "domains_get_record",
          HttpMethod.GET,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:read");

  public static final Operation DOMAINS_UPDATE_RECORD =
      Operation.of(
          "domains_update_record",
          HttpMethod.PUT,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:update");

  public static final Operation PROJECTS_LIST =
      Operation.of("projects_list", HttpMethod.GET, "/v2/projects", "project:read");

  public static final Operation PROJECTS_CREATE =
      Operation.of("projects_create", HttpMethod.POST, "/v2/projects", "project:create");

  public static final Operation PROJECTS_DELETE =
      Operation.of(
          "projects_delete", HttpMethod.DELETE, "/v2/projects/{project_id}", "project:delete");

  public static final Operation PROJECTS_GET =
      Operation.of("projects_get", HttpMethod.GET, "/v2/projects/{project_id}", "project:read");

  public static final Operation PROJECTS_UPDATE =
      Operation.of(
          "projects_update", HttpMethod.PUT, "/v2/projects/{project_id}", "project:update");

  public static final Operation PROJECTS_LIST_RESOURCES =
      Operation.of(
          "projects_list_resources",
          HttpMethod.GET,
          "/v2/projects/{project_id}/resources",
          "project:read");

  public static final Operation PROJECTS_ASSIGN_RESOURCES =
      Operation.of(
          "projects_assign_resources",
          HttpMethod.POST,
          "/v2/projects/{project_id}/resources",
          "project:assign_resource");

  public static final Operation RESERVED_IPS_LIST =
      Operation.of("reservedIPs_list", HttpMethod.GET, "/v2/reserved_ips", "reserved_ip:read");

  public static final Operation RESERVED_IPS_CREATE =
      Operation.of("reservedIPs_create", HttpMethod.POST, "/v2/reserved_ips", "reserved_ip:create");

  public static final Operation RESERVED_IPS_DELETE =
      Operation.of(
          "reservedIPs_delete",
          HttpMethod.DELETE,
          "/v2/reserved_ips/{reserved_ip}",
          "reserved_ip:delete");

  public static final Operation RESERVED_IPS_GET =
      Operation.of(
          "reservedIPs_get", HttpMethod.GET, "/v2/reserved_ips/{reserved_ip}", "reserved_ip:read");

  public static final Operation RESERVED_IPS_ACTIONS_POST =
      Operation.of(
          "reservedIPsActions_post",
          HttpMethod.POST,
          "/v2/reserved_ips/{reserved_ip}/actions",
          "reserved_ip:update");

  public static final Operation RESERVED_IPS_ACTIONS_GET =
      Operation.of(
          "reservedIPsActions_get",
          HttpMethod.GET,
          "/v2/reserved_ips/{reserved_ip}/actions/{action_id}",
          "reserved_ip:read");
}
