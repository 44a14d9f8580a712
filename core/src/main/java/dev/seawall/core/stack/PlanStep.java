package dev.seawall.core.stack;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a {@link Plan}.
 *
 * @param order 1-based position in a valid apply order
 * @param key the resource
 * @param dependsOn the resources applied before it
 * @param operationIds the DigitalOcean operations the step may call
 */
public record PlanStep(
    int order, ResourceKey key, Set<ResourceKey> dependsOn, List<String> operationIds) {
  /** Validates and copies the components. */
  public PlanStep {
    Objects.requireNonNull(key, "key");
    dependsOn = Set.copyOf(dependsOn);
    operationIds = List.copyOf(operationIds);
  }
}
