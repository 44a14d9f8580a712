package dev.seawall.apps.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.testkit.fakes.FakeFunctions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FunctionNamespaceResource} and {@link FunctionTriggerResource} in a stack. */
class FunctionStackTest {
  private static final ResourceKey NAMESPACE =
      ResourceKey.of(FunctionNamespaceResource.KIND, "billing-jobs");
  private static final ResourceKey TRIGGER =
      ResourceKey.of(FunctionTriggerResource.KIND, "nightly-invoices");

  private FakeEnvironment env;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
  }

  @AfterEach
  void tearDown() {
    env.close(); // fails the test if a request did not match the official specification
  }

  private Stack stack(String cron) {
    FunctionNamespaceResource namespace =
        FunctionNamespaceResource.builder(
                env.client(), "billing-jobs", FunctionNamespaceSpec.builder().region("fra1"))
            .build();
    FunctionTriggerResource trigger =
        FunctionTriggerResource.builder(
                env.client(),
                "nightly-invoices",
                FunctionTriggerSpec.builder()
                    .function("billing/invoice")
                    .cron(cron)
                    .putBody("dryRun", false))
            .namespace(namespace)
            .build();
    return Stack.builder().add(trigger).add(namespace).build();
  }

  private static AppliedResource applied(ApplyResult result, ResourceKey key) {
    return result.applied().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void planLive_whenNothingExists_showsBothCreatedTheNamespaceKnownAfterApplyAndItsScopes() {
    Plan plan = stack("0 3 * * *").planLive();

    ResourcePlan namespace = plan.resource(NAMESPACE).orElseThrow();
    ResourcePlan trigger = plan.resource(TRIGGER).orElseThrow();
    assertThat(namespace.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(trigger.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(trigger.diff().changes())
        .contains(
            FieldChange.created(FunctionTriggerResource.NAMESPACE, FieldChange.KNOWN_AFTER_APPLY));
    assertThat(trigger.diff().toString()).doesNotContain("dryRun=false");
    assertThat(plan.requiredScopes()).containsExactlyInAnyOrder("function:read", "function:create");
    assertThat(env.calls("functions_list_triggers")).isEmpty(); // no namespace to read yet
    assertThat(env.writes()).isZero();
  }

  @Test
  void apply_createsTheNamespaceThenTheTriggerInItAndTheSecondApplySendsNoWrite() {
    ApplyResult first = stack("0 3 * * *").apply(1);

    assertThat(first.succeeded()).isTrue();
    AppliedResource namespace = applied(first, NAMESPACE);
    AppliedResource trigger = applied(first, TRIGGER);
    assertThat(namespace.created()).isTrue();
    assertThat(trigger.created()).isTrue();
    assertThat(trigger.id()).isEqualTo(namespace.id() + "/nightly-invoices");
    assertThat(trigger.diff().changes())
        .contains(FieldChange.created(FunctionTriggerResource.NAMESPACE, namespace.id()));
    assertThat(FakeFunctions.triggersOf(env.fake().state(), namespace.id()))
        .extracting(t -> t.get("name"))
        .containsExactly("nightly-invoices");
    assertThat(env.calls("functions_create_namespace")).hasSize(1);
    assertThat(env.calls("functions_create_trigger")).hasSize(1);
    long writes = env.writes();

    Plan plan = stack("0 3 * * *").planLive();
    ApplyResult again = stack("0 3 * * *").apply(1);

    assertThat(plan.hasChanges()).as(plan.render()).isFalse();
    assertThat(plan.requiredScopes()).containsExactly("function:read");
    assertThat(again.changedNothing()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void apply_whenTheScheduleChanges_updatesTheTriggerInPlaceOnly() {
    stack("0 3 * * *").apply(1);

    Plan plan = stack("30 4 * * *").planLive();
    ApplyResult changed = stack("30 4 * * *").apply(1);

    assertThat(plan.resource(NAMESPACE).orElseThrow().action()).isEqualTo(Diff.Action.NONE);
    assertThat(plan.resource(TRIGGER).orElseThrow().action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(plan.requiredScopes()).containsExactlyInAnyOrder("function:read", "function:update");
    assertThat(applied(changed, TRIGGER).diff().toString()).contains("30 4 * * *");
    assertThat(env.calls("functions_update_trigger")).hasSize(1);
    assertThat(env.calls("functions_create_namespace")).hasSize(1);
  }

  @Test
  void plan_whenTheBodyLooksSecret_reportsSwFn004UnlessJustified() {
    FunctionNamespaceResource namespace =
        FunctionNamespaceResource.builder(
                env.client(), "billing-jobs", FunctionNamespaceSpec.builder().region("fra1"))
            .build();
    FunctionTriggerSpec.Builder body =
        FunctionTriggerSpec.builder()
            .function("billing/invoice")
            .cron("0 3 * * *")
            .putBody("api_token", FakeEnvironment.generatedSecret());

    Plan refused =
        Stack.builder()
            .add(namespace)
            .add(
                FunctionTriggerResource.builder(env.client(), "nightly-invoices", body)
                    .namespace(namespace)
                    .build())
            .build()
            .plan();
    Plan accepted =
        Stack.builder()
            .add(namespace)
            .add(
                FunctionTriggerResource.builder(
                        env.client(),
                        "nightly-invoices",
                        body.allowPlaintextBody("api_token", Justification.of("SEC-9: test key")))
                    .namespace(namespace)
                    .build())
            .build()
            .plan();

    assertThat(refused.errors()).extracting(v -> v.ruleId()).contains("SW-FN-004");
    assertThat(accepted.errors()).isEmpty();
    assertThat(env.writes()).isZero();
  }

  @Test
  void build_withoutANamespace_isRefused() {
    assertThatThrownBy(
            () ->
                FunctionTriggerResource.builder(
                        env.client(),
                        "nightly-invoices",
                        FunctionTriggerSpec.builder().function("billing/invoice").cron("0 3 * * *"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("namespace(FunctionNamespaceResource)");
  }
}
