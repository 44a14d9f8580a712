package dev.seawall.apps.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.LocatedViolation;
import dev.seawall.core.policy.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class FunctionsProjectTest {
  private static final Justification WHY = Justification.of("SEC-12: Stripe calls it");
  private static final Justification PUBLIC = Justification.of("SEC-13: public status page");
  private static final Justification RAW = Justification.of("SEC-14: signature over raw body");

  private static FunctionsProject.Function invoice() {
    return FunctionsProject.Function.named("invoice", "nodejs:18");
  }

  private static FunctionsProject.Builder project(FunctionsProject.Function... functions) {
    FunctionsProject.Package billing = FunctionsProject.Package.named("billing");
    for (FunctionsProject.Function f : functions) {
      billing = billing.withFunction(f);
    }
    return FunctionsProject.builder().addPackage(billing);
  }

  private static List<String> ruleIds(FunctionsProject.Builder builder) {
    return builder
        .validate()
        .fold(errors -> errors.map(Violation::ruleId).toJavaList(), ok -> List.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> function(String yaml, int index) {
    Map<String, Object> root =
        (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    Map<String, Object> pkg = ((List<Map<String, Object>>) root.get("packages")).get(0);
    return ((List<Map<String, Object>>) pkg.get("functions")).get(index);
  }

  @Test
  void toYaml_byDefault_writesAFunctionThatIsNotWebExposed() {
    String yaml =
        project(invoice().withEnvironment("DB_PASSWORD", "${DB_PASSWORD}")).build().toYaml();

    Map<String, Object> f = function(yaml, 0);
    assertThat(f)
        .containsEntry("name", "invoice")
        .containsEntry("runtime", "nodejs:18")
        .containsEntry("web", false)
        .doesNotContainKey("webSecure")
        .containsEntry("environment", Map.of("DB_PASSWORD", "${DB_PASSWORD}"));
    assertThat(new ProjectYmlAuditor().audit(yaml)).isEmpty();
  }

  @Test
  void build_whenWebWithoutJustification_refusesWithSwFn001NamingTheOptOut() {
    FunctionsProject.Builder builder = project(invoice().web(WebMode.ON));

    assertThat(ruleIds(builder)).containsExactly("SW-FN-001");
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("allowWebExposure(Justification)");
  }

  @Test
  void toYaml_whenWebExposureJustified_writesWebTrueWithWebSecureTrue() {
    FunctionsProject built = project(invoice().web(WebMode.ON).allowWebExposure(WHY)).build();

    Map<String, Object> f = function(built.toYaml(), 0);
    assertThat(f).containsEntry("web", true).containsEntry("webSecure", true);
    assertThat(built.acknowledgedRisks())
        .containsExactly(
            AcknowledgedRisk.of(dev.seawall.apps.AppsRules.SW_FN_001, WHY, "billing/invoice"));
  }

  @Test
  void build_whenWebSecureOff_refusesWithSwFn002UnlessItsOwnOptOut() {
    FunctionsProject.Function open =
        invoice().web(WebMode.ON).allowWebExposure(WHY).webSecure(false);

    assertThat(ruleIds(project(open))).containsExactly("SW-FN-002");
    FunctionsProject built = project(open.allowAnonymousWebAccess(PUBLIC)).build();
    assertThat(function(built.toYaml(), 0)).containsEntry("webSecure", false);
    assertThat(built.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactlyInAnyOrder("SW-FN-001", "SW-FN-002");
  }

  @Test
  void build_whenRawHttp_needsItsOwnJustificationBesideTheExposure() {
    FunctionsProject.Function raw = invoice().web(WebMode.RAW).allowWebExposure(WHY);

    assertThat(ruleIds(project(raw))).containsExactly("SW-FN-003");
    assertThat(ruleIds(project(invoice().web(WebMode.RAW))))
        .containsExactlyInAnyOrder("SW-FN-001", "SW-FN-003");
    Map<String, Object> f = function(project(raw.allowRawHttp(RAW)).build().toYaml(), 0);
    assertThat(f).containsEntry("web", "raw").containsEntry("webSecure", true);
  }

  @Test
  void build_whenASecretIsALiteral_refusesWithSwFn005AtEveryLevelWithoutTheValue() {
    String secret = FakeEnvironment.generatedSecret();
    FunctionsProject.Builder builder =
        FunctionsProject.builder()
            .environment("SENTRY_DSN", secret)
            .addPackage(
                FunctionsProject.Package.named("billing")
                    .withParameter("apiKey", secret)
                    .withFunction(invoice().withEnvironment("DB_PASSWORD", secret)));

    assertThat(builder.validate().getError())
        .extracting(Violation::ruleId, Violation::resource)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-005", "functions_project.environment.SENTRY_DSN"),
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-005", "functions_project.packages.billing.parameters.apiKey"),
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-005", "functions_project.packages.billing.invoice.environment.DB_PASSWORD"));
    assertThatThrownBy(builder::build)
        .hasMessageContaining("allowLiteral(\"DB_PASSWORD\", Justification)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }

  @Test
  void build_whenALiteralIsJustified_acceptsAndRecordsIt() {
    FunctionsProject built =
        project(invoice().withEnvironment("CACHE_KEY", "v2").allowLiteral("CACHE_KEY", WHY))
            .build();

    assertThat(built.acknowledgedRisks())
        .containsExactly(
            AcknowledgedRisk.of(
                dev.seawall.apps.AppsRules.SW_FN_005, WHY, "billing/invoice literal CACHE_KEY"));
    assertThat(function(built.toYaml(), 0)).containsEntry("environment", Map.of("CACHE_KEY", "v2"));
  }

  @Test
  void writeTo_whenWritten_isReadBackByTheAuditorWithTheAcceptedRisksFlagged(@TempDir Path dir) {
    String secret = FakeEnvironment.generatedSecret();
    FunctionsProject built =
        project(
                invoice().web(WebMode.ON).allowWebExposure(WHY),
                FunctionsProject.Function.named("sync", "python:3.11")
                    .withLimits(60_000, 256)
                    .withEnvironment("CRM_TOKEN", "${CRM_TOKEN}"))
            .build();

    Path file = built.writeTo(dir);

    assertThat(file).hasFileName("project.yml").exists();
    assertThat(function(built.toYaml(), 1))
        .containsEntry("limits", Map.of("timeout", 60_000, "memory", 256));
    assertThat(new ProjectYmlAuditor().report(file, "functions/project.yml").findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("SW-FN-001");
              assertThat(f.location().uri()).isEqualTo("functions/project.yml");
              assertThat(f.location().line()).isGreaterThan(1);
            });
    assertThat(built.toString()).doesNotContain(secret).contains("invoice");
  }

  @Test
  void toYaml_writesEachOptOutAsAnAcceptCommentRightAboveTheLineTheAuditorReportsItAt() {
    Justification anonymous = Justification.of("SEC-13: the webhook checks Stripe's signature");
    Justification literal = Justification.of("SEC-14: a cache key, not a secret");
    FunctionsProject built =
        project(
                invoice(),
                FunctionsProject.Function.named("stripe-webhook", "nodejs:18")
                    .web(WebMode.RAW)
                    .allowWebExposure(WHY)
                    .allowRawHttp(WHY)
                    .webSecure(false)
                    .allowAnonymousWebAccess(anonymous)
                    .withEnvironment("CACHE_KEY", "v2-9f8e7d6c5b4a39281706f5e4d3c2b1a0")
                    .allowLiteral("CACHE_KEY", literal))
            .build();

    String yaml = built.toYaml();
    List<String> lines = List.of(yaml.split("\n"));
    List<LocatedViolation> found = new ProjectYmlAuditor().audit(yaml);

    assertThat(found)
        .extracting(v -> v.violation().rule().id())
        .containsExactlyInAnyOrder("SW-FN-001", "SW-FN-002", "SW-FN-003", "SW-FN-005");
    for (LocatedViolation v : found) {
      List<String> above = new java.util.ArrayList<>();
      for (int i = v.line() - 2; i >= 0 && lines.get(i).strip().startsWith("#"); i--) {
        above.add(lines.get(i).strip());
      }
      String why =
          switch (v.violation().rule().id()) {
            case "SW-FN-002" -> anonymous.toString();
            case "SW-FN-005" -> literal.toString();
            default -> WHY.toString();
          };
      assertThat(above)
          .as("comments above line %d", v.line())
          .contains("# seawall:accept " + v.violation().rule().id() + " " + why);
    }
    assertThat(function(yaml, 0)).doesNotContainKey("webSecure").containsEntry("web", false);
    assertThat(function(yaml, 1)).containsEntry("web", "raw").containsEntry("webSecure", false);
  }

  @Test
  void toYaml_withoutOptOuts_writesNoComment() {
    assertThat(project(invoice()).build().toYaml()).doesNotContain("#");
  }

  @Test
  void audit_whenDoctlDefaultsAndLiteralsAreUsed_flagsEachWithItsLine() throws Exception {
    String secret = FakeEnvironment.generatedSecret();
    String yaml =
        String.join(
            "\n",
            "environment:",
            "  LOG_LEVEL: info",
            "packages:",
            "  - name: billing",
            "    functions:",
            "      - name: defaults", //             line 6: web and webSecure omitted
            "        runtime: nodejs:18",
            "      - name: raw",
            "        runtime: nodejs:18",
            "        web: raw", //                   line 10
            "        webSecure: true",
            "      - name: annotated",
            "        runtime: nodejs:18",
            "        web: false",
            "        annotations:",
            "          require-whisk-auth: true",
            "        environment:",
            "          DB_PASSWORD: " + secret, //   line 18
            "          API_TOKEN: ${API_TOKEN}",
            "");

    List<LocatedViolation> found = new ProjectYmlAuditor().audit(yaml);

    assertThat(found)
        .extracting(v -> v.violation().ruleId(), v -> v.violation().resource(), v -> v.line())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-001", "functions_project.packages.billing.defaults.web", 6),
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-002", "functions_project.packages.billing.defaults.webSecure", 6),
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-001", "functions_project.packages.billing.raw.web", 10),
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-003", "functions_project.packages.billing.raw.web", 10),
            org.assertj.core.api.Assertions.tuple(
                "SW-FN-005",
                "functions_project.packages.billing.annotated.environment.DB_PASSWORD",
                18));
    assertThat(found.toString()).doesNotContain(secret);
    assertThat(Files.exists(Path.of("project.yml"))).isFalse();
  }

  @Test
  void audit_whenNotYaml_namesTheLineNotTheText() {
    String secret = FakeEnvironment.generatedSecret();

    assertThatThrownBy(() -> new ProjectYmlAuditor().audit("packages: [\n  " + secret + ": {"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid YAML at line")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }
}
