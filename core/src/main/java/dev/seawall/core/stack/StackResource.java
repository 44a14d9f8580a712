package dev.seawall.core.stack;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One resource of a {@link Stack}. Modules provide one implementation per resource kind, usually by
 * extending {@link SpecResource}. Implementations hold a validated spec; {@link #apply} is
 * idempotent: applying twice adopts or updates what exists and never creates a duplicate.
 */
public interface StackResource {
  /** The key of this resource in the stack. */
  ResourceKey key();

  /** The resources that must be applied before this one (typed references and explicit orders). */
  Set<ResourceKey> dependsOn();

  /**
   * Resources this one names by kind and name (a firewall naming tag {@code web} references {@code
   * tag/web}). When such a resource is in the stack it is applied first, without {@code
   * after(...)}; when it is not, it must already exist.
   */
  default Set<ResourceKey> references() {
    return Set.of();
  }

  /** Tags this resource carries (used by cross-resource rules such as firewall coverage). */
  default Set<String> tags() {
    return Set.of();
  }

  /**
   * Whether this resource runs droplets that a Cloud Firewall must cover (rule SW-DR-003, checked
   * across a stack by networking's {@code FirewallCoverageRule} through {@link #tags()}): a
   * droplet, or the nodes of a Kubernetes cluster.
   *
   * @return how a violation names those droplets, e.g. {@code this droplet}; empty (the default)
   *     for a resource that runs none
   */
  default Optional<String> dropletsToCover() {
    return Optional.empty();
  }

  /**
   * Every API operation {@link #plan} and {@link #apply} may call, including look-ups and waits, so
   * that an offline plan can compute the minimal token scopes.
   */
  List<Operation> operations();

  /** Policy violations of this resource on its own (empty when it is acceptable). */
  List<Violation> validate();

  /** The risks this resource's spec acknowledged through opt-outs. */
  List<AcknowledgedRisk> acknowledgedRisks();

  /**
   * Reads the current state with read-only requests and computes what {@link #apply} would change.
   *
   * @param context the planned results of the dependencies
   * @return the diff and the operations applying it would call
   */
  ResourcePlan plan(StackContext context);

  /**
   * Creates or updates the resource so that it matches the spec, and waits until it is usable.
   *
   * @param context results of the dependencies
   * @return what was applied, with the diff actually made
   */
  AppliedResource apply(StackContext context);
}
