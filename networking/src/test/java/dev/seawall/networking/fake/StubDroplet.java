package dev.seawall.networking.fake;

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
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeOperations;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stack resource of kind {@code droplet} for networking's tests (networking does not depend on
 * compute): it exists in the fake once applied, and plans as a create before. Outputs {@code
 * region} and {@code urn} like compute's droplet resource.
 */
public final class StubDroplet implements StackResource {
  private final ResourceKey key;
  private final FakeState state;
  private final String region;
  private @Nullable Long id;

  public StubDroplet(String name, String region, FakeState state) {
    this.key = ResourceKey.of("droplet", name);
    this.state = state;
    this.region = region;
  }

  public long id() {
    return java.util.Objects.requireNonNull(id, "not applied yet");
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
    return List.of(FakeOperations.DROPLETS_LIST);
  }

  @Override
  public List<Violation> validate() {
    return List.of();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return List.of();
  }

  private Map<String, String> outputs() {
    return id == null ? Map.of() : Map.of("region", region, "urn", "do:droplet:" + id);
  }

  @Override
  public ResourcePlan plan(StackContext context) {
    Diff diff =
        id == null ? Diff.create(List.of(FieldChange.created("region", region))) : Diff.NONE;
    return new ResourcePlan(
        key,
        diff,
        Optional.ofNullable(id).map(String::valueOf),
        outputs(),
        List.of(FakeOperations.DROPLETS_LIST));
  }

  @Override
  public AppliedResource apply(StackContext context) {
    boolean created = id == null;
    if (created) {
      id =
          FakeDroplets.seed(
              state, key.name(), region, FakeVpcs.defaultVpc(state, region), List.of());
    }
    return new AppliedResource(
        key,
        String.valueOf(id),
        "active",
        created ? Diff.create(List.of(FieldChange.created("region", region))) : Diff.NONE,
        outputs());
  }
}
