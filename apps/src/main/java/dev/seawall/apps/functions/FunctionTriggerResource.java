package dev.seawall.apps.functions;

import dev.seawall.apps.AppsOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.Observation;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.Validated;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled Functions trigger as part of a {@link dev.seawall.core.stack.Stack}, kind {@value
 * #KIND}, keyed by its name, in the namespace of a {@link FunctionNamespaceResource} of the stack
 * ({@link Builder#namespace}, required): the trigger is applied after the namespace, in the
 * namespace's id as the stack resolves it. Planning lists the namespace's triggers and diffs the
 * spec with the one of that name ({@link FunctionTriggerService#apply} describes the fields: {@code
 * is_enabled}, {@code scheduled_details.cron} and the body, shown as {@code (sensitive)}, change in
 * place; the function is fixed, a change refused); applying converges it. While the namespace does
 * not exist yet, a live plan reads nothing for the trigger and shows it to be created with {@code
 * namespace = (known after apply)}.
 *
 * <pre>{@code
 * FunctionTriggerResource nightly = FunctionTriggerResource.builder(client, "nightly-invoices",
 *         FunctionTriggerSpec.builder().function("billing/invoice").cron("0 3 * * *"))
 *     .namespace(jobs)
 *     .build();
 * }</pre>
 *
 * <p>The resource's id is {@code <namespace id>/<name>} (a trigger has no id of its own); no
 * outputs (the body may hold values dependents should not see). Token scopes: {@code function:read}
 * (<a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_triggers">functions_list_triggers</a>),
 * {@code function:create} when it is created (<a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_trigger">functions_create_trigger</a>),
 * {@code function:update} when it changes (<a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_update_trigger">functions_update_trigger</a>).
 */
public final class FunctionTriggerResource
    extends SpecResource<FunctionTriggerSpec, FunctionTrigger> {
  /** The resource kind: {@value}. */
  public static final String KIND = FunctionTriggerService.KIND;

  /** The field a created trigger shows its namespace's id in. */
  static final String NAMESPACE = "namespace";

  private final DigitalOcean client;
  private final ResourceKey namespace;

  private FunctionTriggerResource(Builder builder, ResourceKey namespace) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.client = builder.client;
    this.namespace = namespace;
  }

  /**
   * Starts a trigger resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the trigger is applied with
   * @param name the trigger's name, also the resource name; set on {@code spec}
   * @param spec the trigger; read once by {@link Builder#build()}
   */
  public static Builder builder(
      DigitalOcean client, String name, FunctionTriggerSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The key of the namespace resource the trigger lives in. */
  public ResourceKey namespace() {
    return namespace;
  }

  /**
   * Not used: a trigger's service depends on its namespace's id, which the stack resolves, so
   * {@link #plan} and {@link #apply} use {@code Apps.functionTriggers(client, namespaceId)}.
   *
   * @throws IllegalStateException always
   */
  @Override
  protected ResourceService<FunctionTriggerSpec, FunctionTrigger> service() {
    throw new IllegalStateException(
        key() + ": the triggers' service depends on the namespace the stack resolves");
  }

  @Override
  protected String id(FunctionTrigger trigger) {
    return trigger.namespace() + "/" + trigger.name();
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(FunctionTriggerSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(AppsOperations.FUNCTIONS_LIST_TRIGGERS);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(AppsOperations.FUNCTIONS_CREATE_TRIGGER);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(AppsOperations.FUNCTIONS_UPDATE_TRIGGER);
  }

  /**
   * Lists the namespace's triggers (nothing while the namespace is still to be created) and diffs
   * the spec with the trigger of its name; a trigger to create shows its {@code namespace}.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    FunctionTriggerSpec spec = spec().orElseThrow();
    String namespaceId = context.id(namespace);
    boolean namespaceExists = !namespaceId.equals(namespace.placeholderUuid());
    Optional<FunctionTrigger> observed =
        namespaceExists
            ? new FunctionTriggerService(client, namespaceId).observe(spec)
            : Optional.empty();
    Diff diff = FunctionTriggerService.DIFFER.diff(spec, observed);
    return new ResourcePlan(
        key(),
        withNamespace(diff, namespaceExists ? namespaceId : FieldChange.KNOWN_AFTER_APPLY),
        observed.map(this::id),
        Map.of(),
        operationsFor(diff.action()),
        Optional.of(Observation.of(observed, diff.action())));
  }

  /**
   * Converges the trigger in the namespace's id, from what the plan read when the stack still
   * trusts it.
   */
  @Override
  public AppliedResource apply(StackContext context) {
    FunctionTriggerSpec spec = spec().orElseThrow();
    String namespaceId = context.id(namespace);
    FunctionTriggerService triggers = new FunctionTriggerService(client, namespaceId);
    Optional<FunctionTrigger> observed =
        context
            .observation()
            .map(Observation::<Optional<FunctionTrigger>>state)
            .orElseGet(() -> triggers.observe(spec));
    Applied<FunctionTrigger> applied = triggers.apply(spec, observed);
    FunctionTrigger trigger = applied.resource();
    return new AppliedResource(
        key(), id(trigger), status(trigger), withNamespace(applied.diff(), namespaceId), Map.of());
  }

  private static Diff withNamespace(Diff diff, String namespaceId) {
    return diff.action() == Diff.Action.CREATE
        ? diff.plus(List.of(FieldChange.created(NAMESPACE, namespaceId)))
        : diff;
  }

  /** Builder for {@link FunctionTriggerResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    private final DigitalOcean client;
    private final String name;
    private final FunctionTriggerSpec.Builder spec;
    private @Nullable ResourceKey namespace;

    private Builder(DigitalOcean client, String name, FunctionTriggerSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The namespace the trigger lives in, a resource of the same stack; the trigger is applied
     * after it. Required.
     */
    public Builder namespace(FunctionNamespaceResource namespace) {
      ResourceKey key = Objects.requireNonNull(namespace, "namespace").key();
      dependOn(key);
      this.namespace = key;
      return this;
    }

    /**
     * Validates the spec (without throwing) and builds the resource.
     *
     * @throws IllegalStateException if no {@link #namespace} was given
     */
    public FunctionTriggerResource build() {
      if (namespace == null) {
        throw new IllegalStateException(
            "trigger "
                + name
                + " needs its namespace: namespace(FunctionNamespaceResource) of the same stack");
      }
      return new FunctionTriggerResource(this, namespace);
    }
  }
}
