package dev.seawall.apps.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.apps.Apps;
import dev.seawall.apps.AppsOperations;
import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.fakes.FakeApps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An app with a {@code functions} component, a health check, autoscaling-free build settings and an
 * egress setting created outside Seawall (through the API, in the contract-validating fake): the
 * functions component is modelled and compared, the rest is kept by every update unless the spec
 * replaces it, and the diff shows every removal.
 */
class AppUnmodelledSettingsTest {
  private FakeEnvironment env;
  private AppService apps;
  private String appId;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    apps = Apps.apps(env.client());
    appId = createOutsideSeawall();
  }

  @AfterEach
  void tearDown() {
    env.close(); // fails the test if a request did not match the official specification
  }

  /** The app as another tool (doctl, the control panel) created it. */
  @SuppressWarnings("unchecked")
  private String createOutsideSeawall() {
    Map<String, @Nullable Object> spec =
        FakeJson.object(
            "name", "orders",
            "region", "fra",
            "enhanced_threat_control_enabled", true,
            "egress", Map.of("type", "DEDICATED_IP"),
            "services",
                List.of(
                    FakeJson.object(
                        "name",
                        "api",
                        "image",
                        Map.of(
                            "registry_type", "DOCR",
                            "repository", "orders-api",
                            "tag", "1.4.2"),
                        "instance_count",
                        1,
                        "instance_size_slug",
                        "apps-s-1vcpu-0.5gb",
                        "http_port",
                        8080,
                        "health_check",
                        Map.of("http_path", "/healthz", "initial_delay_seconds", 10))),
            "functions",
                List.of(
                    FakeJson.object(
                        "name",
                        "jobs",
                        "github",
                        Map.of("repo", "acme/jobs", "branch", "main", "deploy_on_push", false),
                        "source_dir",
                        "functions",
                        "log_destinations",
                        List.of(
                            Map.of(
                                "name",
                                "papertrail",
                                "papertrail",
                                Map.of("endpoint", "https://logs.example.com:12345"))))),
            "ingress",
                Map.of(
                    "rules",
                    List.of(
                        Map.of(
                            "match", Map.of("path", Map.of("prefix", "/jobs")),
                            "component", Map.of("name", "jobs")),
                        Map.of(
                            "match", Map.of("path", Map.of("prefix", "/")),
                            "component", Map.of("name", "api")))),
            "alerts", List.of(Map.of("rule", "DEPLOYMENT_FAILED")));
    Map<String, Object> app =
        (Map<String, Object>)
            env.client()
                .api()
                .call(
                    ApiRequest.of(AppsOperations.APPS_CREATE).body(Map.of("spec", spec)).build(),
                    "app",
                    Map.class);
    return String.valueOf(app.get("id"));
  }

  /** The spec of that app in Seawall's terms: everything it models. */
  private static AppSpec.Builder spec(int instances) {
    return AppSpec.builder()
        .name("orders")
        .region("fra")
        .addComponent(
            AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                .withHttpPort(8080)
                .withInstanceCount(instances))
        .addComponent(
            AppComponent.functions("jobs", GitSource.github("acme/jobs", "main"))
                .withSourceDir("functions"))
        .addIngressRule(IngressRule.route("/jobs", "jobs"))
        .addIngressRule(IngressRule.route("/", "api"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> stored(String field, String component) {
    Map<String, @Nullable Object> spec = FakeApps.spec(env.fake().state(), appId);
    for (String list : List.of("services", "functions")) {
      for (Map<String, Object> c : (List<Map<String, Object>>) spec.getOrDefault(list, List.of())) {
        if (c.get("name").equals(component)) {
          return c;
        }
      }
    }
    throw new AssertionError(field + " of " + component + " not stored");
  }

  @Test
  void get_readsTheFunctionsComponentAndKeepsWhatItDoesNotModel() {
    App app = apps.get(appId);

    AppComponent jobs = app.component("jobs").orElseThrow();
    assertThat(jobs.type()).isEqualTo(ComponentType.FUNCTIONS);
    assertThat(jobs.source()).isEqualTo(GitSource.github("acme/jobs", "main"));
    assertThat(jobs.sourceDir()).isEqualTo("functions");
    assertThat(app.unmodelled().names())
        .containsExactly("egress", "api.health_check", "jobs.log_destinations");
    assertThat(app.unmodelled().holders("health_check")).containsExactly("api");
    assertThat(app.toString())
        .contains("api.health_check")
        .doesNotContain("/healthz")
        .doesNotContain("logs.example.com");
  }

  @Test
  void apply_whenTheSpecModelsEverythingElse_showsNoChangeAndSendsNothing() {
    long writes = env.writes();

    Applied<App> applied = apps.apply(spec(1).build());

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  @SuppressWarnings("unchecked")
  void apply_whenAModelledFieldChanges_sendsTheUnmodelledSettingsBackUnchanged() {
    Applied<App> scaled = apps.apply(spec(2).build());

    assertThat(scaled.diff().action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(scaled.diff().fields()).containsExactly("components");
    Map<String, Object> sent =
        (Map<String, Object>)
            ((Map<String, Object>) FakeEnvironment.body(env.calls("apps_update").get(0)))
                .get("spec");
    assertThat(sent.get("egress")).isEqualTo(Map.of("type", "DEDICATED_IP"));
    assertThat(stored("health_check", "api").get("health_check"))
        .isEqualTo(Map.of("http_path", "/healthz", "initial_delay_seconds", 10L));
    assertThat(stored("log_destinations", "jobs").get("log_destinations"))
        .isEqualTo(
            List.of(
                Map.of(
                    "name",
                    "papertrail",
                    "papertrail",
                    Map.of("endpoint", "https://logs.example.com:12345"))));
    assertThat(stored("source_dir", "jobs").get("source_dir")).isEqualTo("functions");
    assertThat(stored("instance_count", "api").get("instance_count")).isEqualTo(2L);
    long writes = env.writes();
    assertThat(apps.apply(spec(2).build()).diff().isNone()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void diff_whenTheSpecReplacesUnmodelledSettings_showsEachRemoval() {
    AppSpec replacing =
        spec(1).replaceUnmodelledSettings(Justification.of("OPS-7: health checks moved")).build();

    Diff diff = apps.diff(replacing);

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.removed("egress", "(app) (set outside Seawall)"),
            FieldChange.removed("health_check", "api (set outside Seawall)"),
            FieldChange.removed("log_destinations", "jobs (set outside Seawall)"));
    assertThat(diff.toString()).doesNotContain("/healthz").doesNotContain("DEDICATED_IP");
  }

  @Test
  void apply_whenTheSpecReplacesUnmodelledSettings_removesThemAndThenSendsNothing() {
    AppSpec replacing =
        spec(1).replaceUnmodelledSettings(Justification.of("OPS-7: health checks moved")).build();

    apps.apply(replacing);

    Map<String, @Nullable Object> stored = FakeApps.spec(env.fake().state(), appId);
    assertThat(stored).doesNotContainKey("egress");
    assertThat(stored("health_check", "api")).doesNotContainKey("health_check");
    assertThat(stored("log_destinations", "jobs"))
        .doesNotContainKey("log_destinations")
        .containsEntry("source_dir", "functions");
    long writes = env.writes();
    assertThat(apps.apply(replacing).diff().isNone()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void diff_whenTheSpecLeavesTheFunctionsComponentOut_showsItsRemoval() {
    AppSpec withoutFunctions =
        AppSpec.builder()
            .name("orders")
            .region("fra")
            .addComponent(
                AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                    .withHttpPort(8080))
            .addIngressRule(IngressRule.route("/", "api"))
            .build();

    Diff diff = apps.diff(withoutFunctions);

    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .contains(
            "components: - functions jobs (github acme/jobs#main, dir functions)",
            "ingress_rules: - /jobs -> component jobs");
  }

  @Test
  void apply_aFunctionsComponentWithASecret_sendsItOnceAndTheSecondApplySendsNothing() {
    String secret = FakeEnvironment.generatedSecret();
    AppSpec spec =
        AppSpec.builder()
            .name("billing")
            .addComponent(
                AppComponent.functions("jobs", GitSource.github("acme/jobs", "main"))
                    .withSourceDir("functions")
                    .withEnv(EnvVar.secret("STRIPE_API_KEY", secret)))
            .addIngressRule(IngressRule.route("/", "jobs"))
            .build();

    apps.apply(spec);
    long writes = env.writes();
    Applied<App> again;
    try (DigitalOcean other = env.newClient()) {
      again = Apps.apps(other).apply(spec);
    }

    FakeCall create =
        env.calls("apps_create").get(env.calls("apps_create").size() - 1); // after the seed
    assertThat(create.body()).contains("\"functions\"").contains(secret);
    assertThat(create.body()).doesNotContain("instance_count");
    assertThat(again.diff().isNone()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
    assertThat(again.resource().toString()).doesNotContain(secret);
  }
}
