package dev.seawall.testkit;

import dev.seawall.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when told to, plus a {@link Sleeper} that advances it instead of
 * sleeping. Give the same instance to the client ({@code .clock(clock).sleeper(clock.sleeper())})
 * and to {@link FakeDigitalOcean} ({@code .clock(clock)}): polling then "waits" instantly and the
 * fake sees time pass exactly as the client slept. Thread-safe.
 *
 * <p>Starts at {@link #DEFAULT_START} unless given another instant; zone UTC.
 */
public final class TestClock extends Clock {
  /** The default start: {@code 2026-01-01T00:00:00Z}. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final List<Duration> sleeps;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, List<Duration> sleeps, ZoneId zone) {
    this.now = now;
    this.sleeps = sleeps;
    this.zone = zone;
  }

  /** A clock at {@link #DEFAULT_START}. */
  public TestClock() {
    this(DEFAULT_START);
  }

  /** A clock at {@code start}. */
  public TestClock(Instant start) {
    this(
        new AtomicReference<>(Objects.requireNonNull(start, "start")),
        new ArrayList<>(),
        ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @throws IllegalArgumentException when {@code duration} is negative
   */
  public TestClock advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot advance by a negative duration: " + duration);
    }
    now.updateAndGet(instant -> instant.plus(duration));
    return this;
  }

  /** Sets the clock to {@code instant} (may move backwards, to test skew). */
  public TestClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  /**
   * A sleeper that records the requested duration and advances this clock by it, without blocking.
   *
   * <p>Sleeps add up: when several threads sleep "at the same time", the clock advances by the sum
   * of their pauses, not by the longest one, so virtual time runs ahead of what a real clock would
   * show. Tests that measure rates or durations in virtual time (a rate limiter's throughput, say)
   * should therefore make their requests from one thread.
   */
  public Sleeper sleeper() {
    return duration -> {
      synchronized (sleeps) {
        sleeps.add(duration);
      }
      advance(duration);
    };
  }

  /** Every duration passed to {@link #sleeper()} so far, in order. */
  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }

  /** The total of {@link #sleeps()}. */
  public Duration slept() {
    return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time and sleeps. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, sleeps, zone);
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "]";
  }
}
