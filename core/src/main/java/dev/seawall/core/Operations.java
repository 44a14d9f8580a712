package dev.seawall.core;

import java.util.List;

/**
 * The catalog of every DigitalOcean API operation Seawall calls, with the token scopes the official
 * OpenAPI specification lists for it. A contract test checks each entry against the specification.
 *
 * <p>Reference: <a href="https://docs.digitalocean.com/reference/api/digitalocean/">DigitalOcean
 * API</a>.
 */
public final class Operations {
  private Operations() {}

  /** {@code GET /v2/account} (account_get); scopes: account:read. */
  public static final Operation ACCOUNT_GET =
      Operation.of("account_get", HttpMethod.GET, "/v2/account", "account:read");

  /** {@code GET /v2/actions/{action_id}} (actions_get); scopes: actions:read. */
  public static final Operation ACTIONS_GET =
      Operation.of("actions_get", HttpMethod.GET, "/v2/actions/{action_id}", "actions:read");

  /** {@code GET /v2/actions} (actions_list); scopes: actions:read. */
  public static final Operation ACTIONS_LIST =
      Operation.of("actions_list", HttpMethod.GET, "/v2/actions", "actions:read");

  /** {@code GET /v2/account/keys} (sshKeys_list); scopes: ssh_key:read. */
  public static final Operation SSH_KEYS_LIST =
      Operation.of("sshKeys_list", HttpMethod.GET, "/v2/account/keys", "ssh_key:read");

  /** {@code POST /v2/account/keys} (sshKeys_create); scopes: ssh_key:create. */
  public static final Operation SSH_KEYS_CREATE =
      Operation.of("sshKeys_create", HttpMethod.POST, "/v2/account/keys", "ssh_key:create");

  /** {@code GET /v2/account/keys/{ssh_key_identifier}} (sshKeys_get); scopes: ssh_key:read. */
  public static final Operation SSH_KEYS_GET =
      Operation.of(
          "sshKeys_get", HttpMethod.GET, "/v2/account/keys/{ssh_key_identifier}", "ssh_key:read");

  /**
   * {@code DELETE /v2/account/keys/{ssh_key_identifier}} (sshKeys_delete); scopes: ssh_key:delete.
   */
  public static final Operation SSH_KEYS_DELETE =
      Operation.of(
          "sshKeys_delete",
          HttpMethod.DELETE,
          "/v2/account/keys/{ssh_key_identifier}",
          "ssh_key:delete");

  /** {@code POST /v2/droplets} (droplets_create); scopes: droplet:create. */
  public static final Operation DROPLETS_CREATE =
      Operation.of("droplets_create", HttpMethod.POST, "/v2/droplets", "droplet:create");

  /** {@code GET /v2/droplets/{droplet_id}} (droplets_get); scopes: droplet:read. */
  public static final Operation DROPLETS_GET =
      Operation.of("droplets_get", HttpMethod.GET, "/v2/droplets/{droplet_id}", "droplet:read");

  /** {@code GET /v2/droplets} (droplets_list); scopes: droplet:read. */
  public static final Operation DROPLETS_LIST =
      Operation.of("droplets_list", HttpMethod.GET, "/v2/droplets", "droplet:read");

  /** {@code DELETE /v2/droplets/{droplet_id}} (droplets_destroy); scopes: droplet:delete. */
  public static final Operation DROPLETS_DESTROY =
      Operation.of(
          "droplets_destroy", HttpMethod.DELETE, "/v2/droplets/{droplet_id}", "droplet:delete");

  /**
   * {@code GET /v2/droplets/{droplet_id}/actions/{action_id}} (dropletActions_get); scopes:
   * droplet:read.
   */
  public static final Operation DROPLET_ACTIONS_GET =
      Operation.of(
          "dropletActions_get",
          HttpMethod.GET,
          "/v2/droplets/{droplet_id}/actions/{action_id}",
          "droplet:read");

  /** {@code GET /v2/firewalls} (firewalls_list); scopes: firewall:read. */
  public static final Operation FIREWALLS_LIST =
      Operation.of("firewalls_list", HttpMethod.GET, "/v2/firewalls", "firewall:read");

  /** {@code POST /v2/firewalls} (firewalls_create); scopes: firewall:create. */
  public static final Operation FIREWALLS_CREATE =
      Operation.of("firewalls_create", HttpMethod.POST, "/v2/firewalls", "firewall:create");

  /** {@code GET /v2/firewalls/{firewall_id}} (firewalls_get); scopes: firewall:read. */
  public static final Operation FIREWALLS_GET =
      Operation.of("firewalls_get", HttpMethod.GET, "/v2/firewalls/{firewall_id}", "firewall:read");

  /** {@code PUT /v2/firewalls/{firewall_id}} (firewalls_update); scopes: firewall:update. */
  public static final Operation FIREWALLS_UPDATE =
      Operation.of(
          "firewalls_update", HttpMethod.PUT, "/v2/firewalls/{firewall_id}", "firewall:update");

  /** {@code DELETE /v2/firewalls/{firewall_id}} (firewalls_delete); scopes: firewall:delete. */
  public static final Operation FIREWALLS_DELETE =
      Operation.of(
          "firewalls_delete", HttpMethod.DELETE, "/v2/firewalls/{firewall_id}", "firewall:delete");

  /**
   * {@code POST /v2/firewalls/{firewall_id}/droplets} (firewalls_assign_droplets); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_ASSIGN_DROPLETS =
      Operation.of(
          "firewalls_assign_droplets",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");

  /**
   * {@code DELETE /v2/firewalls/{firewall_id}/droplets} (firewalls_delete_droplets); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_DELETE_DROPLETS =
      Operation.of(
          "firewalls_delete_droplets",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");

  /**
   * {@code POST /v2/firewalls/{firewall_id}/tags} (firewalls_add_tags); scopes: firewall:update.
   */
  public static final Operation FIREWALLS_ADD_TAGS =
      Operation.of(
          "firewalls_add_tags",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/tags",
          "firewall:update");

  /**
   * {@code DELETE /v2/firewalls/{firewall_id}/tags} (firewalls_delete_tags); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_DELETE_TAGS =
      Operation.of(
          "firewalls_delete_tags",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/tags",
          "firewall:update");

  /** {@code GET /v2/vpcs} (vpcs_list); scopes: vpc:read. */
  public static final Operation VPCS_LIST =
      Operation.of("vpcs_list", HttpMethod.GET, "/v2/vpcs", "vpc:read");

  /** {@code POST /v2/vpcs} (vpcs_create); scopes: vpc:create. */
  public static final Operation VPCS_CREATE =
      Operation.of("vpcs_create", HttpMethod.POST, "/v2/vpcs", "vpc:create");

  /** {@code GET /v2/vpcs/{vpc_id}} (vpcs_get); scopes: vpc:read. */
  public static final Operation VPCS_GET =
      Operation.of("vpcs_get", HttpMethod.GET, "/v2/vpcs/{vpc_id}", "vpc:read");

  /** {@code PUT /v2/vpcs/{vpc_id}} (vpcs_update); scopes: vpc:update. */
  public static final Operation VPCS_UPDATE =
      Operation.of("vpcs_update", HttpMethod.PUT, "/v2/vpcs/{vpc_id}", "vpc:update");

  /** {@code PATCH /v2/vpcs/{vpc_id}} (vpcs_patch); scopes: vpc:update. */
  public static final Operation VPCS_PATCH =
      Operation.of("vpcs_patch", HttpMethod.PATCH, "/v2/vpcs/{vpc_id}", "vpc:update");

  /** {@code DELETE /v2/vpcs/{vpc_id}} (vpcs_delete); scopes: vpc:delete. */
  public static final Operation VPCS_DELETE =
      Operation.of("vpcs_delete", HttpMethod.DELETE, "/v2/vpcs/{vpc_id}", "vpc:delete");

  /** {@code GET /v2/vpcs/{vpc_id}/members} (vpcs_list_members); scopes: vpc:read. */
  public static final Operation VPCS_LIST_MEMBERS =
      Operation.of("vpcs_list_members", HttpMethod.GET, "/v2/vpcs/{vpc_id}/members", "vpc:read");

  /** {@code GET /v2/load_balancers} (loadBalancers_list); scopes: load_balancer:read. */
  public static final Operation LOAD_BALANCERS_LIST =
      Operation.of(
          "loadBalancers_list", HttpMethod.GET, "/v2/load_balancers", "load_balancer:read");

  /** {@code POST /v2/load_balancers} (loadBalancers_create); scopes: load_balancer:create. */
  public static final Operation LOAD_BALANCERS_CREATE =
      Operation.of(
          "loadBalancers_create", HttpMethod.POST, "/v2/load_balancers", "load_balancer:create");

  /** {@code GET /v2/load_balancers/{lb_id}} (loadBalancers_get); scopes: load_balancer:read. */
  public static final Operation LOAD_BALANCERS_GET =
      Operation.of(
          "loadBalancers_get", HttpMethod.GET, "/v2/load_balancers/{lb_id}", "load_balancer:read");

  /**
   * {@code PUT /v2/load_balancers/{lb_id}} (loadBalancers_update); scopes: load_balancer:update.
   */
  public static final Operation LOAD_BALANCERS_UPDATE =
      Operation.of(
          "loadBalancers_update",
          HttpMethod.PUT,
          "/v2/load_balancers/{lb_id}",
          "load_balancer:update");

  /**
   * {@code DELETE /v2/load_balancers/{lb_id}} (loadBalancers_delete); scopes: load_balancer:delete.
   */
  public static final Operation LOAD_BALANCERS_DELETE =
      Operation.of(
          "loadBalancers_delete",
          HttpMethod.DELETE,
          "/v2/load_balancers/{lb_id}",
          "load_balancer:delete");

  /** {@code GET /v2/certificates} (certificates_list); scopes: certificate:read. */
  public static final Operation CERTIFICATES_LIST =
      Operation.of("certificates_list", HttpMethod.GET, "/v2/certificates", "certificate:read");

  /** {@code POST /v2/certificates} (certificates_create); scopes: certificate:create. */
  public static final Operation CERTIFICATES_CREATE =
      Operation.of(
          "certificates_create", HttpMethod.POST, "/v2/certificates", "certificate:create");

  /** {@code GET /v2/certificates/{certificate_id}} (certificates_get); scopes: certificate:read. */
  public static final Operation CERTIFICATES_GET =
      Operation.of(
          "certificates_get",
          HttpMethod.GET,
          "/v2/certificates/{certificate_id}",
          "certificate:read");

  /**
   * {@code DELETE /v2/certificates/{certificate_id}} (certificates_delete); scopes:
   * certificate:delete.
   */
  public static final Operation CERTIFICATES_DELETE =
      Operation.of(
          "certificates_delete",
          HttpMethod.DELETE,
          "/v2/certificates/{certificate_id}",
          "certificate:delete");

  /** {@code GET /v2/volumes} (volumes_list); scopes: api:read, api:write, block_storage:read. */
  public static final Operation VOLUMES_LIST =
      Operation.of(
          "volumes_list",
          HttpMethod.GET,
          "/v2/volumes",
          "api:read",
          "api:write",
          "block_storage:read");

  /** {@code POST /v2/volumes} (volumes_create); scopes: api:write, block_storage:create. */
  public static final Operation VOLUMES_CREATE =
      Operation.of(
          "volumes_create", HttpMethod.POST, "/v2/volumes", "api:write", "block_storage:create");

  /** {@code GET /v2/volumes/{volume_id}} (volumes_get); scopes: block_storage:read. */
  public static final Operation VOLUMES_GET =
      Operation.of("volumes_get", HttpMethod.GET, "/v2/volumes/{volume_id}", "block_storage:read");

  /** {@code DELETE /v2/volumes/{volume_id}} (volumes_delete); scopes: block_storage:delete. */
  public static final Operation VOLUMES_DELETE =
      Operation.of(
          "volumes_delete", HttpMethod.DELETE, "/v2/volumes/{volume_id}", "block_storage:delete");

  /**
   * {@code POST /v2/volumes/{volume_id}/actions} (volumeActions_post_byId); scopes:
   * block_storage_action:create.
   */
  public static final Operation VOLUME_ACTIONS_POST_BY_ID =
      Operation.of(
          "volumeActions_post_byId",
          HttpMethod.POST,
          "/v2/volumes/{volume_id}/actions",
          "block_storage_action:create");

  /**
   * {@code GET /v2/volumes/{volume_id}/actions/{action_id}} (volumeActions_get); scopes:
   * block_storage_action:read.
   */
  public static final Operation VOLUME_ACTIONS_GET =
      Operation.of(
          "volumeActions_get",
          HttpMethod.GET,
          "/v2/volumes/{volume_id}/actions/{action_id}",
          "block_storage_action:read");

  /**
   * {@code GET /v2/volumes/{volume_id}/actions} (volumeActions_list); scopes:
   * block_storage_action:read.
   */
  public static final Operation VOLUME_ACTIONS_LIST =
      Operation.of(
          "volumeActions_list",
          HttpMethod.GET,
          "/v2/volumes/{volume_id}/actions",
          "block_storage_action:read");

  /**
   * {@code POST /v2/volumes/{volume_id}/snapshots} (volumeSnapshots_create); scopes:
   * block_storage_snapshot:create.
   */
  public static final Operation VOLUME_SNAPSHOTS_CREATE =
      Operation.of(
          "volumeSnapshots_create",
          HttpMethod.POST,
          "/v2/volumes/{volume_id}/snapshots",
          "block_storage_snapshot:create");

  /**
   * {@code GET /v2/volumes/{volume_id}/snapshots} (volumeSnapshots_list); scopes:
   * block_storage_snapshot:read.
   */
  public static final Operation VOLUME_SNAPSHOTS_LIST =
      Operation.of(
          "volumeSnapshots_list",
          HttpMethod.GET,
          "/v2/volumes/{volume_id}/snapshots",
          "block_storage_snapshot:read");

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

  /** {@code GET /v2/spaces/keys} (spacesKey_list); scopes: spaces_key:read. */
  public static final Operation SPACES_KEY_LIST =
      Operation.of("spacesKey_list", HttpMethod.GET, "/v2/spaces/keys", "spaces_key:read");

  /** {@code POST /v2/spaces/keys} (spacesKey_create); scopes: spaces_key:create_credentials. */
  public static final Operation SPACES_KEY_CREATE =
      Operation.of(
          "spacesKey_create", HttpMethod.POST, "/v2/spaces/keys", "spaces_key:create_credentials");

  /** {@code GET /v2/spaces/keys/{access_key}} (spacesKey_get); scopes: spaces_key:read. */
  public static final Operation SPACES_KEY_GET =
      Operation.of(
          "spacesKey_get", HttpMethod.GET, "/v2/spaces/keys/{access_key}", "spaces_key:read");

  /** {@code PUT /v2/spaces/keys/{access_key}} (spacesKey_update); scopes: spaces_key:update. */
  public static final Operation SPACES_KEY_UPDATE =
      Operation.of(
          "spacesKey_update", HttpMethod.PUT, "/v2/spaces/keys/{access_key}", "spaces_key:update");

  /** {@code DELETE /v2/spaces/keys/{access_key}} (spacesKey_delete); scopes: spaces_key:delete. */
  public static final Operation SPACES_KEY_DELETE =
      Operation.of(
          "spacesKey_delete",
          HttpMethod.DELETE,
          "/v2/spaces/keys/{access_key}",
          "spaces_key:delete");

  /** {@code POST /v2/tags} (tags_create); scopes: tag:create. */
  public static final Operation TAGS_CREATE =
      Operation.of("tags_create", HttpMethod.POST, "/v2/tags", "tag:create");

  /** {@code GET /v2/tags/{tag_id}} (tags_get); scopes: tag:read. */
  public static final Operation TAGS_GET =
      Operation.of("tags_get", HttpMethod.GET, "/v2/tags/{tag_id}", "tag:read");

  private static final List<Operation> ALL =
      List.of(
          ACCOUNT_GET,
          ACTIONS_GET,
          ACTIONS_LIST,
          SSH_KEYS_LIST,
          SSH_KEYS_CREATE,
          SSH_KEYS_GET,
          SSH_KEYS_DELETE,
          DROPLETS_CREATE,
          DROPLETS_GET,
          DROPLETS_LIST,
          DROPLETS_DESTROY,
          DROPLET_ACTIONS_GET,
          FIREWALLS_LIST,
          FIREWALLS_CREATE,
          FIREWALLS_GET,
          FIREWALLS_UPDATE,
          FIREWALLS_DELETE,
          FIREWALLS_ASSIGN_DROPLETS,
          FIREWALLS_DELETE_DROPLETS,
          FIREWALLS_ADD_TAGS,
          FIREWALLS_DELETE_TAGS,
          VPCS_LIST,
          VPCS_CREATE,
          VPCS_GET,
          VPCS_UPDATE,
          VPCS_PATCH,
          VPCS_DELETE,
          VPCS_LIST_MEMBERS,
          LOAD_BALANCERS_LIST,
          LOAD_BALANCERS_CREATE,
          LOAD_BALANCERS_GET,
          LOAD_BALANCERS_UPDATE,
          LOAD_BALANCERS_DELETE,
          CERTIFICATES_LIST,
          CERTIFICATES_CREATE,
          CERTIFICATES_GET,
          CERTIFICATES_DELETE,
          VOLUMES_LIST,
          VOLUMES_CREATE,
          VOLUMES_GET,
          VOLUMES_DELETE,
          VOLUME_ACTIONS_POST_BY_ID,
          VOLUME_ACTIONS_GET,
          VOLUME_ACTIONS_LIST,
          VOLUME_SNAPSHOTS_CREATE,
          VOLUME_SNAPSHOTS_LIST,
          DATABASES_LIST_CLUSTERS,
          DATABASES_CREATE_CLUSTER,
          DATABASES_GET_CLUSTER,
          DATABASES_DESTROY_CLUSTER,
          DATABASES_GET_CA,
          DATABASES_LIST_FIREWALL_RULES,
          DATABASES_UPDATE_FIREWALL_RULES,
          DATABASES_LIST_USERS,
          DATABASES_ADD_USER,
          DATABASES_GET_USER,
          DATABASES_DELETE_USER,
          DATABASES_RESET_AUTH,
          DATABASES_UPDATE_MAINTENANCE_WINDOW,
          DATABASES_UPDATE_CLUSTER_SIZE,
          DATABASES_UPDATE_MAJOR_VERSION,
          DATABASES_UPDATE_USER,
          SPACES_KEY_LIST,
          SPACES_KEY_CREATE,
          SPACES_KEY_GET,
          SPACES_KEY_UPDATE,
          SPACES_KEY_DELETE,
          TAGS_CREATE,
          TAGS_GET);

  /** Every operation in the catalog, in declaration order. */
  public static List<Operation> all() {
    return ALL;
  }
}
