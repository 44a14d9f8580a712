package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seawall's limiter against a fake enforcing DigitalOcean's limits (250 per rolling minute, 5,000
 * per rolling hour) in virtual time: no 429, the full allowed rate, and the hourly window waited
 * out.
 */
class RateLimitPacingTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);

  private final TestClock clock = new TestClock();

  private FakeDigitalOcean fake() {
    return FakeDigitalOcean.builder()
        .clock(clock)
        .rateLimit(250, MINUTE)
        .rateLimit(5000, HOUR)
        .build()
        .start();
  }

  private static void getAccount(DigitalOcean client) {
    client.api().call(ApiRequest.of(CoreOperations.ACCOUNT_GET).build(), "account", Map.class);
  }

  @Test
  void thousandGets_meetNo429AndReachAtLeast95PercentOfTheAllowedRate() {
    try (FakeDigitalOcean fake = fake();
        DigitalOcean client = TestClients.client(fake, clock)) {
      for (int i = 0; i < 1000; i++) {
        getAccount(client);
      }

      List<FakeCall> calls = fake.calls();
      assertThat(calls).hasSize(1000).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
      assertAtMost(calls, 250, MINUTE);
      // The fastest schedule the limit allows: 250 at once, then 250 each minute: 3 minutes.
      Duration allowed = MINUTE.multipliedBy(1000 / 250 - 1);
      Duration taken = Duration.between(calls.get(0).receivedAt(), calls.get(999).receivedAt());
      double fractionOfAllowedRate = (double) allowed.toMillis() / taken.toMillis();
      assertThat(fractionOfAllowedRate).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void twoClientsOfOneToken_shareTheBudgetAndMeetNo429() {
    try (FakeDigitalOcean fake = fake();
        DigitalOcean first = TestClients.client(fake, clock);
        DigitalOcean second = TestClients.client(fake, clock)) {
      for (int i = 0; i < 300; i++) {
        getAccount(i % 2 == 0 ? first : second);
      }

      assertThat(fake.calls()).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
      assertAtMost(fake.calls(), 250, MINUTE);
    }
  }

  @Test
  void past5000RequestsInAnHour_theHourlyWindowIsWaitedOutAndReported() {
    List<String> progress = new ArrayList<>();
    try (FakeDigitalOcean fake = fake();
        DigitalOcean client = TestClients.client(fake, clock)) {
      Waiter.reportingTo(
          (awaited, elapsed) -> progress.add(awaited),
          () -> {
            for (int i = 0; i < 5100; i++) {
              getAccount(client);
            }
            return null;
          });

      List<FakeCall> calls = fake.calls();
      assertThat(calls).hasSize(5100).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
      assertAtMost(calls, 5000, HOUR);
      assertThat(Duration.between(calls.get(0).receivedAt(), calls.get(5000).receivedAt()))
          .isGreaterThanOrEqualTo(HOUR);
      assertThat(progress)
          .isNotEmpty()
          .allSatisfy(
              awaited ->
                  assertThat(awaited).startsWith("DigitalOcean's rate limit to allow account_get"));
    }
  }

  /** No more than {@code limit} of the calls fall in any rolling {@code window}. */
  private static void assertAtMost(List<FakeCall> calls, int limit, Duration window) {
    for (int i = limit; i < calls.size(); i++) {
      assertThat(Duration.between(calls.get(i - limit).receivedAt(), calls.get(i).receivedAt()))
          .as("requests %d..%d", i - limit, i)
          .isGreaterThanOrEqualTo(window);
    }
  }
}
