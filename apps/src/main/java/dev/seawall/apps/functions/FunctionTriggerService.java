package dev.seawall.apps.functions;

import dev.seawall.apps.AppsOperations;
import dev.seawall.apps.functions.internal.TriggerWire;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scheduled triggers of one Functions namespace, in the {@linkplain
 * dev.seawall.core.resource.ResourceService one vocabulary} of every kind, kind {@value #KIND}.
 * Obtain it with {@code Apps.functionTriggers(client, namespaceId)}: a trigger exists only inside
 * its namespace and its id is its name. Thread-safe.
 *
 * <p>{@link #apply} converges a trigger: it creates a missing one, changes {@code is_enabled},
 * {@code scheduled_details.cron} and {@code scheduled_details.body} in place ({@code
 * functions_update_trigger}), and sends nothing when nothing differs. The function a trigger runs
 * is fixed at creation (the update operation cannot change it): a change is refused, nothing sent.
 * The body is compared as JSON (key order and {@code 1} versus {@code 1.0} do not matter) and shown
 * in a diff as {@code (sensitive)} only.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses
 * (e.g. {@link NotFoundException} when the namespace does not exist) and {@code TransportException}
 * for I/O failures. Token scopes: {@code function:read}, {@code function:create}, {@code
 * function:update}, {@code function:delete} as noted per method.
 */
public final class FunctionTriggerService
    extends AbstractResourceService<FunctionTriggerSpec, FunctionTrigger, TriggerWire> {
  /** The resource kind: {@value}. */
  public static final String KIND = "function_trigger";

  static final WireKind<TriggerWire, FunctionTrigger> WIRE =
      WireKind.builder(KIND, TriggerWire.class, TriggerWire::toModel)
          .envelope("trigger", "triggers")
          .list(AppsOperations.FUNCTIONS_LIST_TRIGGERS)
          .unpaged()
          .get(AppsOperations.FUNCTIONS_GET_TRIGGER, "trigger_name")
          .delete(AppsOperations.FUNCTIONS_DELETE_TRIGGER)
          .identity(TriggerWire::name, TriggerWire::name)
          .build();

  /** The field table; see the class description. */
  static final Differ<FunctionTriggerSpec, FunctionTrigger> DIFFER =
      Differ.<FunctionTriggerSpec, FunctionTrigger>builder()
          .createOnly(
              "function",
              FunctionTriggerSpec::function,
              trigger -> trigger.function().isEmpty() ? null : trigger.function())
          .updatable(
              "is_enabled", FunctionTriggerSpec::enabled, trigger -> trigger.enabled().orElse(null))
          .updatable(
              "scheduled_details.cron",
              FunctionTriggerSpec::cron,
              trigger -> trigger.cron().orElse(null))
          .sensitive(
              "scheduled_details.body",
              (spec, trigger) ->
                  !SecretValues.canonical(spec.body())
                      .equals(SecretValues.canonical(trigger.body())),
              false)
          .build();

  private final String namespaceId;

  /**
   * Creates the service for the triggers of one namespace (same as {@code
   * Apps.functionTriggers(client, namespaceId)}).
   *
   * @param client the client
   * @param namespaceId the namespace id, {@code fn-...} ({@link FunctionNamespace#id()})
   */
  public FunctionTriggerService(DigitalOcean client, String namespaceId) {
    super(client, WIRE);
    this.namespaceId = Objects.requireNonNull(namespaceId, "namespaceId");
  }

  /** Every operation this service may call (for {@code Scopes.required}). */
  public static List<Operation> operations() {
    return List.of(
        AppsOperations.FUNCTIONS_LIST_TRIGGERS,
        AppsOperations.FUNCTIONS_CREATE_TRIGGER,
        AppsOperations.FUNCTIONS_GET_TRIGGER,
        AppsOperations.FUNCTIONS_UPDATE_TRIGGER,
        AppsOperations.FUNCTIONS_DELETE_TRIGGER);
  }

  /** The namespace whose triggers this service manages. */
  public String namespaceId() {
    return namespaceId;
  }

  @Override
  protected Differ<FunctionTriggerSpec, FunctionTrigger> differ() {
    return DIFFER;
  }

  @Override
  protected String name(FunctionTriggerSpec spec) {
    return spec.name();
  }

  @Override
  protected String describe(FunctionTrigger trigger, FunctionTriggerSpec spec) {
    return "trigger '" + trigger.name() + "' of Functions namespace " + namespaceId;
  }

  /** Every request names the namespace. */
  @Override
  protected ApiRequest.Builder request(Operation operation) {
    return super.request(operation).pathParam("namespace_id", namespaceId);
  }

  /**
   * Creates a trigger. If the answer is lost, the trigger is looked up by name before anything is
   * resent.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_trigger">functions_create_trigger</a>;
   * scope {@code function:create} (and {@code function:read} for the look-up).
   *
   * @param spec a validated spec
   * @return the trigger
   * @throws dev.seawall.core.UnprocessableException if the namespace's trigger limit is reached
   */
  @Override
  public FunctionTrigger create(FunctionTriggerSpec spec) {
    Objects.requireNonNull(spec, "spec");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    body.put("function", spec.function());
    body.put("type", FunctionTriggerSpec.SCHEDULED);
    body.put("is_enabled", spec.enabled());
    body.put("scheduled_details", scheduled(spec));
    return createWithLookup(
        request(AppsOperations.FUNCTIONS_CREATE_TRIGGER).body(body).build(), spec);
  }

  /**
   * Creates the trigger, or changes the existing trigger of that name to the spec's schedule, state
   * and body; sends nothing when nothing differs.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_triggers">functions_list_triggers</a>,
   * then {@code functions_create_trigger} or <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_update_trigger">functions_update_trigger</a>;
   * scopes {@code function:read}, and {@code function:create} or {@code function:update}.
   *
   * @throws RefusedChangeException if the spec names another function; nothing is sent
   */
  @Override
  public Applied<FunctionTrigger> apply(FunctionTriggerSpec spec) {
    return super.apply(spec);
  }

  /**
   * Changes the trigger with this name to match the spec; see {@link #apply}.
   *
   * @throws NotFoundException if there is no such trigger
   * @throws RefusedChangeException if a change cannot be made; nothing is sent
   */
  @Override
  public FunctionTrigger update(String name, FunctionTriggerSpec spec) {
    return super.update(name, spec);
  }

  @Override
  protected FunctionTrigger change(FunctionTrigger observed, FunctionTriggerSpec spec, Diff diff) {
    return call(
        request(AppsOperations.FUNCTIONS_UPDATE_TRIGGER)
            .pathParam("trigger_name", observed.name())
            .body(Map.of("is_enabled", spec.enabled(), "scheduled_details", scheduled(spec)))
            .build());
  }

  /**
   * Reads a trigger ({@code functions_get_trigger}, scope {@code function:read}).
   *
   * @param name the trigger's name
   * @throws NotFoundException if there is no such trigger
   */
  @Override
  public FunctionTrigger get(String name) {
    return super.get(name);
  }

  /** The trigger with this name, if any ({@code functions_list_triggers}, function:read). */
  @Override
  public Optional<FunctionTrigger> find(String name) {
    return super.find(name);
  }

  /**
   * One page of the namespace's triggers ({@code functions_list_triggers}, scope {@code
   * function:read}); the operation does not page, the page is cut from its one answer.
   *
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range
   */
  @Override
  public Page<FunctionTrigger> list(int page, int perPage) {
    return super.list(page, perPage);
  }

  /** Every trigger of the namespace, from one {@code functions_list_triggers} request. */
  @Override
  public Stream<FunctionTrigger> listAll() {
    return super.listAll();
  }

  /**
   * Deletes a trigger, idempotently.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_delete_trigger">functions_delete_trigger</a>;
   * scope {@code function:delete}.
   *
   * @param name the trigger's name
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if it did not exist
   */
  @Override
  public Deletion delete(String name) {
    return super.delete(name);
  }

  private static Map<String, Object> scheduled(FunctionTriggerSpec spec) {
    Map<String, Object> scheduled = new LinkedHashMap<>();
    scheduled.put("cron", spec.cron());
    scheduled.put("body", spec.body());
    return scheduled;
  }
}
