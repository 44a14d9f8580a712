package dev.seawall.core.stack;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.ResourceService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A stack resource derived from a kind's spec and {@link ResourceService}: planning observes the
 * resource and diffs it with the spec, applying calls the service's {@code apply}. A kind's
 * resource class adds only what is its own: how references to other stack resources resolve into
 * the spec ({@link #resolve}), the id, status and outputs of its read model, and its operations.
 *
 * @param <S> the spec
 * @param <M> the read model
 */
public abstract class SpecResource<S, M> implements StackResource {
  private final ResourceKey key;
  private final Validated<S> spec;
  private final Set<ResourceKey> dependsOn;

  /**
   * Creates the resource.
   *
   * @param key the resource key
   * @param spec the plan-time spec (references stand in as placeholder ids), validated
   * @param dependsOn the resources applied before this one
   */
  protected SpecResource(ResourceKey key, Validated<S> spec, Set<ResourceKey> dependsOn) {
    this.key = Objects.requireNonNull(key, "key");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.dependsOn = Set.copyOf(dependsOn);
  }

  /** The service that reads and converges this kind. */
  protected abstract ResourceService<S, M> service();

  /** The id of a resource of this kind. */
  protected abstract String id(M model);

  /** The operations every plan and apply call to read the current state. */
  protected abstract List<Operation> readOperations();

  /** The operations a create calls (besides the reads). */
  protected abstract List<Operation> createOperations();

  /** The operations an update in place calls (besides the reads). */
  protected abstract List<Operation> updateOperations();

  /**
   * The spec with every reference to another stack resource replaced by that resource's id from
   * {@code context}. By default the spec as it is (no references).
   */
  protected S resolve(S planned, StackContext context) {
    return planned;
  }

  /** The status reported after apply, e.g. {@code active}; by default {@code ready}. */
  protected String status(M model) {
    return "ready";
  }

  /** Non-secret values dependents may use; none by default. */
  protected Map<String, String> outputs(M model) {
    return Map.of();
  }

  /** The risks the spec acknowledged; none by default. */
  protected List<AcknowledgedRisk> acknowledgedRisks(S spec) {
    return List.of();
  }

  /** The plan-time spec, if it is valid. */
  public Optional<S> spec() {
    return spec.spec();
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  @Override
  public List<Violation> validate() {
    return spec.violations();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return spec.spec().map(this::acknowledgedRisks).orElse(List.of());
  }

  @Override
  public List<Operation> operations() {
    Set<Operation> all = new LinkedHashSet<>(readOperations());
    all.addAll(createOperations());
    all.addAll(updateOperations());
    return List.copyOf(all);
  }

  /**
   * Reads the resource, diffs it with the spec, and keeps what it read as the plan's {@link
   * Observation}, so that applying the plan moments later need not read it again.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    S resolved = resolve(spec.require(), context);
    Optional<M> observed = service().observe(resolved);
    Diff diff = service().diff(resolved, observed);
    return new ResourcePlan(
        key,
        diff,
        observed.map(this::id),
        observed.map(this::outputs).orElse(Map.of()),
        operationsFor(diff.action()),
        Optional.of(Observation.of(observed, diff.action())));
  }

  /** Converges the resource, from what the plan read when that is still trustworthy. */
  @Override
  public AppliedResource apply(StackContext context) {
    S resolved = resolve(spec.require(), context);
    Applied<M> applied = service().apply(resolved, observed(resolved, context));
    M model = applied.resource();
    return new AppliedResource(key, id(model), status(model), applied.diff(), outputs(model));
  }

  /**
   * The resource as it is: what the plan read when {@link StackContext#observation()} offers it,
   * otherwise read now ({@link ResourceService#observe}).
   */
  protected Optional<M> observed(S resolved, StackContext context) {
    return context
        .observation()
        .map(Observation::<Optional<M>>state)
        .orElseGet(() -> service().observe(resolved));
  }

  /** The reads plus the writes of {@code action}. */
  protected List<Operation> operationsFor(Diff.Action action) {
    List<Operation> operations = new ArrayList<>(readOperations());
    if (action == Diff.Action.CREATE) {
      operations.addAll(createOperations());
    } else if (action == Diff.Action.UPDATE) {
      operations.addAll(updateOperations());
    }
    return List.copyOf(new LinkedHashSet<>(operations));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + key + "]";
  }

  /**
   * What every kind's resource builder shares: ordering with {@link #after(ResourceKey...)}, and
   * the dependencies its typed references add.
   *
   * @param <B> the kind's builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final Set<ResourceKey> dependencies = new LinkedHashSet<>();

    /** For the kinds' builders. */
    protected Builder() {}

    /** This builder, typed as the kind's. */
    protected abstract B self();

    /** Applies this resource only after {@code others} (ordering without a reference). */
    public B after(ResourceKey... others) {
      for (ResourceKey other : others) {
        dependOn(Objects.requireNonNull(other, "other"));
      }
      return self();
    }

    /** Records that this resource is applied after {@code key} (a typed reference does this). */
    protected void dependOn(ResourceKey key) {
      dependencies.add(Objects.requireNonNull(key, "key"));
    }

    /** The resources this one is applied after so far: {@code after(...)} and references. */
    public Set<ResourceKey> dependencies() {
      return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(dependencies));
    }

    /**
     * The key of a referenced resource, checked to be of {@code kind}: a typed reference across
     * modules (a volume attaching to a droplet, a cluster placed in a VPC) takes any stack resource
     * of the right kind.
     *
     * @param resource the referenced resource
     * @param kind the kind it must have, e.g. {@code vpc}
     * @param refusal the error message for a key of another kind
     * @return its key
     * @throws IllegalArgumentException if it is of another kind
     */
    protected static ResourceKey referenceTo(
        StackResource resource, String kind, Function<ResourceKey, String> refusal) {
      ResourceKey key = Objects.requireNonNull(resource, "resource").key();
      if (!key.kind().equals(kind)) {
        throw new IllegalArgumentException(refusal.apply(key));
      }
      return key;
    }
  }
}
