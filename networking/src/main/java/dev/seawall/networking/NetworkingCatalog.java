package dev.seawall.networking;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the networking module's catalog ({@link NetworkingOperations}, {@link NetworkingRules})
 * with core, through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class NetworkingCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public NetworkingCatalog() {
    super("networking", NetworkingOperations.class, NetworkingRules.class);
  }
}
