package dev.seawall.core.audit;

import dev.seawall.core.policy.PolicyReport;
import java.util.Map;
import java.util.SortedSet;

/**
 * The outcome of {@link Audit#run()}.
 *
 * @param report the findings, each located at {@code digitalocean://<kind>/<id>}, with remediations
 *     for existing resources
 * @param resources how many resources of each kind were audited (kinds with none are absent)
 * @param skipped kinds that could not be audited, with the reason (e.g. buckets without Spaces
 *     keys)
 * @param readScopes the token scopes the audit needed (read scopes only)
 */
public record AuditResult(
    PolicyReport report,
    Map<String, Long> resources,
    Map<String, String> skipped,
    SortedSet<String> readScopes) {
  /** Copies the components. */
  public AuditResult {
    resources = Map.copyOf(resources);
    skipped = Map.copyOf(skipped);
    readScopes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(readScopes));
  }

  /** How many resources were audited in all. */
  public long resourceCount() {
    return resources.values().stream().mapToLong(Long::longValue).sum();
  }
}
