package dev.seawall.apps.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.Apps;
import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.fakes.FakeApps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link AppService} against the stateful, contract-validating fake. */
class AppServiceFakeTest {
  private FakeEnvironment env;
  private AppService apps;
  private String secret;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    apps = Apps.apps(env.client());
    secret = FakeEnvironment.generatedSecret();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private AppSpec.Builder spec(String secretValue, int instances) {
    return AppSpec.builder()
        .name("orders")
        .region("fra")
        .addComponent(
            AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                .withHttpPort(8080)
                .withInstanceCount(instances)
                .withEnv(EnvVar.general("BASE_URL", "https://orders.example.com"))
                .withEnv(EnvVar.secret("STRIPE_API_KEY", secretValue)))
        .addDomain(AppDomain.primary("orders.example.com").inZone("example.com"))
        .addIngressRule(
            IngressRule.route("/", "api")
                .withCors(CorsPolicy.allowOrigins("https://www.example.com").withCredentials()));
  }

  @SuppressWarnings("unchecked")
  private static String sentValue(FakeCall call) {
    return valueIn(call.body());
  }

  @SuppressWarnings("unchecked")
  private static String valueIn(String json) {
    Map<String, Object> body = (Map<String, Object>) dev.seawall.testkit.FakeJson.parse(json);
    Map<String, Object> spec = (Map<String, Object>) body.get("spec");
    Map<String, Object> api = ((List<Map<String, Object>>) spec.get("services")).get(0);
    return ((List<Map<String, Object>>) api.get("envs"))
        .stream()
            .filter(e -> e.get("key").equals("STRIPE_API_KEY"))
            .map(e -> String.valueOf(e.get("value")))
            .findFirst()
            .orElseThrow();
  }

  private String storedValue(String id) {
    return valueIn(
        dev.seawall.testkit.FakeJson.write(Map.of("spec", FakeApps.spec(env.fake().state(), id))));
  }

  @Test
  void apply_twice_createsOnceSendsTheSecretOnceAndTheSecondSendsNothing() {
    Applied<App> first = apps.apply(spec(secret, 1).build());
    long writes = env.writes();
    Applied<App> second = apps.apply(spec(secret, 1).build());

    assertThat(first.diff().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(env.calls("apps_create")).hasSize(1);
    assertThat(sentValue(env.calls("apps_create").get(0))).isEqualTo(secret);
    EnvVar stored = first.resource().component("api").orElseThrow().envs().get(1);
    assertThat(stored.value()).startsWith("EV[1:").doesNotContain(secret);
    assertThat(second.diff().isNone()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void apply_fromAnotherProcess_countsTheCiphertextAsUnchangedAndSendsNothing() {
    apps.apply(spec(secret, 1).build());
    long writes = env.writes();

    try (DigitalOcean other = env.newClient()) {
      Applied<App> again = Apps.apps(other).apply(spec(secret, 1).build());

      assertThat(again.diff().isNone()).isTrue();
    }
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void apply_whenAnotherFieldChanges_sendsTheKeptCiphertextNeverTheValueAgain() {
    App created = apps.apply(spec(secret, 1).build()).resource();
    String ciphertext = storedValue(created.id());

    try (DigitalOcean other = env.newClient()) {
      Applied<App> scaled = Apps.apps(other).apply(spec(secret, 2).build());

      assertThat(scaled.diff().action()).isEqualTo(Diff.Action.UPDATE);
      assertThat(scaled.diff().fields()).containsExactly("components");
    }
    FakeCall update = env.calls("apps_update").get(0);
    assertThat(sentValue(update)).isEqualTo(ciphertext);
    assertThat(update.body()).doesNotContain(secret);
    assertThat(storedValue(created.id())).isEqualTo(ciphertext);
    assertThat(apps.apply(spec(secret, 2).build()).diff().isNone()).isTrue();
  }

  @Test
  void apply_whenTheSameClientChangesTheSecret_updatesItShownAsSensitive() {
    apps.apply(spec(secret, 1).build());
    String rotated = FakeEnvironment.generatedSecret();

    Applied<App> changed = apps.apply(spec(rotated, 1).build());

    assertThat(changed.diff().changes())
        .containsExactly(
            FieldChange.updated(
                AppService.SECRET_VALUES, FieldChange.SENSITIVE, FieldChange.SENSITIVE));
    assertThat(sentValue(env.calls("apps_update").get(0))).isEqualTo(rotated);
    assertThat(changed.diff().toString()).doesNotContain(secret).doesNotContain(rotated);
    assertThat(apps.apply(spec(rotated, 1).build()).diff().isNone()).isTrue();
  }

  @Test
  void apply_whenAVariableBecomesSecret_showsTheTypeChangeWithoutValues() {
    apps.apply(
        spec(secret, 1).allowPlaintextEnv("api", "FEATURE_TOKEN", why()).build().toBuilder()
            .components(
                List.of(
                    AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                        .withHttpPort(8080)
                        .withEnv(EnvVar.general("BASE_URL", "https://orders.example.com"))
                        .withEnv(EnvVar.secret("STRIPE_API_KEY", secret))
                        .withEnv(EnvVar.general("FEATURE_TOKEN", "plain-ft"))))
            .build());

    Applied<App> changed =
        apps.apply(
            spec(secret, 1).build().toBuilder()
                .components(
                    List.of(
                        AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                            .withHttpPort(8080)
                            .withEnv(EnvVar.general("BASE_URL", "https://orders.example.com"))
                            .withEnv(EnvVar.secret("STRIPE_API_KEY", secret))
                            .withEnv(EnvVar.secret("FEATURE_TOKEN", "plain-ft"))))
                .build());

    assertThat(changed.diff().changes())
        .extracting(FieldChange::toString)
        .anySatisfy(c -> assertThat(c).contains("FEATURE_TOKEN=(sensitive) (SECRET, RUN_TIME)"))
        .allSatisfy(c -> assertThat(c).doesNotContain("plain-ft").doesNotContain(secret));
  }

  @Test
  void apply_whenRegionChanges_refusesAndSendsNothing() {
    apps.apply(spec(secret, 1).build());
    long writes = env.writes();

    assertThatThrownBy(() -> apps.apply(spec(secret, 1).region("ams").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("region")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void delete_twice_deletesThenReportsAlreadyDeleted() {
    App app = apps.apply(spec(secret, 1).build()).resource();

    assertThat(apps.delete(app.id())).isEqualTo(Deletion.DELETED);
    assertThat(apps.delete(app.id())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThatThrownBy(() -> apps.get(app.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void apply_neverLogsTheSecret() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String rotated = FakeEnvironment.generatedSecret();
    Applied<App> changed;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      apps.apply(spec(secret, 1).build());
      changed = apps.apply(spec(rotated, 2).build());
      apps.listAll().forEach(app -> System.err.println("listed " + app));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log).contains("apps_update").doesNotContain(secret).doesNotContain(rotated);
    assertThat(changed.toString()).doesNotContain(secret).doesNotContain(rotated);
  }

  private static dev.seawall.core.policy.Justification why() {
    return dev.seawall.core.policy.Justification.of("TEST-1: a feature flag");
  }

  @Test
  void create_whenDeploymentGoesLive_returnsTheAppWithItsActiveDeploymentAndReportsProgress() {
    List<String> progress = new java.util.ArrayList<>();

    App created =
        dev.seawall.core.Waiter.reportingTo(
            (awaited, elapsed) -> progress.add(awaited),
            () -> apps.create(spec(secret, 1).build()));

    assertThat(created.activeDeployment())
        .hasValueSatisfying(d -> assertThat(d.phase()).isEqualTo(DeploymentPhase.ACTIVE));
    assertThat(created.pendingDeployment()).isEmpty();
    assertThat(env.calls("apps_get_deployment")).hasSizeGreaterThan(1);
    assertThat(progress)
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("app 'orders'").contains("to be live"));
  }

  @Test
  void apply_whenTheUpdateDeploys_waitsForThatDeploymentToGoLive() {
    App created = apps.apply(spec(secret, 1).build()).resource();
    String first = created.activeDeployment().orElseThrow().id();

    App scaled = apps.apply(spec(secret, 2).build()).resource();

    assertThat(scaled.activeDeployment())
        .hasValueSatisfying(
            d -> {
              assertThat(d.id()).isNotEqualTo(first);
              assertThat(d.phase()).isEqualTo(DeploymentPhase.ACTIVE);
            });
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ERROR", "CANCELED"})
  void create_whenDeploymentFails_throwsNamingTheAppDeploymentAndPhaseWithoutSecrets(String phase) {
    env.apps().deploymentsEndIn(phase);

    assertThatThrownBy(() -> apps.create(spec(secret, 1).build()))
        .isInstanceOfSatisfying(
            AppDeploymentFailedException.class,
            e -> {
              assertThat(e.phase()).isEqualTo(DeploymentPhase.valueOf(phase));
              assertThat(e.getMessage())
                  .contains("app 'orders'", e.appId(), e.deploymentId(), "phase " + phase)
                  .contains("doctl apps logs")
                  .doesNotContain(secret);
            });
    assertThat(apps.find("orders")).isPresent(); // the spec was accepted
  }

  @Test
  void create_whenDeploymentOutlastsTheTimeout_throwsWaitTimeout() {
    env.apps().deploymentTakes(java.time.Duration.ofHours(2));

    assertThatThrownBy(() -> apps.create(spec(secret, 1).build(), java.time.Duration.ofMinutes(1)))
        .isInstanceOf(dev.seawall.core.WaitTimeoutException.class)
        .hasMessageContaining("to be live")
        .hasMessageNotContaining(secret);
  }
}
