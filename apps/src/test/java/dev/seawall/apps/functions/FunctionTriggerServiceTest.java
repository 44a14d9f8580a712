package dev.seawall.apps.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.Apps;
import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.FakeJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FunctionTriggerService} against the stateful, contract-validating fake. */
class FunctionTriggerServiceTest {
  private FakeEnvironment env;
  private FunctionTriggerService triggers;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    FunctionNamespace namespace =
        Apps.functionNamespaces(env.client())
            .create(FunctionNamespaceSpec.builder().label("billing").region("fra1").build());
    triggers = Apps.functionTriggers(env.client(), namespace.id());
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private static FunctionTriggerSpec.Builder nightly() {
    return FunctionTriggerSpec.builder()
        .name("nightly-invoices")
        .function("billing/invoice")
        .cron("0 3 * * *")
        .putBody("batch", 50)
        .putBody("options", Map.of("dryRun", false));
  }

  @Test
  void apply_whenMissing_createsWithTheSpecsBody() {
    Applied<FunctionTrigger> created = triggers.apply(nightly().build());

    assertThat(created.diff().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(FakeJson.parse(env.calls("functions_create_trigger").get(0).body()))
        .isEqualTo(
            Map.of(
                "name", "nightly-invoices",
                "function", "billing/invoice",
                "type", "SCHEDULED",
                "is_enabled", true,
                "scheduled_details",
                    Map.of(
                        "cron",
                        "0 3 * * *",
                        "body",
                        Map.of("batch", 50L, "options", Map.of("dryRun", false)))));
    assertThat(created.resource().cron()).contains("0 3 * * *");
  }

  @Test
  void apply_twice_theSecondSendsNothing() {
    triggers.apply(nightly().build());
    long writes = env.writes();

    Applied<FunctionTrigger> again = triggers.apply(nightly().build());

    assertThat(again.diff().isNone()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void apply_whenScheduleStateAndBodyChange_updatesInPlaceWithTheBodyShownAsSensitive() {
    triggers.apply(nightly().build());

    Applied<FunctionTrigger> changed =
        triggers.apply(nightly().cron("0 4 * * *").enabled(false).putBody("batch", 100).build());

    assertThat(changed.diff().action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(changed.diff().changes())
        .extracting(FieldChange::field, c -> c.after().orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("is_enabled", "false"),
            org.assertj.core.api.Assertions.tuple("scheduled_details.cron", "0 4 * * *"),
            org.assertj.core.api.Assertions.tuple("scheduled_details.body", FieldChange.SENSITIVE));
    assertThat(env.calls("functions_update_trigger")).hasSize(1);
    assertThat(FakeJson.parse(env.calls("functions_update_trigger").get(0).body()))
        .isEqualTo(
            Map.of(
                "is_enabled",
                false,
                "scheduled_details",
                Map.of(
                    "cron",
                    "0 4 * * *",
                    "body",
                    Map.of("batch", 100L, "options", Map.of("dryRun", false)))));
    assertThat(triggers.get("nightly-invoices").enabled()).contains(false);
  }

  @Test
  void apply_whenTheFunctionChanges_refusesAndSendsNothing() {
    triggers.apply(nightly().build());
    long writes = env.writes();

    assertThatThrownBy(() -> triggers.apply(nightly().function("billing/other").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("function");
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void delete_twice_deletesThenReportsAlreadyDeleted() {
    triggers.apply(nightly().build());

    assertThat(triggers.delete("nightly-invoices")).isEqualTo(Deletion.DELETED);
    assertThat(triggers.delete("nightly-invoices")).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(triggers.listAll()).isEmpty();
    assertThatThrownBy(() -> triggers.get("nightly-invoices"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void list_whenTheNamespaceIsGone_throwsNotFound() {
    FunctionTriggerService orphan = Apps.functionTriggers(env.client(), "fn-missing");

    assertThatThrownBy(() -> orphan.listAll().toList()).isInstanceOf(NotFoundException.class);
    assertThat(List.of(orphan.namespaceId())).containsExactly("fn-missing");
  }
}
