package dev.seawall.cli;

import dev.seawall.core.audit.Audit;
import java.util.Map;

/** The audit options the command takes from the environment (the Spaces keys). */
final class AuditOptions {
  private AuditOptions() {}

  static Audit.Builder apply(Audit.Builder audit, Map<String, String> environment) {
    return audit;
  }
}
