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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
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
 *   <li>an update replaces the whole spec; the name cannot change ({@code 422});
 *   <li>every create and update starts a deployment ({@code apps_get_deployment}), answered as the
 *       app's {@code pending_deployment} until it ends. On the fake's clock it is {@code
 *       PENDING_BUILD}, then {@code BUILDING} after a quarter of {@link #deploymentTakes}, {@code
 *       DEPLOYING} after half, and {@code ACTIVE} once it has passed (it becomes the app's {@code
 *       active_deployment}; the one before is {@code SUPERSEDED}). {@link #deploymentsEndIn} makes
 *       deployments end in {@code ERROR} or {@code CANCELED} instead (the app keeps its previous
 *       active deployment). A deployment still pending when another starts is {@code SUPERSEDED}.
 * </ul>
 *
 * <p>Apps are answered with a {@code default_ingress} of {@code https://<name>-<id
 * prefix>.ondigitalocean.app}. Token scopes are not checked. Rows live in the table {@value
 * #TABLE}, keyed by id; deployments in {@value #DEPLOYMENTS}, keyed by id.
 */
public final class FakeApps implements FakeResource {
  /** Table holding the app rows (as the API shows them), keyed by id. */
  public static final String TABLE = "apps";

  /** Table holding the deployments, keyed by id, with {@code app_id}. */
  public static final String DEPLOYMENTS = "app_deployments";

  private static final List<String> COMPONENT_FIELDS =
      List.of("services", "workers", "static_sites", "jobs", "functions");

  private final SecureRandom random = new SecureRandom();
  private Duration deploymentTakes = Duration.ofSeconds(60);
  private String endPhase = "ACTIVE";

  /** Creates the resource; it holds no state of its own besides a random source and settings. */
  public FakeApps() {}

  /**
   * How long a deployment takes on the fake's clock, from start to its last phase; default 60
   * seconds.
   */
  public FakeApps deploymentTakes(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a deployment cannot take a negative time: " + duration);
    }
    this.deploymentTakes = duration;
    return this;
  }

  /**
   * The phase deployments end in: {@code ACTIVE} (default), {@code ERROR} or {@code CANCELED}.
   *
   * @throws IllegalArgumentException for another phase
   */
  public FakeApps deploymentsEndIn(String phase) {
    if (!List.of("ACTIVE", "ERROR", "CANCELED").contains(phase)) {
      throw new IllegalArgumentException("a deployment ends ACTIVE, ERROR or CANCELED: " + phase);
    }
    this.endPhase = phase;
    return this;
  }

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable apps = state.table(TABLE);
    routes
        .on(FakeOperations.APPS_CREATE, request -> create(request, state, apps))
        .on(
            FakeOperations.APPS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object("app", refresh(state, apps.require(request.pathParam("id"))))))
        .on(
            FakeOperations.APPS_LIST,
            request -> {
              apps.values().forEach(app -> refresh(state, app));
              return FakeResponse.page(request, "apps", apps.values());
            })
        .on(
            FakeOperations.APPS_GET_DEPLOYMENT,
            request -> {
              Map<String, @Nullable Object> app =
                  refresh(state, apps.require(request.pathParam("app_id")));
              Map<String, @Nullable Object> deployment =
                  state.table(DEPLOYMENTS).require(request.pathParam("deployment_id"));
              if (!Objects.equals(deployment.get("app_id"), app.get("id"))) {
                throw FakeApiError.notFound();
              }
              return FakeResponse.ok(FakeJson.object("deployment", shown(deployment)));
            })
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
    startDeployment(state, app, "initial deployment");
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
    startDeployment(state, refresh(state, app), "app spec updated");
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

  /** Starts a deployment of the app's current spec; one still pending is superseded. */
  private void startDeployment(FakeState state, Map<String, @Nullable Object> app, String cause) {
    FakeTable deployments = state.table(DEPLOYMENTS);
    if (app.get("pending_deployment") instanceof Map<?, ?> pending) {
      deployments
          .get(String.valueOf(pending.get("id")))
          .ifPresent(d -> end(state, d, "SUPERSEDED"));
    }
    String id = state.nextUuid();
    Map<String, @Nullable Object> deployment =
        FakeJson.object(
            "id",
            id,
            "app_id",
            app.get("id"),
            "cause",
            cause,
            "phase",
            "PENDING_BUILD",
            "created_at",
            state.timestamp(),
            "started",
            state.now().toString(),
            "takes",
            deploymentTakes.toString(),
            "ends_in",
            endPhase);
    deployments.put(id, deployment);
    app.put("pending_deployment", shown(deployment));
    app.put("last_deployment_created_at", state.timestamp());
  }

  /**
   * Brings an app's deployments up to date with the fake's clock: the pending one moves through its
   * phases; once it ends it leaves {@code pending_deployment}, and if it ended {@code ACTIVE} it
   * becomes the {@code active_deployment}.
   */
  private static Map<String, @Nullable Object> refresh(
      FakeState state, Map<String, @Nullable Object> app) {
    if (!(app.get("pending_deployment") instanceof Map<?, ?> pending)) {
      return app;
    }
    FakeTable deployments = state.table(DEPLOYMENTS);
    Map<String, @Nullable Object> deployment =
        deployments.get(String.valueOf(pending.get("id"))).orElse(null);
    if (deployment == null) {
      app.remove("pending_deployment");
      return app;
    }
    Duration takes = Duration.parse(String.valueOf(deployment.get("takes")));
    Duration elapsed =
        Duration.between(Instant.parse(String.valueOf(deployment.get("started"))), state.now());
    if (elapsed.compareTo(takes) >= 0) {
      String end = String.valueOf(deployment.get("ends_in"));
      end(state, deployment, end);
      app.remove("pending_deployment");
      if (end.equals("ACTIVE")) {
        if (app.get("active_deployment") instanceof Map<?, ?> before) {
          deployments
              .get(String.valueOf(before.get("id")))
              .ifPresent(d -> end(state, d, "SUPERSEDED"));
        }
        app.put("active_deployment", shown(deployment));
      }
      return app;
    }
    String phase =
        elapsed.multipliedBy(2).compareTo(takes) >= 0
            ? "DEPLOYING"
            : elapsed.multipliedBy(4).compareTo(takes) >= 0 ? "BUILDING" : "PENDING_BUILD";
    if (!phase.equals(deployment.get("phase"))) {
      deployment.put("phase", phase);
      deployment.put("phase_last_updated_at", state.timestamp());
    }
    app.put("pending_deployment", shown(deployment));
    return app;
  }

  private static void end(FakeState state, Map<String, @Nullable Object> deployment, String phase) {
    deployment.put("phase", phase);
    deployment.put("phase_last_updated_at", state.timestamp());
  }

  /** A deployment as the API shows it (without the fake's bookkeeping). */
  private static Map<String, @Nullable Object> shown(Map<String, @Nullable Object> deployment) {
    Map<String, @Nullable Object> shown = new LinkedHashMap<>();
    for (String field : List.of("id", "cause", "phase", "created_at", "phase_last_updated_at")) {
      if (deployment.get(field) != null) {
        shown.put(field, deployment.get(field));
      }
    }
    return shown;
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
