package dev.seawall.compute.droplet;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.fakes.FakeOperations;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stack resource of kind {@code vpc} for compute's tests (compute does not depend on networking):
 * it exists in the fake once applied, and plans as a create before.
 */
final class StubVpc implements StackResource {
  private final ResourceKey key;
  private final FakeState state;
  private @Nullable String id;

  StubVpc(String name, FakeState state) {
    this.key = ResourceKey.of("vpc", name);
    this.state = state;
  }

  /** A VPC that already exists in the fake. */
  static StubVpc existing(String name, FakeState state) {
    StubVpc vpc = new StubVpc(name, state);
    vpc.id = seed(name, state);
    return vpc;
  }

  String id() {
    return java.util.Objects.requireNonNull(id, "not applied yet");
  }

  private static String seed(String name, FakeState state) {
    return String.valueOf(FakeVpcs.seed(state, name, "fra1", "10.20.0.0/20", false).get("id"));
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return Set.of();
  }

  @Override
  public List<Operation> operations() {
    return List.of(FakeOperations.VPCS_LIST, FakeOperations.VPCS_CREATE);
  }

  @Override
  public List<Violation> validate() {
    return List.of();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return List.of();
  }

  @Override
  public ResourcePlan plan(StackContext context) {
    Diff diff =
        id == null ? Diff.create(List.of(FieldChange.created("region", "fra1"))) : Diff.NONE;
    return new ResourcePlan(
        key, diff, Optional.ofNullable(id), Map.of(), List.of(FakeOperations.VPCS_LIST));
  }

  @Override
  public AppliedResource apply(StackContext context) {
    boolean created = id == null;
    if (created) {
      id = seed(key.name(), state);
    }
    return AppliedResource.of(
        key,
        id(),
        "ready",
        created ? Diff.create(List.of(FieldChange.created("region", "fra1"))) : Diff.NONE);
  }
}
