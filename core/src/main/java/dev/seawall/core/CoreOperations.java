package dev.seawall.core;

/**
 * The DigitalOcean API operations core itself calls (the account and actions), with the token
 * scopes the official OpenAPI specification lists for them. Each module declares its own operations
 * in a class like this one ({@code NetworkingOperations}, {@code ComputeOperations}, ...) and
 * registers them through a {@link dev.seawall.core.policy.CatalogProvider}; {@link
 * dev.seawall.core.policy.Catalog#installed()} assembles them all.
 *
 * <p>Reference: <a href="https://docs.digitalocean.com/reference/api/digitalocean/">DigitalOcean
 * API</a>.
 */
public final class CoreOperations {
  private CoreOperations() {}

  /** {@code GET /v2/account} (account_get); scopes: account:read. */
  public static final Operation ACCOUNT_GET =
      Operation.of("account_get", HttpMethod.GET, "/v2/account", "account:read");

  /** {@code GET /v2/actions/{action_id}} (actions_get); scopes: actions:read. */
  public static final Operation ACTIONS_GET =
      Operation.of("actions_get", HttpMethod.GET, "/v2/actions/{action_id}", "actions:read");

  /** {@code GET /v2/actions} (actions_list); scopes: actions:read. */
  public static final Operation ACTIONS_LIST =
      Operation.of("actions_list", HttpMethod.GET, "/v2/actions", "actions:read");
}
