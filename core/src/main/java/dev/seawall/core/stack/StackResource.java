package dev.seawall.core.stack;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Set;

/**
 * One resource of a {@link Stack}. Modules provide implementations for their resource kinds (a VPC,
 * a firewall, a droplet, ...). Implementations hold a validated spec; {@link #apply} must be
 * idempotent: applying twice adopts or updates what exists and never creates a duplicate.
 */
public interface StackResource {
  /** The key of this resource in the stack. */
  ResourceKey key();

  /** The resources that must be applied before this one. */
  Set<ResourceKey> dependsOn();

  /** Tags this resource carries (used by cross-resource rules such as firewall coverage). */
  default Set<String> tags() {
    return Set.of();
  }

  /**
   * Every API operation {@link #apply} may call, including look-ups and waits, so that the plan can
   * compute the minimal token scopes.
   */
  List<Operation> operations();

  /** Policy violations of this resource on its own (empty when it is acceptable). */
  List<Violation> validate();

  /** The risks this resource's spec acknowledged through opt-outs. */
  List<AcknowledgedRisk> acknowledgedRisks();

  /**
   * Creates or updates the resource and waits until it is usable.
   *
   * @param context results of the dependencies
   * @return what was applied
   */
  AppliedResource apply(StackContext context);
}
