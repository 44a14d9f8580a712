package dev.seawall.benchmarks;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The client-side limiter against DigitalOcean's limits in virtual time: {@value #REQUESTS} {@code
 * GET /v2/account} through one Seawall client (default limits) against a {@link FakeDigitalOcean}
 * enforcing 250 per rolling minute and 5,000 per rolling hour on a {@link TestClock} that the
 * client's waits advance (no real sleeping; takes about a second).
 *
 * <p>Records the count of {@code 429} answers and the fraction of the allowed rate reached: the
 * fastest schedule the limit allows is 250 at once and then 250 each minute, so 1,000 requests need
 * at least 3 minutes between the first and the last; the fraction is those 3 minutes over the
 * virtual time taken (1.0 = as fast as allowed).
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.RateLimitRun [results-dir]} writes {@code
 * ratelimit.tsv}.
 */
public final class RateLimitRun {
  static final int REQUESTS = 1000;
  static final int PER_MINUTE = 250;

  private RateLimitRun() {}

  /** Runs it; see the class comment. */
  public static void main(String[] args) {
    TestClock clock = new TestClock();
    try (FakeDigitalOcean fake =
            FakeDigitalOcean.builder()
                .withoutContract()
                .clock(clock)
                .rateLimit(PER_MINUTE, Duration.ofMinutes(1))
                .rateLimit(5000, Duration.ofHours(1))
                .build()
                .start();
        DigitalOcean client = TestClients.client(fake, clock)) {
      ApiRequest account = ApiRequest.of(CoreOperations.ACCOUNT_GET).build();
      long started = System.nanoTime();
      for (int i = 0; i < REQUESTS; i++) {
        client.api().call(account, "account", Map.class);
      }
      long wallMillis = (System.nanoTime() - started) / 1_000_000;
      List<FakeCall> calls = fake.calls();
      long rejected = calls.stream().filter(c -> c.status() == 429).count();
      List<FakeCall> answered = calls.stream().filter(c -> c.status() == 200).toList();
      Duration taken =
          Duration.between(
              answered.get(0).receivedAt(), answered.get(answered.size() - 1).receivedAt());
      Duration allowed = Duration.ofMinutes(REQUESTS / PER_MINUTE - 1);
      new Results()
          .put("requests", REQUESTS)
          .put("sent", calls.size())
          .put("status429", rejected)
          .put("virtualSeconds", taken.toSeconds())
          .put("allowedSeconds", allowed.toSeconds())
          .put("fractionOfAllowedRate", fraction(allowed, taken))
          .put("wallMillis", wallMillis)
          .write(Results.dir(args), "ratelimit");
    }
  }

  /** {@code allowed / taken}: 1.0 when as fast as the limit allows. */
  static double fraction(Duration allowed, Duration taken) {
    return taken.isZero()
        ? Double.POSITIVE_INFINITY
        : (double) allowed.toMillis() / taken.toMillis();
  }
}
