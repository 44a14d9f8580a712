package dev.seawall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Location;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.fakes.FakeApps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AppsAudit} against the stateful fake holding a secure app (made by Seawall) and insecure
 * ones (seeded as another tool would have made them).
 */
class AppsAuditTest {
  private FakeEnvironment env;
  private String secure;
  private String plaintext;
  private String pastedDb;
  private String noTls;
  private String wildcardCors;
  private String httpRedirect;
  private String noAlert;
  private String secret;
  private String namespaceId;
  private int callsBeforeAudit;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    secret = FakeEnvironment.generatedSecret();
    secure =
        Apps.apps(env.client())
            .create(
                dev.seawall.apps.app.AppSpec.builder()
                    .name("secure")
                    .addComponent(
                        dev.seawall.apps.app.AppComponent.service(
                                "api", dev.seawall.apps.app.ImageSource.docr("api", "1"))
                            .withEnv(dev.seawall.apps.app.EnvVar.secret("DB_PASSWORD", secret)))
                    .addDomain(dev.seawall.apps.app.AppDomain.primary("secure.example.com"))
                    .build())
            .id();
    plaintext = seed("plaintext", env("DB_PASSWORD", secret, "GENERAL"), List.of(), null, true);
    pastedDb =
        seed(
            "pasted-db",
            env(
                "DATABASE_URL",
                "postgresql://doadmin:" + secret + "@db-1.example:25060/d",
                "GENERAL"),
            List.of(),
            null,
            true);
    noTls =
        seed(
            "no-tls",
            null,
            List.of(FakeJson.object("domain", "no-tls.example.com", "type", "PRIMARY")),
            null,
            true);
    wildcardCors =
        seed(
            "wildcard-cors",
            null,
            List.of(),
            FakeJson.object(
                "match", FakeJson.object("path", FakeJson.object("prefix", "/")),
                "component", FakeJson.object("name", "api"),
                "cors",
                    FakeJson.object(
                        "allow_origins",
                        List.of(FakeJson.object("regex", ".*")),
                        "allow_credentials",
                        true)),
            true);
    httpRedirect =
        seed(
            "http-redirect",
            null,
            List.of(),
            FakeJson.object(
                "match", FakeJson.object("path", FakeJson.object("prefix", "/old")),
                "redirect", FakeJson.object("scheme", "http", "authority", "example.com")),
            true);
    noAlert = seed("no-alert", null, List.of(), null, false);
    namespaceId =
        Apps.functionNamespaces(env.client())
            .create(
                dev.seawall.apps.functions.FunctionNamespaceSpec.builder()
                    .label("jobs")
                    .region("fra1")
                    .build())
            .id();
    Apps.functionTriggers(env.client(), namespaceId)
        .create(
            dev.seawall.apps.functions.FunctionTriggerSpec.builder()
                .name("clean")
                .function("jobs/clean")
                .cron("0 * * * *")
                .putBody("olderThanDays", 30)
                .build());
    dev.seawall.testkit.fakes.FakeFunctions.seedTrigger(
        env.fake().state(),
        namespaceId,
        "sync",
        "crm/sync",
        "*/5 * * * *",
        FakeJson.object("crm", FakeJson.object("api_token", secret)));
    callsBeforeAudit = env.fake().calls().size();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private static Map<String, @Nullable Object> env(String key, String value, String type) {
    return FakeJson.object("key", key, "value", value, "type", type, "scope", "RUN_TIME");
  }

  /** An app as another tool would have made it (the fake's table, as the API stores it). */
  private String seed(
      String name,
      @Nullable Map<String, @Nullable Object> envVar,
      List<Object> domains,
      @Nullable Map<String, @Nullable Object> ingressRule,
      boolean alert) {
    String id = env.fake().state().nextUuid();
    Map<String, @Nullable Object> api =
        FakeJson.object(
            "name",
            "api",
            "image",
            FakeJson.object("registry_type", "DOCR", "repository", "api", "tag", "1"),
            "envs",
            envVar == null ? List.of() : new ArrayList<>(List.of(envVar)));
    Map<String, @Nullable Object> spec =
        FakeJson.object(
            "name",
            name,
            "services",
            List.of(api),
            "domains",
            domains,
            "alerts",
            alert ? List.of(FakeJson.object("rule", "DEPLOYMENT_FAILED")) : List.of());
    if (ingressRule != null) {
      spec.put("ingress", FakeJson.object("rules", List.of(ingressRule)));
    }
    env.fake()
        .state()
        .table(FakeApps.TABLE)
        .put(
            id,
            FakeJson.object("id", id, "spec", spec, "created_at", env.fake().state().timestamp()));
    return id;
  }

  private AuditResult audit() {
    return Audit.builder(env.client()).sources(List.of(new AppsAudit())).build().run();
  }

  @Test
  void installedSources_whenModuleIsOnTheClassPath_includeThisSource() {
    assertThat(Audit.installedSources()).hasAtLeastOneElementOfType(AppsAudit.class);
  }

  @Test
  void run_whenAppsAreInsecure_findsEachOnceWithItsRuleAndLocation() {
    AuditResult result = audit();

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, Finding::resource, f -> f.location().uri())
        .containsExactlyInAnyOrder(
            tuple("SW-APP-001", "app/plaintext.api.envs.DB_PASSWORD", uri(plaintext)),
            tuple("SW-APP-001", "app/pasted-db.api.envs.DATABASE_URL", uri(pastedDb)),
            tuple("SW-APP-002", "app/pasted-db.api.envs.DATABASE_URL", uri(pastedDb)),
            tuple("SW-APP-003", "app/no-tls.domains.no-tls.example.com", uri(noTls)),
            tuple("SW-APP-004", "app/wildcard-cors.ingress.rules[0]", uri(wildcardCors)),
            tuple("SW-APP-005", "app/http-redirect.ingress.rules[0]", uri(httpRedirect)),
            tuple("SW-APP-006", "app/no-alert", uri(noAlert)),
            tuple(
                "SW-FN-004",
                "function_trigger/sync.scheduled_details.body.crm.api_token",
                Location.resource("function_trigger", namespaceId + "/sync").uri()));
    assertThat(result.report().findings())
        .extracting(f -> f.location().uri())
        .doesNotContain(uri(secure));
    assertThat(result.resources())
        .containsOnly(
            Map.entry("app", 7L),
            Map.entry("function_namespace", 1L),
            Map.entry("function_trigger", 2L));
  }

  @Test
  void run_whenReported_neverShowsASecretAndRemediatesWithTheConvergingCall() {
    AuditResult result = audit();

    assertThat(result.report().findings())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.toString()).doesNotContain(secret);
              assertThat(result.report().remediation(f))
                  .containsAnyOf("Apps.apps(client)", "Apps.functionTriggers(client, namespaceId)");
            });
    assertThat(result.report().toString()).doesNotContain(secret);
  }

  @Test
  void readScopes_ofTheSource_areTheNarrowReadScopes() {
    assertThat(dev.seawall.core.Scopes.required(new AppsAudit().readOperations()))
        .containsExactly("app:read", "function:read");
  }

  @Test
  void run_whenAudited_sendsOnlyGetsOfItsReadOperations() {
    audit();

    List<FakeCall> sent = env.fake().calls().subList(callsBeforeAudit, env.fake().calls().size());
    List<String> declared =
        new AppsAudit().readOperations().stream().map(Operation::operationId).toList();
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(
            call -> {
              assertThat(call.method()).isEqualTo("GET");
              assertThat(declared).contains(call.operationId());
            });
  }

  private static String uri(String id) {
    return Location.resource("app", id).uri();
  }
}
