package dev.seawall.cli;

import dev.seawall.core.policy.ConstantsCatalog;

/** Registers {@link CliOperations} with core's catalog (the command has no rules of its own). */
public final class CliCatalog extends ConstantsCatalog {
  /** Called by {@link java.util.ServiceLoader}. */
  public CliCatalog() {
    super("cli", CliOperations.class, NoRules.class);
  }

  /** The command declares no rules. */
  private static final class NoRules {}
}
