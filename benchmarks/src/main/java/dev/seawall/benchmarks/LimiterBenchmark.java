package dev.seawall.benchmarks;

import dev.seawall.core.Sleeper;
import dev.seawall.core.internal.http.SlidingWindowLimiter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one pass through the client-side limiter ({@code acquire} + {@code done}, core's
 * internal {@code SlidingWindowLimiter} with DigitalOcean's 250/minute and 5,000/hour) when {@code
 * recent} requests of the last hour are still counted, as for a client that has been busy: the
 * clock moves so that the count stays at about {@code recent} and the limiter never pauses. Shows
 * whether the per-request cost depends on how many requests the hour holds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class LimiterBenchmark {
  /** Requests counted in the last hour while measuring. */
  @Param({"10", "1000", "4000"})
  public int recent;

  private SlidingWindowLimiter limiter;
  private static final Sleeper NEVER =
      duration -> {
        if (duration.isNegative() || duration.isZero()) {
          return;
        }
        throw new IllegalStateException("the limiter paused " + duration);
      };

  /** A limiter holding {@code recent} requests, on a clock that keeps it there. */
  @Setup(Level.Trial)
  public void fill() {
    // Two clock reads per request (acquire, done): the hour holds `recent` requests.
    Duration step = Duration.ofHours(1).dividedBy(2L * recent);
    limiter =
        new SlidingWindowLimiter(
            List.of(
                new SlidingWindowLimiter.Window(250, Duration.ofMinutes(1)),
                new SlidingWindowLimiter.Window(5000, Duration.ofHours(1))),
            new Clients.SteppingClock(step));
    for (int i = 0; i < 2 * recent; i++) {
      acquireAndDone();
    }
  }

  /** One request's pass. */
  @Benchmark
  public void acquireAndDone() {
    limiter.acquire(NEVER, "benchmark", Duration.ofSeconds(1)).done();
  }
}
