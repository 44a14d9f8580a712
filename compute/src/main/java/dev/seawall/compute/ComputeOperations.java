package dev.seawall.compute;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the compute module (droplets and SSH keys), with the token
 * scopes the official OpenAPI specification lists for each. Every service call of this module goes
 * through one of them. {@link ComputeCatalog} registers them in the {@link
 * dev.seawall.core.policy.Catalog}; a contract test checks each against the specification.
 */
public final class ComputeOperations {
  private ComputeOperations() {}

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

  /** {@code PUT /v2/account/keys/{ssh_key_identifier}} (sshKeys_update); scopes: ssh_key:update. */
  public static final Operation SSH_KEYS_UPDATE =
      Operation.of(
          "sshKeys_update",
          HttpMethod.PUT,
          "/v2/account/keys/{ssh_key_identifier}",
          "ssh_key:update");

  /** {@code POST /v2/tags} (tags_create); scopes: tag:create. */
  public static final Operation TAGS_CREATE =
      Operation.of("tags_create", HttpMethod.POST, "/v2/tags", "tag:create");

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

  /** {@code DELETE /v2/tags/{tag_id}} (tags_delete); scopes: tag:delete. */
  public static final Operation TAGS_DELETE =
      Operation.of("tags_delete", HttpMethod.DELETE, "/v2/tags/{tag_id}", "tag:delete");
}
