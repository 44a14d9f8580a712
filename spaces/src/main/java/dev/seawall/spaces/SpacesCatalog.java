package dev.seawall.spaces;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the spaces module's catalog ({@link SpacesOperations}, {@link SpacesRules}) with core,
 * through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class SpacesCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public SpacesCatalog() {
    super("spaces", SpacesOperations.class, SpacesRules.class);
  }
}
