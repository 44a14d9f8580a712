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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * App Platform apps: {@code apps_create}, {@code apps_get}, {@code apps_list}, {@code apps_update}
 * and {@code apps_delete}, behaving as the API does:
 *
 * <ul>
 *   <li>app names are unique per account ({@code 409} otherwise);
 *   <li>every {@code SECRET} variable sent with a plain value is stored and answered as fresh
 *       ciphertext {@code EV[1:<nonce>:<ciphertext>]}, never the value; a value already in the
 *       {@code EV[...]} form is kept as sent (how clients keep a secret on update);
 *   <li>a bound database ({@code databases[].cluster_name}) must name a cluster of {@link
 *       FakeDatabases} ({@code 422} otherwise);
 *   <li>an update replaces the whole spec; the name cannot change ({@code 422}).
 * </ul>
 *
 * <p>Deployments are not modelled: an app is answered as created, with a {@code default_ingress} of
 * {@code https://<name>-<id prefix>.ondigitalocean.app}. Token scopes are not checked. Rows live in
 * the table {@value #TABLE}, keyed by id.
 */
public final class FakeApps implements FakeResource {
  /** Table holding the app rows (as the API shows them), keyed by id. */
  public static final String TABLE = "apps";

  private static final List<String> COMPONENT_FIELDS =
      List.of("services", "workers", "static_sites", "jobs", "functions");

  private final SecureRandom random = new SecureRandom();

  /** Creates the resource; it holds no state of its own besides a random source. */
  public FakeApps() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable apps = state.table(TABLE);
    routes
        .on(FakeOperations.APPS_CREATE, request -> create(request, state, apps))
        .on(
            FakeOperations.APPS_GET,
            request ->
                FakeResponse.ok(FakeJson.object("app", apps.require(request.pathParam("id")))))
        .on(FakeOperations.APPS_LIST, request -> FakeResponse.page(request, "apps", apps.values()))
        .on(FakeOperations.APPS_UPDATE, request -> update(request, state, apps))
        .on(
            FakeOperations.APPS_DELETE,
            request -> {
              String id = request.pathParam("id");
              apps.require(id);
              apps.remove(id);
              return FakeResponse.ok(FakeJson.object("id", id));
            });
  }

  /**
   * The stored spec of an app (live: SECRET values as ciphertext).
   *
   * @throws FakeApiError (404) if there is no such app
   */
  @SuppressWarnings("unchecked")
  public static Map<String, @Nullable Object> spec(FakeState state, String id) {
    return (Map<String, @Nullable Object>)
        Objects.requireNonNull(state.table(TABLE).require(id).get("spec"));
  }

  private FakeResponse create(FakeRequest request, FakeState state, FakeTable apps) {
    Map<String, @Nullable Object> spec = spec(request);
    String name = String.valueOf(spec.get("name"));
    if (!apps.find(app -> name.equals(specName(app))).isEmpty()) {
      throw FakeApiError.conflict("an app named " + name + " already exists");
    }
    checkDatabases(spec, state);
    encryptSecrets(spec);
    String id = state.nextUuid();
    String now = state.timestamp();
    Map<String, @Nullable Object> app =
        FakeJson.object(
            "id", id,
            "spec", spec,
            "default_ingress", "https://" + name + "-" + id.substring(0, 5) + ".ondigitalocean.app",
            "live_url", "https://" + name + "-" + id.substring(0, 5) + ".ondigitalocean.app",
            "created_at", now,
            "updated_at", now);
    apps.put(id, app);
    return FakeResponse.ok(FakeJson.object("app", app));
  }

  private FakeResponse update(FakeRequest request, FakeState state, FakeTable apps) {
    Map<String, @Nullable Object> app = apps.require(request.pathParam("id"));
    Map<String, @Nullable Object> spec = spec(request);
    if (!Objects.equals(spec.get("name"), specName(app))) {
      throw FakeApiError.unprocessable("an app cannot be renamed");
    }
    checkDatabases(spec, state);
    encryptSecrets(spec);
    app.put("spec", spec);
    app.put("updated_at", state.timestamp());
    return FakeResponse.ok(FakeJson.object("app", app));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> spec(FakeRequest request) {
    if (!(request.json().get("spec") instanceof Map<?, ?> spec)
        || !(spec.get("name") instanceof String)) {
      throw FakeApiError.badRequest("a spec with a name is required");
    }
    return (Map<String, @Nullable Object>) spec;
  }

  private static @Nullable Object specName(Map<String, @Nullable Object> app) {
    return app.get("spec") instanceof Map<?, ?> spec ? spec.get("name") : null;
  }

  private static void checkDatabases(Map<String, @Nullable Object> spec, FakeState state) {
    if (!(spec.get("databases") instanceof List<?> databases)) {
      return;
    }
    for (Object database : databases) {
      if (database instanceof Map<?, ?> db && db.get("cluster_name") instanceof String cluster) {
        boolean exists =
            !state
                .table(FakeDatabases.TABLE)
                .find(row -> cluster.equals(row.get("name")))
                .isEmpty();
        if (!exists) {
          throw FakeApiError.unprocessable("database cluster " + cluster + " does not exist");
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void encryptSecrets(Map<String, @Nullable Object> spec) {
    for (String field : COMPONENT_FIELDS) {
      if (!(spec.get(field) instanceof List<?> components)) {
        continue;
      }
      for (Object component : components) {
        if (!(component instanceof Map<?, ?> map) || !(map.get("envs") instanceof List<?> envs)) {
          continue;
        }
        for (Object env : envs) {
          if (env instanceof Map<?, ?> variable
              && "SECRET".equals(variable.get("type"))
              && variable.get("value") instanceof String value
              && !(value.startsWith("EV[") && value.endsWith("]"))) {
            ((Map<String, Object>) variable).put("value", ciphertext());
          }
        }
      }
    }
  }

  private String ciphertext() {
    byte[] nonce = new byte[24];
    byte[] sealed = new byte[48];
    random.nextBytes(nonce);
    random.nextBytes(sealed);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "EV[1:" + base64.encodeToString(nonce) + ":" + base64.encodeToString(sealed) + "]";
  }
}
