package dev.seawall.apps;

import dev.seawall.apps.app.AppService;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the apps module: the services of one {@link DigitalOcean} client.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   App app = Apps.apps(client).apply(spec).resource();
 * }
 * }</pre>
 *
 * <p>Services of the same client share what they know of the secrets they sent (digests, never
 * values), so a re-apply in the same process sees a changed secret.
 */
public final class Apps {
  private Apps() {}

  /** The app service of a client. */
  public static AppService apps(DigitalOcean client) {
    return new AppService(client);
  }

  /**
   * Every API operation the apps module may call, for {@code Scopes.required(...)}: {@code
   * app:read}, {@code app:create}, {@code app:update}, {@code app:delete}, and {@code
   * database:read}, {@code database:update} for the trusted sources of bound clusters.
   */
  public static List<Operation> operations() {
    Set<Operation> all = new LinkedHashSet<>(AppService.operations());
    all.add(AppsOperations.DATABASES_LIST_FIREWALL_RULES);
    all.add(AppsOperations.DATABASES_UPDATE_FIREWALL_RULES);
    return List.copyOf(all);
  }
}
