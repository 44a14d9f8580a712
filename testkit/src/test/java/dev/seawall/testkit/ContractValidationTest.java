package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class ContractValidationTest {

  @BeforeEach
  void needsContract() {
    OpenApiContract.require();
  }

  private static Events run(Class<?> scenario) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(scenario))
        .execute()
        .testEvents();
  }

  private static Throwable onlyFailure(Events events) {
    List<Event> failed = events.failed().list();
    assertThat(failed).hasSize(1);
    return failed
        .get(0)
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .orElseThrow();
  }

  @Test
  void afterEach_whenCodeSwallowedThe400_failsTheTestListingTheViolation() {
    Events events = run(ContractValidationScenarios.SwallowedViolation.class);

    Throwable failure = onlyFailure(events);
    assertThat(failure)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("1 request violation(s) of the DigitalOcean OpenAPI spec")
        .hasMessageContaining("POST /v2/vpcs (vpcs_create)")
        .hasMessageContaining("validation.request.body.schema.required");
  }

  @Test
  void afterEach_whenTrafficValid_passes() {
    Events events = run(ContractValidationScenarios.ValidTraffic.class);

    assertThat(events.succeeded().count()).isEqualTo(1);
    assertThat(events.failed().count()).isZero();
  }

  @Test
  void afterEach_whenViolationsTakenByTheTest_passes() {
    Events events = run(ContractValidationScenarios.TakenViolation.class);

    assertThat(events.succeeded().count()).isEqualTo(1);
  }

  @Test
  void afterEach_whenFakeHadNoRoute_failsNamingTheRequest() {
    Throwable failure = onlyFailure(run(ContractValidationScenarios.FakeWithoutRoute.class));

    assertThat(failure)
        .hasMessageContaining("FakeDigitalOcean recorded 1 problem(s)")
        .hasMessageContaining("no route for GET /v2/vpcs");
  }

  @Test
  void withFake_whenCustomized_sharesClockAndAppliesSettings() {
    Events events = run(ContractValidationScenarios.CustomizedFake.class);

    assertThat(events.failed().list()).isEmpty();
    assertThat(events.succeeded().count()).isEqualTo(1);
  }
}
