package dev.seawall.apps;

import dev.seawall.apps.app.AppService;
import dev.seawall.apps.functions.FunctionNamespaceService;
import dev.seawall.apps.functions.FunctionTriggerService;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the apps module: the App Platform and Functions services of one {@link
 * DigitalOcean} client.
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
   * The Functions namespace service of a client: namespaces by label, idempotent create and delete.
   */
  public static FunctionNamespaceService functionNamespaces(DigitalOcean client) {
    return new FunctionNamespaceService(client);
  }

  /**
   * The service of the scheduled triggers of one Functions namespace.
   *
   * @param namespaceId the namespace id, {@code fn-...} ({@code FunctionNamespace.id()})
   */
  public static FunctionTriggerService functionTriggers(DigitalOcean client, String namespaceId) {
    return new FunctionTriggerService(client, namespaceId);
  }

  /**
   * Every API operation the apps module may call, for {@code Scopes.required(...)}: {@code
   * app:read}, {@code app:create}, {@code app:update}, {@code app:delete}, and {@code
   * database:read}, {@code database:update} for the trusted sources of bound clusters, and the
   * Functions operations ({@code function:read}, {@code function:create}, {@code function:update},
   * {@code function:delete}; {@code function:admin} only for {@code functions_get_namespace}).
   */
  public static List<Operation> operations() {
    Set<Operation> all = new LinkedHashSet<>(AppService.operations());
    all.add(AppsOperations.DATABASES_LIST_FIREWALL_RULES);
    all.add(AppsOperations.DATABASES_UPDATE_FIREWALL_RULES);
    all.addAll(FunctionNamespaceService.operations());
    all.addAll(FunctionTriggerService.operations());
    return List.copyOf(all);
  }
}
