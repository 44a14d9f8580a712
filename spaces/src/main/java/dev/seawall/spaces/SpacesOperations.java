package dev.seawall.spaces;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the spaces module (Spaces access keys), with the token scopes
 * the official OpenAPI specification lists for each. Every service call of this module goes through
 * one of them. {@link SpacesCatalog} registers them in the {@link dev.seawall.core.policy.Catalog};
 * a contract test checks each against the specification.
 */
public final class SpacesOperations {
  private SpacesOperations() {}

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
}
