package dev.seawall.compute;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the compute module's catalog ({@link ComputeOperations}, {@link ComputeRules}) with
 * core, through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class ComputeCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public ComputeCatalog() {
    super("compute", ComputeOperations.class, ComputeRules.class);
  }
}
