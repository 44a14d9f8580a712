package dev.seawall.core.stack;

import dev.seawall.core.Operation;
import dev.seawall.core.resource.Diff;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The live plan of one stack resource: its diff against what exists, and the operations applying it
 * will call.
 *
 * @param key the resource
 * @param diff what applying would change
 * @param id the id of the existing resource, if it exists
 * @param outputs the outputs of the existing resource (empty if it does not exist yet)
 * @param operations the operations applying this diff calls: the reads it always makes, plus the
 *     writes of its action (none for {@link Diff.Action#NONE})
 * @param observation what the plan read, which applying it moments later may use instead of reading
 *     again (see {@link Observation}); empty when the resource does not offer it
 */
public record ResourcePlan(
    ResourceKey key,
    Diff diff,
    Optional<String> id,
    Map<String, String> outputs,
    List<Operation> operations,
    Optional<Observation> observation) {
  /** Validates and copies the components. */
  public ResourcePlan {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(id, "id");
    outputs = Map.copyOf(outputs);
    operations = List.copyOf(operations);
    Objects.requireNonNull(observation, "observation");
  }

  /** A plan without an {@linkplain Observation observation}: applying it reads again. */
  public ResourcePlan(
      ResourceKey key,
      Diff diff,
      Optional<String> id,
      Map<String, String> outputs,
      List<Operation> operations) {
    this(key, diff, id, outputs, operations, Optional.empty());
  }

  /**
   * This plan with another diff and its operations (a resource adding the changes of its parts),
   * keeping the id, outputs and observation.
   */
  public ResourcePlan withDiff(Diff diff, List<Operation> operations) {
    return new ResourcePlan(key, diff, id, outputs, operations, observation);
  }

  /** The action, e.g. {@link Diff.Action#UPDATE}. */
  public Diff.Action action() {
    return diff.action();
  }

  /**
   * The plan's lines in the style of {@code terraform plan}: {@code ~ volume/data (update
   * in-place)} followed by one indented line per changed field.
   */
  public List<String> lines() {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(diff.action().symbol() + " " + key + " (" + diff.action().label() + ")");
    diff.changes().forEach(change -> lines.add("    " + change));
    return lines;
  }
}
