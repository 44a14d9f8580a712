package dev.seawall.apps.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.Apps;
import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.fakes.FakeFunctions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FunctionNamespaceService} against the stateful, contract-validating fake. */
class FunctionNamespaceServiceTest {
  private FakeEnvironment env;
  private FunctionNamespaceService namespaces;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    namespaces = Apps.functionNamespaces(env.client());
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private static FunctionNamespaceSpec spec(String region) {
    return FunctionNamespaceSpec.builder().label("billing-jobs").region(region).build();
  }

  @Test
  void apply_twice_createsOnceAndTheSecondSendsNothing() {
    Applied<FunctionNamespace> first = namespaces.apply(spec("fra1"));
    long writes = env.writes();
    Applied<FunctionNamespace> second = namespaces.apply(spec("fra1"));

    assertThat(first.diff().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(first.resource().id()).startsWith("fn-");
    assertThat(first.resource().region()).isEqualTo("fra1");
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(env.writes()).isEqualTo(writes);
    assertThat(env.calls("functions_create_namespace")).hasSize(1);
    assertThat(FakeJson.parse(env.calls("functions_create_namespace").get(0).body()))
        .isEqualTo(Map.of("label", "billing-jobs", "region", "fra1"));
    assertThat(env.fake().state().table(FakeFunctions.NAMESPACES).size()).isEqualTo(1);
  }

  @Test
  void apply_whenTheLabelIsTakenInAnotherRegion_refusesAndSendsNothing() {
    namespaces.apply(spec("fra1"));
    long writes = env.writes();

    assertThatThrownBy(() -> namespaces.apply(spec("nyc1")))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("region");
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void delete_twice_deletesThenReportsAlreadyDeleted() {
    FunctionNamespace created = namespaces.create(spec("fra1"));

    assertThat(namespaces.delete(created.id())).isEqualTo(Deletion.DELETED);
    assertThat(namespaces.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(namespaces.find("billing-jobs")).isEmpty();
  }

  @Test
  void listAndLog_neverShowTheNamespaceKeyTheApiAnswers() {
    String log =
        FakeEnvironment.capturingStandardError(
            () -> {
              namespaces.apply(spec("fra1"));
              namespaces.listAll().forEach(ns -> System.err.println("listed " + ns));
            });
    String key =
        String.valueOf(
            env.fake().state().table(FakeFunctions.NAMESPACES).values().get(0).get("key"));

    assertThat(key).hasSize(64);
    assertThat(log).contains("functions_create_namespace").doesNotContain(key);
    assertThat(namespaces.find("billing-jobs").orElseThrow().toString()).doesNotContain(key);
  }

  @Test
  void operations_ofApply_needOnlyTheNarrowFunctionScopes() {
    List<Operation> apply =
        List.of(
            dev.seawall.apps.AppsOperations.FUNCTIONS_LIST_NAMESPACES,
            dev.seawall.apps.AppsOperations.FUNCTIONS_CREATE_NAMESPACE);

    assertThat(Scopes.required(apply)).containsExactly("function:create", "function:read");
    assertThat(FunctionNamespaceService.operations()).containsAll(apply);
  }

  @Test
  void build_whenLabelOrRegionIsBad_reportsBothUnderSwInput001() {
    assertThatThrownBy(() -> FunctionNamespaceSpec.builder().label("").region("fra").build())
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-INPUT-001")
        .hasMessageContaining("label")
        .hasMessageContaining("region");
    assertThatThrownBy(() -> FunctionNamespaceSpec.builder().label("ok").region("atl1").build())
        .hasMessageContaining("Functions runs in");
  }
}
