package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes run only through the JUnit Platform {@code EngineTestKit} by {@link
 * ContractValidationTest}; the class name keeps surefire from running them directly.
 */
final class ContractValidationScenarios {
  private ContractValidationScenarios() {}

  /** The code under test swallows the 400: the extension must still fail the test. */
  @ContractTest
  static class SwallowedViolation {
    @Test
    void sendsInvalidBodyAndIgnoresTheAnswer(MockWebServer server) {
      server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
      Http.post(server.url("/v2/vpcs").toString(), "{\"region\":\"nyc1\"}");
    }
  }

  /** Valid traffic: the test passes. */
  @ContractTest
  static class ValidTraffic {
    @Test
    void sendsValidRequest(MockWebServer server, ContractValidatingDispatcher dispatcher) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"account\":{}}").build());
      Http.Reply reply = Http.get(server.url("/v2/account").toString());
      assertThat(reply.status()).isEqualTo(200);
      assertThat(server.getDispatcher()).isSameAs(dispatcher);
    }
  }

  /** A violation the test provokes and takes on purpose does not fail it. */
  @ContractTest
  static class TakenViolation {
    @Test
    void provokesAndTakes(MockWebServer server, ContractValidatingDispatcher dispatcher) {
      Http.get(server.url("/v2/unknown").toString());
      assertThat(dispatcher.takeViolations()).hasSize(1);
    }
  }

  /** The fake: an unrouted request is a problem that fails the test. */
  @ContractTest
  static class FakeWithoutRoute {
    @Test
    void callsAPathTheFakeDoesNotServe(FakeDigitalOcean fake) {
      Http.get(fake.url() + "/v2/vpcs");
    }
  }

  /** The fake, the clock and the customizer are wired together. */
  static class CustomizedFake {
    @RegisterExtension
    static ContractValidation contract =
        ContractValidation.withFake(fake -> fake.actionDelay(Duration.ofSeconds(10)));

    @Test
    void actionCompletesWhenClockAdvances(FakeDigitalOcean fake, TestClock clock) {
      long id = (long) fake.state().actions().start("create", "droplet", 7L).get("id");
      assertThat(fake.state().clock()).isSameAs(clock);
      assertThat(fake.state().actions().poll(id)).containsEntry("status", "in-progress");
      clock.advance(Duration.ofSeconds(10));
      Http.Reply reply = Http.get(fake.url() + "/v2/actions/" + id);
      assertThat(reply.body()).contains("\"status\":\"completed\"");
    }
  }
}
