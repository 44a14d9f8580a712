package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Functions namespaces and their scheduled triggers: {@code functions_list_namespaces}, {@code
 * functions_create_namespace}, {@code functions_get_namespace}, {@code functions_delete_namespace},
 * {@code functions_list_triggers}, {@code functions_create_trigger}, {@code functions_get_trigger},
 * {@code functions_update_trigger} and {@code functions_delete_trigger}, behaving as the API does:
 *
 * <ul>
 *   <li>a namespace's id is {@code fn-<uuid>}; its label is unique in the account ({@code 422}
 *       otherwise), and at most {@value #NAMESPACE_LIMIT} namespaces exist ({@code 422 namespace
 *       limit reached}); every answer carries the namespace's {@code key} (a random credential, as
 *       the API sends it), so tests can check that clients never show it;
 *   <li>list answers are not paged; deleting a namespace deletes its triggers ({@code 204});
 *   <li>a trigger's name is unique in its namespace ({@code 400} otherwise); create needs {@code
 *       name}, {@code function}, {@code type: SCHEDULED}, {@code is_enabled} and a five-field
 *       {@code scheduled_details.cron} ({@code 400}); the fake does not check that the function is
 *       deployed; update replaces {@code is_enabled} and {@code scheduled_details}; the body is
 *       stored and answered as sent (in plain text, as DigitalOcean does);
 *   <li>a missing namespace or trigger is a {@code 404}.
 * </ul>
 *
 * <p>Token scopes are not checked. Namespaces live in {@value #NAMESPACES} (keyed by id), triggers
 * in {@value #TRIGGERS} (keyed by {@code <namespace id>/<name>}).
 */
public final class FakeFunctions implements FakeResource {
  /** Table of namespaces keyed by id ({@code fn-...}). */
  public static final String NAMESPACES = "function_namespaces";

  /** Table of triggers keyed by {@code <namespace id>/<name>}. */
  public static final String TRIGGERS = "function_triggers";

  /** How many namespaces an account may have. */
  public static final int NAMESPACE_LIMIT = 5;

  private final SecureRandom random = new SecureRandom();

  /** Creates the resource; it holds no state of its own besides a random source. */
  public FakeFunctions() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable namespaces = state.table(NAMESPACES);
    FakeTable triggers = state.table(TRIGGERS);
    routes
        .on(
            FakeOperations.FUNCTIONS_LIST_NAMESPACES,
            request -> FakeResponse.ok(FakeJson.object("namespaces", namespaces.values())))
        .on(FakeOperations.FUNCTIONS_CREATE_NAMESPACE, request -> createNamespace(request, state))
        .on(
            FakeOperations.FUNCTIONS_GET_NAMESPACE,
            request -> FakeResponse.ok(FakeJson.object("namespace", namespace(state, request))))
        .on(
            FakeOperations.FUNCTIONS_DELETE_NAMESPACE,
            request -> {
              String id = String.valueOf(namespace(state, request).get("namespace"));
              triggers.find(t -> id.equals(t.get("namespace"))).stream()
                  .map(t -> id + "/" + t.get("name"))
                  .toList()
                  .forEach(triggers::remove);
              namespaces.remove(id);
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.FUNCTIONS_LIST_TRIGGERS,
            request -> {
              String id = String.valueOf(namespace(state, request).get("namespace"));
              return FakeResponse.ok(
                  FakeJson.object("triggers", triggers.find(t -> id.equals(t.get("namespace")))));
            })
        .on(FakeOperations.FUNCTIONS_CREATE_TRIGGER, request -> createTrigger(request, state))
        .on(
            FakeOperations.FUNCTIONS_GET_TRIGGER,
            request -> FakeResponse.ok(FakeJson.object("trigger", trigger(state, request))))
        .on(
            FakeOperations.FUNCTIONS_UPDATE_TRIGGER,
            request -> {
              Map<String, @Nullable Object> trigger = trigger(state, request);
              Map<String, @Nullable Object> body = request.json();
              if (body.get("is_enabled") instanceof Boolean enabled) {
                trigger.put("is_enabled", enabled);
              }
              if (body.containsKey("scheduled_details")) {
                trigger.put("scheduled_details", scheduled(body.get("scheduled_details")));
              }
              trigger.put("updated_at", state.timestamp());
              return FakeResponse.ok(FakeJson.object("trigger", trigger));
            })
        .on(
            FakeOperations.FUNCTIONS_DELETE_TRIGGER,
            request -> {
              Map<String, @Nullable Object> trigger = trigger(state, request);
              triggers.remove(trigger.get("namespace") + "/" + trigger.get("name"));
              return FakeResponse.noContent();
            });
  }

  /**
   * Adds a trigger without an API call, as another tool would have made it (e.g. with a secret in
   * its body, for audit tests).
   *
   * @param namespaceId an existing namespace's id
   * @param body the body, stored as given
   */
  public static void seedTrigger(
      FakeState state,
      String namespaceId,
      String name,
      String function,
      String cron,
      Map<String, @Nullable Object> body) {
    state.table(NAMESPACES).require(namespaceId);
    state
        .table(TRIGGERS)
        .put(
            namespaceId + "/" + name,
            trigger(
                state,
                namespaceId,
                name,
                function,
                true,
                FakeJson.object("cron", cron, "body", body)));
  }

  /** The triggers of a namespace as stored (body in plain text). */
  public static List<Map<String, @Nullable Object>> triggersOf(
      FakeState state, String namespaceId) {
    return state.table(TRIGGERS).find(t -> namespaceId.equals(t.get("namespace")));
  }

  private FakeResponse createNamespace(FakeRequest request, FakeState state) {
    Map<String, @Nullable Object> body = request.json();
    if (!(body.get("label") instanceof String label) || label.isBlank()) {
      throw FakeApiError.badRequest("Invalid request payload: missing label field");
    }
    if (!(body.get("region") instanceof String region) || region.isBlank()) {
      throw FakeApiError.badRequest("Invalid request payload: missing region field");
    }
    FakeTable namespaces = state.table(NAMESPACES);
    if (!namespaces.find(ns -> label.equals(ns.get("label"))).isEmpty()) {
      throw FakeApiError.unprocessable("a namespace labelled " + label + " already exists");
    }
    if (namespaces.size() >= NAMESPACE_LIMIT) {
      throw FakeApiError.unprocessable("namespace limit reached");
    }
    String uuid = state.nextUuid();
    String id = "fn-" + uuid;
    byte[] key = new byte[32];
    random.nextBytes(key);
    Map<String, @Nullable Object> namespace =
        FakeJson.object(
            "api_host",
            "https://faas-" + region + "-" + uuid.substring(0, 8) + ".doserverless.co",
            "namespace",
            id,
            "created_at",
            state.timestamp(),
            "updated_at",
            state.timestamp(),
            "label",
            label,
            "region",
            region,
            "uuid",
            uuid,
            "key",
            HexFormat.of().formatHex(key));
    namespaces.put(id, namespace);
    return FakeResponse.ok(FakeJson.object("namespace", namespace));
  }

  private static FakeResponse createTrigger(FakeRequest request, FakeState state) {
    String namespaceId = String.valueOf(namespace(state, request).get("namespace"));
    Map<String, @Nullable Object> body = request.json();
    if (!(body.get("name") instanceof String name) || name.isBlank()) {
      throw FakeApiError.badRequest("a trigger needs a name");
    }
    if (!(body.get("function") instanceof String function) || function.isBlank()) {
      throw FakeApiError.badRequest("a trigger needs a function");
    }
    if (!"SCHEDULED".equals(body.get("type"))) {
      throw FakeApiError.badRequest("type must be SCHEDULED");
    }
    if (!(body.get("is_enabled") instanceof Boolean enabled)) {
      throw FakeApiError.badRequest("is_enabled is required");
    }
    FakeTable triggers = state.table(TRIGGERS);
    if (triggers.get(namespaceId + "/" + name).isPresent()) {
      throw FakeApiError.badRequest("a trigger named " + name + " already exists");
    }
    Map<String, @Nullable Object> trigger =
        trigger(
            state, namespaceId, name, function, enabled, scheduled(body.get("scheduled_details")));
    triggers.put(namespaceId + "/" + name, trigger);
    return FakeResponse.ok(FakeJson.object("trigger", trigger));
  }

  private static Map<String, @Nullable Object> trigger(
      FakeState state,
      String namespaceId,
      String name,
      String function,
      boolean enabled,
      Map<String, @Nullable Object> scheduled) {
    return FakeJson.object(
        "namespace", namespaceId,
        "name", name,
        "function", function,
        "type", "SCHEDULED",
        "is_enabled", enabled,
        "created_at", state.timestamp(),
        "updated_at", state.timestamp(),
        "scheduled_details", scheduled,
        "scheduled_runs", FakeJson.object("last_run_at", null, "next_run_at", null));
  }

  private static Map<String, @Nullable Object> scheduled(@Nullable Object details) {
    if (!(details instanceof Map<?, ?> map)
        || !(map.get("cron") instanceof String cron)
        || cron.trim().split("\\s+").length != 5) {
      throw FakeApiError.badRequest("scheduled_details.cron must be a five-field cron expression");
    }
    return FakeJson.object("cron", cron, "body", map.get("body") instanceof Map<?, ?> b ? b : null);
  }

  private static Map<String, @Nullable Object> namespace(FakeState state, FakeRequest request) {
    return state
        .table(NAMESPACES)
        .get(request.pathParam("namespace_id"))
        .orElseThrow(() -> FakeApiError.of(404, "namespace not found"));
  }

  private static Map<String, @Nullable Object> trigger(FakeState state, FakeRequest request) {
    String id = String.valueOf(namespace(state, request).get("namespace"));
    return state
        .table(TRIGGERS)
        .get(id + "/" + request.pathParam("trigger_name"))
        .orElseThrow(() -> FakeApiError.of(404, "trigger not found"));
  }
}
