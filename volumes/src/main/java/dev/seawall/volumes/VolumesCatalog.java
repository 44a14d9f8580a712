package dev.seawall.volumes;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the volumes module's catalog ({@link VolumesOperations}, {@link VolumesRules}) with
 * core, through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class VolumesCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public VolumesCatalog() {
    super("volumes", VolumesOperations.class, VolumesRules.class);
  }
}
