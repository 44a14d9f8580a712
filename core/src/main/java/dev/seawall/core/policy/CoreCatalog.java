package dev.seawall.core.policy;

import dev.seawall.core.CoreOperations;

/**
 * Core's own part of the catalog: {@link CoreOperations} (account, actions) and {@link CoreRules}
 * (SW-INPUT-001, SW-TOK-001), registered like every module's.
 */
public final class CoreCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public CoreCatalog() {
    super("core", CoreOperations.class, CoreRules.class);
  }
}
