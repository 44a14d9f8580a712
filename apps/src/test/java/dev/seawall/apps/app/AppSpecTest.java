package dev.seawall.apps.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppSpecTest {
  private static final ImageSource IMAGE = ImageSource.docr("orders-api", "1.4.2");
  private static final Justification WHY = Justification.of("SEC-42: reviewed");

  private static AppSpec.Builder app(AppComponent... components) {
    AppSpec.Builder builder = AppSpec.builder().name("orders").region("fra");
    for (AppComponent component : components) {
      builder.addComponent(component);
    }
    return builder;
  }

  private static AppComponent api(EnvVar... envs) {
    return AppComponent.service("api", IMAGE).withHttpPort(8080).withEnvs(List.of(envs));
  }

  private static List<String> ruleIds(AppSpec.Builder builder) {
    return builder
        .validate()
        .fold(errors -> errors.map(Violation::ruleId).toJavaList(), ok -> List.of());
  }

  @Test
  void build_whenSecure_hasTheSecureDefaults() {
    AppSpec spec =
        app(api(EnvVar.secret("STRIPE_API_KEY", FakeEnvironment.generatedSecret())))
            .addDomain(AppDomain.primary("orders.example.com"))
            .build();

    assertThat(spec.alerts()).containsExactly(AppAlert.on(AppAlert.DEPLOYMENT_FAILED));
    assertThat(spec.enhancedThreatControl()).isTrue();
    assertThat(spec.domains().get(0).minimumTlsVersion()).contains(TlsVersion.TLS_1_3);
    assertThat(spec.components().get(0).envs().get(0).scope()).isEqualTo(EnvScope.RUN_TIME);
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DB_PASSWORD",
        "API_TOKEN",
        "STRIPE_SECRET_KEY",
        "JWT_SECRET",
        "DATABASE_URL",
        "REDIS_URL",
        "awsSecretAccessKey",
        "SENTRY_DSN"
      })
  void build_whenSecretNamedVariableIsGeneral_refusesWithSwApp001(String key) {
    AppSpec.Builder builder = app(api(EnvVar.general(key, FakeEnvironment.generatedSecret())));

    assertThat(ruleIds(builder)).containsExactly("SW-APP-001");
  }

  @Test
  void build_whenValueLooksSecretUnderAHarmlessName_refusesWithSwApp001() {
    String token = "dop_v1_" + "ab".repeat(32);

    assertThat(ruleIds(app(api(EnvVar.general("SETTINGS", token))))).containsExactly("SW-APP-001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BASE_URL", "PUBLIC_KEY", "LOG_LEVEL", "PORT"})
  void build_whenGeneralVariableLooksHarmless_accepts(String key) {
    assertThat(ruleIds(app(api(EnvVar.general(key, "https://example.com"))))).isEmpty();
  }

  @Test
  void build_whenSecretNamedVariableIsABinding_acceptsItAsGeneral() {
    AppSpec spec =
        app(api(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL")))
            .addDatabase(AppDatabase.cluster("db", "orders-db", "PG"))
            .build();

    assertThat(spec.components().get(0).envs().get(0).value()).isEqualTo("${db.DATABASE_URL}");
  }

  @Test
  void build_whenPlaintextAcknowledged_acceptsAndRecordsTheVariable() {
    AppSpec spec =
        app(api(EnvVar.general("CACHE_KEY", "v2")))
            .allowPlaintextEnv("api", "CACHE_KEY", WHY)
            .build();

    assertThat(spec.acknowledgedRisks())
        .containsExactly(
            AcknowledgedRisk.of(
                dev.seawall.apps.AppsRules.SW_APP_001, WHY, "plain-text api.CACHE_KEY"));
  }

  @Test
  void build_whenPlaintextAcknowledgedForAnotherVariable_stillRefuses() {
    AppSpec.Builder builder =
        app(api(EnvVar.general("CACHE_KEY", "v2"), EnvVar.general("DB_PASSWORD", "x1")))
            .allowPlaintextEnv("api", "CACHE_KEY", WHY);

    assertThat(ruleIds(builder)).containsExactly("SW-APP-001");
  }

  @Test
  void build_whenDatabaseUrlPasted_refusesWithSwApp002EvenAsSecret() {
    String url =
        "postgresql://doadmin:" + FakeEnvironment.generatedSecret() + "@db.example:25060/d";

    assertThat(ruleIds(app(api(EnvVar.secret("DATABASE_URL", url))))).containsExactly("SW-APP-002");
    assertThat(
            ruleIds(
                app(api(EnvVar.secret("DATABASE_URL", url)))
                    .allowLiteralDatabaseUrl("api", "DATABASE_URL", WHY)))
        .isEmpty();
  }

  @Test
  void build_whenRefused_messagesAndToStringNeverHoldTheSecret() {
    String secret = FakeEnvironment.generatedSecret();
    String url = "postgresql://doadmin:" + secret + "@db.example:25060/d";
    AppSpec.Builder builder =
        app(api(EnvVar.general("DB_PASSWORD", secret), EnvVar.general("DATABASE_URL", url)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-APP-001")
        .hasMessageContaining("SW-APP-002")
        .hasMessageContaining("allowPlaintextEnv(\"api\", \"DB_PASSWORD\", Justification)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    AppSpec built = app(api(EnvVar.secret("DB_PASSWORD", secret))).build();
    assertThat(built.toString()).doesNotContain(secret);
    assertThat(built.components().toString()).doesNotContain(secret);
    assertThat(EnvVar.secret("X", secret).toString()).isEqualTo("X=(sensitive) (SECRET, RUN_TIME)");
  }

  @Test
  void build_whenDomainTls12_accepts() {
    AppSpec spec =
        app(api())
            .addDomain(AppDomain.alias("old.example.com").minimumTlsVersion(TlsVersion.TLS_1_2))
            .build();

    assertThat(spec.domains().get(0).minimumTlsVersion()).contains(TlsVersion.TLS_1_2);
  }

  @Test
  void build_whenDomainWithoutTlsMinimum_refusesWithSwApp003() {
    AppDomain bare =
        new AppDomain("orders.example.com", "PRIMARY", false, "", java.util.Optional.empty());

    assertThat(ruleIds(app(api()).addDomain(bare))).containsExactly("SW-APP-003");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", ".*", "^.*$", "https://.*"})
  void build_whenCorsAdmitsAnyOriginWithCredentials_refusesEvenWhenAcknowledged(String origin) {
    CorsPolicy cors =
        new CorsPolicy(
            List.of(origin.equals("*") ? OriginMatch.exact(origin) : OriginMatch.regex(origin)),
            List.of("GET"),
            List.of(),
            true);
    AppSpec.Builder builder =
        app(api()).addIngressRule(IngressRule.route("/", "api").withCors(cors)).allowAnyOrigin(WHY);

    assertThat(ruleIds(builder)).containsExactly("SW-APP-004");
  }

  @Test
  void build_whenCorsAdmitsAnyOriginWithoutCredentials_refusesUnlessAcknowledged() {
    CorsPolicy cors =
        new CorsPolicy(List.of(OriginMatch.exact("*")), List.of("GET"), List.of(), false);
    AppSpec.Builder builder =
        app(api()).addIngressRule(IngressRule.route("/", "api").withCors(cors));

    assertThat(ruleIds(builder)).containsExactly("SW-APP-004");
    assertThat(builder.allowAnyOrigin(WHY).build().acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-APP-004");
  }

  @Test
  void build_whenCorsListsExactOriginsWithCredentials_accepts() {
    CorsPolicy cors = CorsPolicy.allowOrigins("https://www.example.com").withCredentials();

    assertThat(ruleIds(app(api()).addIngressRule(IngressRule.route("/", "api").withCors(cors))))
        .isEmpty();
  }

  @Test
  void build_whenRedirectToPlainHttp_refusesWithSwApp005() {
    IngressRule rule = IngressRule.redirect("/old", new Redirect("http", "example.com", "", 301));

    assertThat(ruleIds(app(api()).addIngressRule(rule))).containsExactly("SW-APP-005");
    assertThat(
            ruleIds(
                app(api())
                    .addIngressRule(
                        IngressRule.redirect("/old", Redirect.permanentTo("example.com")))))
        .isEmpty();
  }

  @Test
  void build_whenDeploymentAlertOptedOut_hasNoAlertAndRecordsTheRisk() {
    AppSpec spec = app(api()).withoutDeploymentFailureAlert(WHY).build();

    assertThat(spec.alerts()).isEmpty();
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-APP-006");
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }

  @Test
  void build_whenThreatControlOptedOut_turnsItOffAndRecordsSwApp007() {
    AppSpec spec = app(api()).withoutEnhancedThreatControl(WHY).build();

    assertThat(spec.enhancedThreatControl()).isFalse();
    assertThat(spec.acknowledgedRisks())
        .containsExactly(
            AcknowledgedRisk.of(
                dev.seawall.apps.AppsRules.SW_APP_007, WHY, "enhanced threat control off"));
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
    assertThat(spec).isNotEqualTo(app(api()).build());
  }

  @Test
  void audit_whenThreatControlReportedOff_flagsSwApp007AndWhenUnknownDoesNot() {
    AppSpec spec = app(api()).build();
    App off =
        new App(
            "id-1",
            "orders",
            java.util.Optional.of("fra"),
            spec.components(),
            List.of(),
            List.of(),
            List.of(),
            spec.alerts(),
            java.util.Optional.of(false),
            "",
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Map.of(),
            UnmodelledSettings.NONE);
    App unknown =
        new App(
            "id-2",
            "orders",
            java.util.Optional.of("fra"),
            spec.components(),
            List.of(),
            List.of(),
            List.of(),
            spec.alerts(),
            java.util.Optional.empty(),
            "",
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Map.of(),
            UnmodelledSettings.NONE);

    assertThat(new AppAuditor().audit(off))
        .extracting(Violation::ruleId, Violation::resource)
        .containsExactly(org.assertj.core.api.Assertions.tuple("SW-APP-007", "app/orders"));
    assertThat(new AppAuditor().audit(unknown)).isEmpty();
  }

  @Test
  void validate_whenInputMalformed_reportsEveryProblemAtOnce() {
    AppSpec.Builder builder =
        AppSpec.builder()
            .name("Orders_App")
            .region("nyc1")
            .addComponent(
                AppComponent.service("api", new ImageSource("DOCR", "", "api", "", ""))
                    .withEnvs(
                        List.of(
                            EnvVar.general("1BAD", "x"),
                            EnvVar.binding("DATABASE_URL", "nodb", "DATABASE_URL"))))
            .addComponent(
                AppComponent.worker("api", GitSource.git("git@github.com:a/b.git", "main")))
            .addIngressRule(IngressRule.route("api", "missing"));

    List<String> resources = builder.validate().getError().map(Violation::resource).toJavaList();

    assertThat(resources)
        .contains(
            "app/Orders_App.name",
            "app/Orders_App.region",
            "app/Orders_App.api.image",
            "app/Orders_App.api.envs.1BAD",
            "app/Orders_App.api.name",
            "app/Orders_App.api.git.repo_clone_url",
            "app/Orders_App.api.envs.DATABASE_URL.value",
            "app/Orders_App.ingress.rules[0].path",
            "app/Orders_App.ingress.rules[0].component");
  }

  private static AppComponent functions(EnvVar... envs) {
    return AppComponent.functions("jobs", GitSource.github("acme/jobs", "main"))
        .withSourceDir("functions")
        .withEnvs(List.of(envs));
  }

  @Test
  void build_whenAFunctionsComponentHasAPlainTextSecret_refusesWithSwApp001AndItsOptOut() {
    String secret = FakeEnvironment.generatedSecret();
    AppSpec.Builder builder = app(functions(EnvVar.general("DB_PASSWORD", secret)));

    assertThat(ruleIds(builder)).containsExactly("SW-APP-001");
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("jobs")
        .hasMessageContaining("allowPlaintextEnv(\"jobs\", \"DB_PASSWORD\", Justification)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    assertThat(ruleIds(builder.allowPlaintextEnv("jobs", "DB_PASSWORD", WHY))).isEmpty();
  }

  @Test
  void build_whenAFunctionsComponentHasAPastedDatabaseUrl_refusesWithSwApp002() {
    AppSpec.Builder builder =
        app(
            functions(
                EnvVar.secret("DATABASE_URL", "postgresql://app:hunter2x@db.example.com/orders")));

    assertThat(ruleIds(builder)).containsExactly("SW-APP-002");
  }

  @Test
  void build_whenAFunctionsComponentIsSecure_acceptsWithoutInstances() {
    AppSpec spec =
        app(functions(EnvVar.secret("STRIPE_API_KEY", FakeEnvironment.generatedSecret())))
            .addIngressRule(
                IngressRule.route("/jobs", "jobs")
                    .withCors(CorsPolicy.allowOrigins("https://www.example.com")))
            .build();

    AppComponent jobs = spec.components().get(0);
    assertThat(jobs.type()).isEqualTo(ComponentType.FUNCTIONS);
    assertThat(jobs.instanceCount()).isZero();
    assertThat(jobs.toString())
        .isEqualTo(
            "functions jobs (github acme/jobs#main, dir functions," + " envs STRIPE_API_KEY)");
  }

  @Test
  void validate_whenAFunctionsComponentHasAnImageAPortOrAnAbsoluteDirectory_reportsEachAtOnce() {
    AppComponent image =
        new AppComponent(ComponentType.FUNCTIONS, "jobs", IMAGE, List.of(), 0, "", 8080, "", "");
    AppComponent absolute =
        AppComponent.functions("tasks", GitSource.github("acme/tasks", "main"))
            .withSourceDir("/etc");

    List<Violation> violations = app(image, absolute).validate().getError().toJavaList();

    assertThat(violations)
        .extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("built from a git repository"))
        .anySatisfy(m -> assertThat(m).contains("no http_port"))
        .anySatisfy(m -> assertThat(m).contains("relative to the repository's root"));
  }

  @Test
  void replaceUnmodelledSettings_isKeptByToBuilderAndEquals() {
    AppSpec keeping = app(api()).build();
    AppSpec replacing = app(api()).replaceUnmodelledSettings(WHY).build();

    assertThat(keeping.unmodelledSettingsReplaced()).isEmpty();
    assertThat(replacing.unmodelledSettingsReplaced()).contains(WHY);
    assertThat(replacing.toBuilder().build()).isEqualTo(replacing).isNotEqualTo(keeping);
  }
}
