package dev.seawall.apps.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.apps.AppsRules;
import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionTriggerSpecTest {
  private static final Justification WHY = Justification.of("SEC-77: a public sandbox id");

  private static FunctionTriggerSpec.Builder trigger() {
    return FunctionTriggerSpec.builder()
        .name("nightly-invoices")
        .function("billing/invoice")
        .cron("0 3 * * *");
  }

  private static List<String> ruleIds(FunctionTriggerSpec.Builder builder) {
    return builder
        .validate()
        .fold(errors -> errors.map(Violation::ruleId).toJavaList(), ok -> List.of());
  }

  @Test
  void build_whenSecure_hasTheDefaults() {
    FunctionTriggerSpec spec = trigger().putBody("dryRun", false).build();

    assertThat(spec.enabled()).isTrue();
    assertThat(spec.body()).containsExactly(Map.entry("dryRun", false));
    assertThat(spec.acknowledgedRisks()).isEmpty();
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "* * * * *",
        "*/15 * * * *",
        "0 3 * * *",
        "0 9-17/2 * * MON-FRI",
        "30 4 1,15 JAN,jul 0",
        "0 0 * * 7"
      })
  void build_whenCronIsValid_accepts(String cron) {
    assertThat(ruleIds(trigger().cron(cron))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "* * * *",
        "0 0 3 * * *",
        "60 * * * *",
        "* 24 * * *",
        "* * 0 * *",
        "* * * 13 *",
        "* * * * 8",
        "5-1 * * * *",
        "*/0 * * * *",
        "@hourly",
        "* * * FOO *"
      })
  void build_whenCronIsInvalid_refusesUnderSwInput001BeforeSending(String cron) {
    assertThat(trigger().cron(cron).validate().getError())
        .extracting(Violation::ruleId, Violation::resource)
        .containsExactly(
            tuple("SW-INPUT-001", "function_trigger/nightly-invoices.scheduled_details.cron"));
  }

  @Test
  void build_whenBodyHoldsASecretNamedLiteral_refusesWithSwFn004NamingThePath() {
    String secret = FakeEnvironment.generatedSecret();
    FunctionTriggerSpec.Builder builder =
        trigger().putBody("auth", Map.of("apiToken", secret)).putBody("region", "fra1");

    assertThat(builder.validate().getError())
        .extracting(Violation::ruleId, Violation::resource)
        .containsExactly(
            tuple(
                "SW-FN-004",
                "function_trigger/nightly-invoices.scheduled_details.body.auth.apiToken"));
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("allowPlaintextBody(\"auth.apiToken\", Justification)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }

  @Test
  void build_whenBodyValueLooksLikeATokenUnderAHarmlessName_refusesWithSwFn004() {
    String token = "dop_v1_" + "cd".repeat(32);

    assertThat(ruleIds(trigger().putBody("settings", List.of("x", token))))
        .containsExactly("SW-FN-004");
  }

  @Test
  void build_whenBodySecretIsATemplateReference_accepts() {
    assertThat(ruleIds(trigger().putBody("password", "${DB_PASSWORD}"))).isEmpty();
  }

  @Test
  void build_whenBodySecretAcknowledged_acceptsAndRecordsThePath() {
    FunctionTriggerSpec spec =
        trigger().putBody("sandboxKey", "sbx-1234").allowPlaintextBody("sandboxKey", WHY).build();

    assertThat(spec.acknowledgedRisks())
        .containsExactly(
            AcknowledgedRisk.of(AppsRules.SW_FN_004, WHY, "plain-text body.sandboxKey"));
  }

  @Test
  void toString_ofSpecAndReadModel_showsBodyKeysNeverValues() {
    String secret = FakeEnvironment.generatedSecret();
    FunctionTriggerSpec spec =
        trigger().putBody("sandboxKey", secret).allowPlaintextBody("sandboxKey", WHY).build();
    FunctionTrigger read =
        new FunctionTrigger(
            "fn-1",
            "t",
            "billing/invoice",
            "SCHEDULED",
            Optional.of(true),
            Optional.of("0 3 * * *"),
            Map.of("sandboxKey", secret),
            Optional.empty(),
            Optional.empty());

    assertThat(spec.toString()).contains("sandboxKey").doesNotContain(secret);
    assertThat(read.toString()).contains("sandboxKey").doesNotContain(secret);
  }

  @Test
  void audit_whenATriggerBodyHoldsASecret_flagsSwFn004WithoutTheValue() {
    String secret = FakeEnvironment.generatedSecret();
    FunctionTrigger read =
        new FunctionTrigger(
            "fn-1",
            "sync",
            "crm/sync",
            "SCHEDULED",
            Optional.of(true),
            Optional.of("0 * * * *"),
            Map.of("client_secret", secret, "page", 1.0),
            Optional.empty(),
            Optional.empty());

    assertThat(new FunctionTriggerAuditor().audit(read))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-FN-004");
              assertThat(v.resource())
                  .isEqualTo("function_trigger/sync.scheduled_details.body.client_secret");
              assertThat(v.toString()).doesNotContain(secret);
            });
  }

  @Test
  void validate_whenInputMalformed_reportsEveryProblemAtOnce() {
    FunctionTriggerSpec.Builder builder =
        FunctionTriggerSpec.builder().name("bad name!").function("a/b/c").cron("nope");

    assertThat(builder.validate().getError())
        .extracting(Violation::resource)
        .containsExactlyInAnyOrder(
            "function_trigger/bad name!.name",
            "function_trigger/bad name!.function",
            "function_trigger/bad name!.scheduled_details.cron");
  }
}
