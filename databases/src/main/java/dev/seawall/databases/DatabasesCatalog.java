package dev.seawall.databases;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the databases module's catalog ({@link DatabasesOperations}, {@link DatabasesRules})
 * with core, through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class DatabasesCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public DatabasesCatalog() {
    super("databases", DatabasesOperations.class, DatabasesRules.class);
  }
}
