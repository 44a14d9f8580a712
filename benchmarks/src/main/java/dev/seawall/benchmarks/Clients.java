package dev.seawall.benchmarks;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The clients the benchmarks compare, all on the same loopback server. */
public final class Clients {
  /** A token of the right shape; the loopback server accepts any. */
  public static final String TOKEN =
      "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private Clients() {}

  /**
   * A Seawall client with its default limits (250 per minute, 5,000 per hour) on a {@link
   * SteppingClock}, so the limiter runs on every request as in production but never pauses, and
   * holds only a steady handful of recent requests (as a client well under its limits does).
   */
  public static DigitalOcean seawall(String baseUrl) {
    return DigitalOcean.builder()
        .token(ApiToken.of(TOKEN))
        .baseUrl(baseUrl)
        .clock(new SteppingClock(Duration.ofMinutes(1)))
        .build();
  }

  /**
   * A clock that moves {@code step} forward each time it is read: the client-side limiter then sees
   * requests spread over hours and keeps only the last few, whatever the real request rate.
   * Thread-safe.
   */
  public static final class SteppingClock extends Clock {
    private final long stepNanos;
    private final AtomicLong reads = new AtomicLong();
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * @param step how far each read moves the clock
     */
    public SteppingClock(Duration step) {
      this.stepNanos = step.toNanos();
    }

    @Override
    public Instant instant() {
      return start.plusNanos(reads.incrementAndGet() * stepNanos);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
