package dev.seawall.core.stack;

import dev.seawall.core.TokenScopes;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Severity;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What applying a {@link Stack} would do. An {@linkplain Mode#OFFLINE offline} plan ({@link
 * Stack#plan()}) validates, orders and scopes without sending anything; a {@linkplain Mode#LIVE
 * live} plan ({@link Stack#planLive()}) also reads the current state with read-only requests and
 * holds each resource's diff.
 *
 * @param mode how the plan was made
 * @param steps the steps in dependency order
 * @param resources the live diff of each resource, in step order (empty for an offline plan, and
 *     without resources whose spec is invalid)
 * @param requiredScopes the minimal custom token scopes, sorted: for an offline plan those of every
 *     operation the steps may call; for a live plan those of only the operations that will run
 * @param violations every policy violation, per resource and across resources
 * @param acknowledgedRisks the risks each resource acknowledged through opt-outs
 */
public record Plan(
    Mode mode,
    List<PlanStep> steps,
    List<ResourcePlan> resources,
    SortedSet<String> requiredScopes,
    List<Violation> violations,
    Map<ResourceKey, List<AcknowledgedRisk>> acknowledgedRisks) {

  /** How a plan was made. */
  public enum Mode {
    /** Validation, order and scopes only; nothing sent. */
    OFFLINE,
    /** Also the diff of every resource against the current state (read-only requests). */
    LIVE
  }

  /** Copies the components. */
  public Plan {
    Objects.requireNonNull(mode, "mode");
    steps = List.copyOf(steps);
    resources = List.copyOf(resources);
    requiredScopes = Collections.unmodifiableSortedSet(new TreeSet<>(requiredScopes));
    violations = List.copyOf(violations);
    acknowledgedRisks = Map.copyOf(acknowledgedRisks);
  }

  /**
   * The custom token for this plan as DigitalOcean's token form takes it: {@link #requiredScopes()}
   * and the scopes the form requires alongside them (see {@link TokenScopes}).
   */
  public TokenScopes tokenScopes() {
    return TokenScopes.forNeeded(requiredScopes);
  }

  /** Violations of severity {@link Severity#ERROR}: any of them blocks {@link Stack#apply}. */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.rule().severity() == Severity.ERROR).toList();
  }

  /** The resources whose diff is refused (a change that cannot be made): they block apply. */
  public List<ResourcePlan> refused() {
    return resources.stream().filter(r -> r.action() == Diff.Action.REFUSED).toList();
  }

  /** Whether the plan can be applied: no error-level violation and no refused change. */
  public boolean isValid() {
    return errors().isEmpty() && refused().isEmpty();
  }

  /**
   * Whether applying would send a write. Always {@code true} for an offline plan, which cannot
   * know.
   */
  public boolean hasChanges() {
    return mode == Mode.OFFLINE || resources.stream().anyMatch(r -> r.action() != Diff.Action.NONE);
  }

  /** How many resources of the live plan have {@code action}. */
  public long count(Diff.Action action) {
    return resources.stream().filter(r -> r.action() == action).count();
  }

  /** The live plan of one resource, if the plan holds it. */
  public java.util.Optional<ResourcePlan> resource(ResourceKey key) {
    return resources.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /**
   * The plan as text in the style of {@code terraform plan}: one block per resource ({@code +}
   * create, {@code ~} update in-place with the changed fields, {@code =} no change, {@code !}
   * refused with the reason) and a summary line; "No changes." when nothing would be sent. An
   * offline plan lists its steps with the operations they may call.
   */
  public String render() {
    List<String> lines = new ArrayList<>();
    if (mode == Mode.OFFLINE) {
      lines.add("Offline plan (the current state was not read):");
      for (PlanStep step : steps) {
        lines.add("  " + step.order() + ". " + step.key() + "  " + step.operationIds());
      }
      return String.join(System.lineSeparator(), lines);
    }
    for (ResourcePlan resource : resources) {
      resource.lines().forEach(line -> lines.add("  " + line));
    }
    lines.add("");
    if (!hasChanges()) {
      lines.add("No changes. The live state matches the stack; apply would send no write.");
    } else {
      lines.add(
          "Plan: "
              + count(Diff.Action.CREATE)
              + " to create, "
              + count(Diff.Action.UPDATE)
              + " to update in-place, "
              + count(Diff.Action.NONE)
              + " unchanged, "
              + count(Diff.Action.REFUSED)
              + " refused.");
    }
    return String.join(System.lineSeparator(), lines);
  }
}
