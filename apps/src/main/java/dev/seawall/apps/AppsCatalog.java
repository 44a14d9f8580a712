package dev.seawall.apps;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the apps module's catalog ({@link AppsOperations}, {@link AppsRules}) with core,
 * through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class AppsCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public AppsCatalog() {
    super("apps", AppsOperations.class, AppsRules.class);
  }
}
