package dev.seawall.cli;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations the command accounts for that no Seawall module calls itself
 * (Terraform's DigitalOcean provider does), with the token scopes the official specification lists.
 * {@link CliCatalog} registers them; {@code CliCatalogTest} checks them against the specification.
 */
public final class CliOperations {
  private CliOperations() {}

  /**
   * {@code POST /v2/droplets/{droplet_id}/actions} (dropletActions_post: resize, rename, power,
   * backups); scopes: droplet:update.
   */
  public static final Operation DROPLET_ACTIONS_POST =
      Operation.of(
          "dropletActions_post",
          HttpMethod.POST,
          "/v2/droplets/{droplet_id}/actions",
          "droplet:update");
}
