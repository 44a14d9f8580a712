package dev.seawall.volumes;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the volumes module (block-storage volumes, their actions and
 * snapshots), with the token scopes the official OpenAPI specification lists for each. Every
 * service call of this module goes through one of them. {@link VolumesCatalog} registers them in
 * the {@link dev.seawall.core.policy.Catalog}; a contract test checks each against the
 * specification.
 */
public final class VolumesOperations {
  private VolumesOperations() {}

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

  /**
   * {@code GET /v2/droplets/{droplet_id}} (droplets_get); scopes: droplet:read. The same operation
   * as the compute module's, declared here because volumes does not depend on compute (attaching
   * checks the droplet's region).
   */
  public static final Operation DROPLETS_GET =
      Operation.of("droplets_get", HttpMethod.GET, "/v2/droplets/{droplet_id}", "droplet:read");

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
}
