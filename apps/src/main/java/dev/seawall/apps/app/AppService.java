package dev.seawall.apps.app;

import dev.seawall.apps.AppsOperations;
import dev.seawall.apps.app.internal.AppBody;
import dev.seawall.apps.app.internal.AppWire;
import dev.seawall.apps.app.internal.SecretLedger;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * App Platform apps, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary}
 * of every kind. Obtain it with {@code Apps.apps(client)}. Thread-safe.
 *
 * <p>An app is identified by its name (unique in an account). {@link #apply} converges it: the
 * region is fixed at creation (a change is refused, nothing sent); every other difference replaces
 * the whole spec in place ({@code apps_update}), which App Platform deploys. Settings of the app
 * that {@link AppSpec} does not model ({@link UnmodelledSettings}: health checks, autoscaling, log
 * destinations, egress, VPC, ... set outside Seawall) are sent back unchanged, so an update never
 * drops them silently; a spec with {@link AppSpec.Builder#replaceUnmodelledSettings} removes them,
 * and its diff shows each removal.
 *
 * <p>Secrets: a SECRET variable's value is sent once. DigitalOcean answers {@code EV[1:...]}
 * ciphertext, which later updates send back instead of the value (as the API documents), and which
 * a diff counts as unchanged; a value the same client sent and then changed in the spec is an
 * update shown as {@code (sensitive)} (the client keeps a keyed digest of the values it sent, never
 * the values). A re-apply from another process cannot see a changed value: rotate a secret by
 * renaming the variable or by sending its value from the process that changes it. Values never
 * appear in a log, diff, exception or {@code toString()}.
 *
 * <p>Deployments: {@link #create(AppSpec)}, {@link #apply} and {@link #update} return once the
 * deployment the create or update started is live (phase {@code ACTIVE}), polling {@code
 * apps_get_deployment} (progress goes to the {@link dev.seawall.core.WaitListener} of the thread,
 * as every wait of Seawall), at most {@link #DEFAULT_DEPLOY_TIMEOUT}; a deployment ending in {@code
 * ERROR} or {@code CANCELED} throws {@link AppDeploymentFailedException}. {@link #create(AppSpec,
 * Duration)} takes another timeout; {@link #awaitDeployment} waits again after a timeout. An answer
 * that names no deployment under way is returned as it is.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses and
 * {@code TransportException} for I/O failures. Token scopes: {@code app:read}, {@code app:create},
 * {@code app:update}, {@code app:delete} as noted per method.
 */
public final class AppService extends AbstractResourceService<AppSpec, App, AppWire> {

  static final WireKind<AppWire, App> WIRE =
      WireKind.builder(AppResource.KIND, AppWire.class, AppWire::toModel)
          .envelope("app", "apps")
          .list(AppsOperations.APPS_LIST)
          .get(AppsOperations.APPS_GET, "id")
          .delete(AppsOperations.APPS_DELETE)
          .identity(AppWire::id, wire -> wire.spec().name())
          .build();

  /**
   * How long {@link #create(AppSpec)}, {@link #apply} and {@link #update} wait for the deployment
   * they start to go live: 30 minutes (a build from source can take several).
   */
  public static final Duration DEFAULT_DEPLOY_TIMEOUT = Duration.ofMinutes(30);

  /** The field of secret values in a diff: shown as {@code (sensitive)} only. */
  static final String SECRET_VALUES = "secret_values";

  /**
   * The fields of an app: {@code region} fixed at creation; {@code components} (without their
   * variables), {@code envs} (SECRET ones without their values), {@code domains}, {@code
   * ingress_rules}, {@code databases} and {@code alerts} compared element by element; {@code
   * secret_values} sensitive; {@code enhanced_threat_control_enabled} updatable.
   */
  static final Differ<AppSpec, App> DIFFER = buildDiffer();

  private static Differ<AppSpec, App> buildDiffer() {
    Differ.Builder<AppSpec, App> builder =
        Differ.<AppSpec, App>builder()
            .createOnly(
                "region", spec -> spec.region().orElse(null), app -> app.region().orElse(null))
            .set(
                "components",
                spec -> spec.components().stream().map(AppComponent::withoutEnvs).toList(),
                app -> app.components().stream().map(AppComponent::withoutEnvs).toList())
            .set("envs", spec -> envs(spec.components()), app -> envs(app.components()))
            .sensitive(
                SECRET_VALUES,
                spec ->
                    spec.components().stream()
                        .anyMatch(c -> c.envs().stream().anyMatch(EnvVar::isSecret)),
                AppService::secretsDiffer,
                false)
            .set("domains", AppSpec::domains, App::domains)
            .set("ingress_rules", AppSpec::ingressRules, App::ingressRules)
            .set("databases", AppSpec::databases, App::databases)
            .set("alerts", AppSpec::alerts, App::alerts)
            .updatable(
                "enhanced_threat_control_enabled",
                AppSpec::enhancedThreatControl,
                app -> app.enhancedThreatControl().orElse(null));
    for (String field : UnmodelledSettings.APP_FIELDS) {
      builder = unmodelled(builder, field, field);
    }
    for (String field : UnmodelledSettings.COMPONENT_FIELDS) {
      builder = unmodelled(builder, field.equals("alerts") ? "component_alerts" : field, field);
    }
    return builder.build();
  }

  /**
   * A setting Seawall does not model, as a diff shows it: not managed (no change) unless the spec
   * replaces unmodelled settings, then each place that holds it is removed, {@code health_check: -
   * api (set outside Seawall)}. Never a value.
   */
  private static Differ.Builder<AppSpec, App> unmodelled(
      Differ.Builder<AppSpec, App> builder, String name, String field) {
    return builder.set(
        name,
        spec -> spec.unmodelledSettingsReplaced().isPresent() ? List.<String>of() : null,
        app -> app.unmodelled().holders(field),
        holder -> holder + " (set outside Seawall)");
  }

  /** A variable of a component as a diff compares it: SECRET values masked. */
  record EnvEntry(String component, EnvVar env) {
    @Override
    public String toString() {
      return component + ": " + env;
    }
  }

  private final SecretLedger ledger;

  /**
   * Creates the service on a client; prefer {@code Apps.apps(client)}.
   *
   * @param client the DigitalOcean client
   */
  public AppService(DigitalOcean client) {
    super(client, WIRE);
    this.ledger = SecretLedger.of(client);
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        AppsOperations.APPS_LIST,
        AppsOperations.APPS_CREATE,
        AppsOperations.APPS_GET,
        AppsOperations.APPS_UPDATE,
        AppsOperations.APPS_DELETE,
        AppsOperations.APPS_GET_DEPLOYMENT);
  }

  @Override
  protected Differ<AppSpec, App> differ() {
    return DIFFER;
  }

  @Override
  protected String name(AppSpec spec) {
    return spec.name();
  }

  /**
   * The app with the spec's name, with what this client knows of the secrets it sent.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/apps_list">apps_list</a>;
   * scope {@code app:read}.
   */
  @Override
  public Optional<App> observe(AppSpec spec) {
    return super.observe(spec).map(this::withKnownSecrets);
  }

  @Override
  protected App observeById(String id) {
    return withKnownSecrets(get(id));
  }

  /**
   * Fetches an app.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/apps_get">apps_get</a>;
   * scope {@code app:read}.
   *
   * @throws NotFoundException if there is no such app
   */
  @Override
  public App get(String id) {
    return super.get(id);
  }

  /**
   * Creates an app and waits until its first deployment is live, at most {@link
   * #DEFAULT_DEPLOY_TIMEOUT}; see {@link #create(AppSpec, Duration)}.
   */
  @Override
  public App create(AppSpec spec) {
    return create(spec, DEFAULT_DEPLOY_TIMEOUT);
  }

  /**
   * Creates an app, sending each SECRET value once, and waits until the deployment the create
   * started is live (phase {@code ACTIVE}). If the answer is lost, the app is looked up by name
   * before anything is resent. An app of the same name is refused by DigitalOcean; use {@link
   * #apply} to adopt it.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create">apps_create</a>,
   * then <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_deployment">apps_get_deployment</a>
   * and {@code apps_get}; scopes {@code app:create} and {@code app:read}.
   *
   * @param spec a validated spec
   * @param timeout how long to wait for the deployment; {@link Duration#ZERO} polls once
   * @return the app as it is once the deployment is live
   * @throws AppDeploymentFailedException if the deployment ends in {@code ERROR} or {@code
   *     CANCELED}; the app exists
   * @throws dev.seawall.core.WaitTimeoutException if it is not live in time (it keeps deploying;
   *     {@link #awaitDeployment} waits again)
   */
  public App create(AppSpec spec, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    App created =
        createWithLookup(
            ApiRequest.of(AppsOperations.APPS_CREATE)
                .body(Map.of("spec", AppBody.spec(spec, Map.of())))
                .build(),
            spec);
    return recordSent(deployed(created, timeout), spec, Map.of());
  }

  /**
   * Polls a deployment until it is live (phase {@code ACTIVE}).
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_deployment">apps_get_deployment</a>;
   * scope {@code app:read}.
   *
   * @param app the app, for its id and name
   * @param deploymentId the deployment's id, e.g. {@code app.pendingDeployment().get().id()}
   * @param timeout how long to wait at most
   * @return the live deployment
   * @throws AppDeploymentFailedException if it ends in {@code ERROR} or {@code CANCELED}, or is
   *     superseded before it went live
   * @throws dev.seawall.core.WaitTimeoutException if it is not live in time
   */
  public AppDeployment awaitDeployment(App app, String deploymentId, Duration timeout) {
    AtomicReference<AppDeployment> last = new AtomicReference<>();
    try {
      return waiter.until(
          "app '" + app.name() + "' (" + app.id() + ") deployment " + deploymentId + " to be live",
          () -> {
            AppDeployment deployment =
                api.<AppWire.DeploymentWire>call(
                        ApiRequest.of(AppsOperations.APPS_GET_DEPLOYMENT)
                            .pathParam("app_id", app.id())
                            .pathParam("deployment_id", deploymentId)
                            .build(),
                        "deployment",
                        AppWire.DeploymentWire.class)
                    .toModel();
            last.set(deployment);
            return deployment;
          },
          deployment ->
              switch (deployment.phase()) {
                case ACTIVE -> WaitState.DONE;
                case ERROR, CANCELED, SUPERSEDED -> WaitState.FAILED;
                default -> WaitState.PENDING;
              },
          deployment -> "phase " + deployment.phase(),
          timeout);
    } catch (WaitFailedException failed) {
      throw new AppDeploymentFailedException(app.name(), app.id(), last.get());
    }
  }

  /** The app once the deployment its answer names is live; as it is when it names none. */
  private App deployed(App answered, Duration timeout) {
    Optional<AppDeployment> pending = answered.pendingDeployment();
    if (pending.isEmpty()) {
      return answered;
    }
    awaitDeployment(answered, pending.get().id(), timeout);
    return get(answered.id());
  }

  /**
   * Converges the app with the spec's name: creates it, replaces its spec when something differs
   * (unchanged secrets sent back as their ciphertext, settings the spec does not model sent back
   * unchanged unless it {@linkplain AppSpec.Builder#replaceUnmodelledSettings replaces them}), or
   * sends nothing.
   *
   * <p>Waits for the deployment a create or update starts, as {@link #create(AppSpec)} does.
   *
   * <p>Operations {@code apps_list}, then {@code apps_create} or {@code apps_update}, then {@code
   * apps_get_deployment}; scopes {@code app:read}, {@code app:create}, {@code app:update}.
   *
   * @throws RefusedChangeException if the spec changes the region; nothing is sent
   * @throws AppDeploymentFailedException if the deployment ends in {@code ERROR} or {@code
   *     CANCELED}; the spec was accepted
   * @throws dev.seawall.core.WaitTimeoutException if it is not live within {@link
   *     #DEFAULT_DEPLOY_TIMEOUT}
   */
  @Override
  public Applied<App> apply(AppSpec spec) {
    return super.apply(spec);
  }

  /**
   * Deletes an app, idempotently.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/apps_delete">apps_delete</a>;
   * scope {@code app:delete}.
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
  }

  @Override
  protected App change(App observed, AppSpec spec, Diff diff) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (AppComponent component : spec.components()) {
      for (EnvVar env : component.envs()) {
        String variable = component.name() + "." + env.key();
        if (!env.isSecret() || env.isCiphertext()) {
          continue;
        }
        observedSecret(observed, component.name(), env.key())
            .filter(EnvVar::isCiphertext)
            .filter(have -> !secretDiffers(env, have, observed.secretDigests().get(variable)))
            .ifPresent(have -> kept.put(variable, have.value()));
      }
    }
    Map<String, Object> body = AppBody.spec(spec, kept);
    if (spec.unmodelledSettingsReplaced().isEmpty()) {
      observed.unmodelled().keepIn(body, observed.components());
    }
    App updated =
        call(
            ApiRequest.of(AppsOperations.APPS_UPDATE)
                .pathParam("id", observed.id())
                .body(Map.of("spec", body))
                .build());
    return recordSent(deployed(updated, DEFAULT_DEPLOY_TIMEOUT), spec, kept);
  }

  @Override
  protected String describe(App app, AppSpec spec) {
    return "app '" + app.name() + "' (" + app.id() + ")";
  }

  // ---------------------------------------------------------------------------------------------

  private App recordSent(App answered, AppSpec spec, Map<String, String> kept) {
    for (AppComponent component : spec.components()) {
      for (EnvVar env : component.envs()) {
        String variable = component.name() + "." + env.key();
        if (env.isSecret() && !env.isCiphertext() && !kept.containsKey(variable)) {
          observedSecret(answered, component.name(), env.key())
              .filter(EnvVar::isCiphertext)
              .ifPresent(have -> ledger.sent(answered.id(), variable, have.value(), env.value()));
        }
      }
    }
    return withKnownSecrets(answered);
  }

  private App withKnownSecrets(App app) {
    Map<String, String> ciphertexts = new LinkedHashMap<>();
    for (AppComponent component : app.components()) {
      for (EnvVar env : component.envs()) {
        if (env.isSecret()) {
          ciphertexts.put(component.name() + "." + env.key(), env.value());
        }
      }
    }
    return app.withSecretDigests(ledger.known(app.id(), ciphertexts));
  }

  private static Optional<EnvVar> observedSecret(App app, String component, String key) {
    return app.component(component)
        .flatMap(c -> c.envs().stream().filter(e -> e.key().equals(key)).findFirst())
        .filter(EnvVar::isSecret);
  }

  private static List<EnvEntry> envs(List<AppComponent> components) {
    return components.stream()
        .flatMap(c -> c.envs().stream().map(env -> new EnvEntry(c.name(), env.masked())))
        .toList();
  }

  /** Whether a SECRET of the spec differs from the one read back; unknown counts as the same. */
  private static boolean secretsDiffer(AppSpec spec, App app) {
    for (AppComponent component : spec.components()) {
      for (EnvVar env : component.envs()) {
        if (!env.isSecret()) {
          continue;
        }
        String variable = component.name() + "." + env.key();
        Optional<EnvVar> have = observedSecret(app, component.name(), env.key());
        if (have.isPresent() && secretDiffers(env, have.get(), app.secretDigests().get(variable))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean secretDiffers(EnvVar want, EnvVar have, @Nullable String knownDigest) {
    if (want.isCiphertext() || !have.isCiphertext()) {
      return !want.value().equals(have.value());
    }
    return knownDigest != null && !knownDigest.equals(SecretLedger.digest(want.value()));
  }
}
