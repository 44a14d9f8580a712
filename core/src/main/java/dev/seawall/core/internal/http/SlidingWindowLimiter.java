package dev.seawall.core.internal.http;

import dev.seawall.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the client under {@code limit} requests in any rolling window (one minute by default): it
 * remembers when the last {@code limit} requests were sent and, when the window is full, sleeps
 * until the oldest leaves it. Time comes from the injected {@link Clock}, pauses from the injected
 * {@link Sleeper}; the slot is reserved for the moment the pause ends even if the clock did not
 * move, so a fake sleeper can never cause a busy loop. Thread-safe.
 */
public final class SlidingWindowLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(SlidingWindowLimiter.class);

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Deque<Instant> sent = new ArrayDeque<>();

  /**
   * Creates a limiter.
   *
   * @param limit requests allowed per window, at least 1
   * @param window the rolling window, positive
   * @param clock the time source
   * @param sleeper performs pauses
   */
  public SlidingWindowLimiter(int limit, Duration window, Clock clock, Sleeper sleeper) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits, if needed, until one more request fits in the window, and reserves it.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public synchronized void acquire() throws InterruptedException {
    Instant now = clock.instant();
    while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
      sent.pollFirst();
    }
    Instant slot = now;
    if (sent.size() >= limit) {
      Instant free = sent.pollFirst().plus(window);
      Duration wait = Duration.between(now, free);
      LOG.debug(
          "Client-side rate limit of {} requests per {} reached; waiting {}", limit, window, wait);
      sleeper.sleep(wait);
      slot = free;
    }
    Instant last = sent.peekLast();
    sent.addLast(last != null && last.isAfter(slot) ? last : slot);
  }

  @Override
  public String toString() {
    return "SlidingWindowLimiter[" + limit + " per " + window + "]";
  }
}
