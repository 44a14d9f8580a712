package dev.seawall.core.stack;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Severity;
import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The result of {@link Stack#plan()}: what would be applied, in which order, with which token
 * scopes, and which policy findings stand. Computing a plan sends nothing to the API.
 *
 * @param steps the steps in dependency order
 * @param requiredScopes the minimal custom token scopes for exactly these steps, sorted
 * @param violations every policy violation, per resource and across resources
 * @param acknowledgedRisks the risks each resource acknowledged through opt-outs
 */
public record Plan(
    List<PlanStep> steps,
    SortedSet<String> requiredScopes,
    List<Violation> violations,
    Map<ResourceKey, List<AcknowledgedRisk>> acknowledgedRisks) {
  /** Copies the components. */
  public Plan {
    steps = List.copyOf(steps);
    requiredScopes =
        java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(requiredScopes));
    violations = List.copyOf(violations);
    acknowledgedRisks = Map.copyOf(acknowledgedRisks);
  }

  /** Violations of severity {@link Severity#ERROR}: any of them blocks {@link Stack#apply}. */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.rule().severity() == Severity.ERROR).toList();
  }

  /** Whether the plan can be applied (no error-level violation). */
  public boolean isValid() {
    return errors().isEmpty();
  }
}
