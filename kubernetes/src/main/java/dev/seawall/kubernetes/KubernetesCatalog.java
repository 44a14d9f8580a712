package dev.seawall.kubernetes;

import dev.seawall.core.policy.ConstantsCatalog;

/**
 * Registers the kubernetes module's catalog ({@link KubernetesOperations}, {@link KubernetesRules})
 * with core, through {@code META-INF/services/dev.seawall.core.policy.CatalogProvider}.
 */
public final class KubernetesCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public KubernetesCatalog() {
    super("kubernetes", KubernetesOperations.class, KubernetesRules.class);
  }
}
