package dev.seawall.testkit.fakes;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.ConstantsCatalog;
import java.util.List;

/**
 * DigitalOcean API operations the fakes of this package serve for third-party clients (doctl,
 * dots-wrapper, Terraform, ...) although no Seawall module calls them, so they are declared here
 * only, unlike the copies in {@link FakeOperations}. Their method, path and token scopes are
 * checked against the official specification like every other catalog ({@code
 * OperationScopesTest}).
 */
public final class ClientOperations {
  private ClientOperations() {}

  /** Every operation declared here. */
  public static List<Operation> all() {
    return ConstantsCatalog.constants(ClientOperations.class, Operation.class);
  }

  /** {@code GET /v2/regions} (regions_list); scopes: regions:read. */
  public static final Operation REGIONS_LIST =
      Operation.of("regions_list", HttpMethod.GET, "/v2/regions", "regions:read");

  /** {@code GET /v2/sizes} (sizes_list); scopes: sizes:read, regions:read. */
  public static final Operation SIZES_LIST =
      Operation.of("sizes_list", HttpMethod.GET, "/v2/sizes", "sizes:read", "regions:read");

  /** {@code GET /v2/droplets/{droplet_id}/actions} (dropletActions_list); scopes: droplet:read. */
  public static final Operation DROPLET_ACTIONS_LIST =
      Operation.of(
          "dropletActions_list",
          HttpMethod.GET,
          "/v2/droplets/{droplet_id}/actions",
          "droplet:read");

  /** {@code DELETE /v2/droplets?tag_name=} (droplets_destroy_byTag); scopes: droplet:delete. */
  public static final Operation DROPLETS_DESTROY_BY_TAG =
      Operation.of("droplets_destroy_byTag", HttpMethod.DELETE, "/v2/droplets", "droplet:delete");

  /**
   * {@code POST /v2/volumes/actions} (volumeActions_post, by volume name); scopes:
   * block_storage_action:create, api:write.
   */
  public static final Operation VOLUME_ACTIONS_POST =
      Operation.of(
          "volumeActions_post",
          HttpMethod.POST,
          "/v2/volumes/actions",
          "block_storage_action:create",
          "api:write");

  /**
   * {@code DELETE /v2/volumes?name=&region=} (volumes_delete_byName); scopes: block_storage:delete,
   * api:write.
   */
  public static final Operation VOLUMES_DELETE_BY_NAME =
      Operation.of(
          "volumes_delete_byName",
          HttpMethod.DELETE,
          "/v2/volumes",
          "block_storage:delete",
          "api:write");

  /**
   * {@code POST /v2/firewalls/{firewall_id}/rules} (firewalls_add_rules); scopes: firewall:update.
   */
  public static final Operation FIREWALLS_ADD_RULES =
      Operation.of(
          "firewalls_add_rules",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/rules",
          "firewall:update");

  /**
   * {@code DELETE /v2/firewalls/{firewall_id}/rules} (firewalls_delete_rules); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_DELETE_RULES =
      Operation.of(
          "firewalls_delete_rules",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/rules",
          "firewall:update");

  /**
   * {@code POST /v2/droplets/{droplet_id}/actions} (dropletActions_post); scopes: droplet:update.
   */
  public static final Operation DROPLET_ACTIONS_POST =
      Operation.of(
          "dropletActions_post",
          HttpMethod.POST,
          "/v2/droplets/{droplet_id}/actions",
          "droplet:update");

  /**
   * {@code GET /v2/droplets/{droplet_id}/snapshots} (droplets_list_snapshots); scopes:
   * droplet:read.
   */
  public static final Operation DROPLETS_LIST_SNAPSHOTS =
      Operation.of(
          "droplets_list_snapshots",
          HttpMethod.GET,
          "/v2/droplets/{droplet_id}/snapshots",
          "droplet:read");

  /** {@code GET /v2/images} (images_list); scopes: image:read. */
  public static final Operation IMAGES_LIST =
      Operation.of("images_list", HttpMethod.GET, "/v2/images", "image:read");

  /** {@code GET /v2/images/{image_id}} (images_get); scopes: image:read. */
  public static final Operation IMAGES_GET =
      Operation.of("images_get", HttpMethod.GET, "/v2/images/{image_id}", "image:read");
}
