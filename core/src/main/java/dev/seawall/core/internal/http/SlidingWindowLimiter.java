package dev.seawall.core.internal.http;

import dev.seawall.core.RateLimit;
import dev.seawall.core.SeawallException;
import dev.seawall.core.Sleeper;
import dev.seawall.core.Waiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a token's requests within DigitalOcean's rate limits: at most {@code limit} requests in any
 * rolling window, for each of its windows (250 per minute and 5,000 per hour by default), and none
 * while the server said the quota is used up ({@code ratelimit-remaining: 0}) until its {@code
 * ratelimit-reset}.
 *
 * <p>A request counts from the moment its slot is reserved until one window after its response
 * arrived ({@link Permit#done()}): the server counted it at some moment in between, so the limiter
 * never lets a request through that the server would still count against a full window, whatever
 * the latency. The slot is reserved for the moment the pause ends even if the clock did not move,
 * so a fake sleeper can never cause a busy loop. Time comes from the injected {@link Clock}, pauses
 * from the caller's {@link Sleeper}; pauses longer than {@link Waiter#PROGRESS_INTERVAL} are
 * reported to the thread's wait listener. Thread-safe; one instance is shared by every client of
 * the same token in the JVM ({@link SharedLimiters}).
 */
public final class SlidingWindowLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(SlidingWindowLimiter.class);

  /**
   * One rolling window.
   *
   * @param limit requests allowed in it, at least 1
   * @param length its length, positive
   */
  public record Window(int limit, Duration length) {
    /** Checks the values. */
    public Window {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + limit);
      }
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("window must be positive, was " + length);
      }
    }

    @Override
    public String toString() {
      return limit + " per " + describe(length);
    }
  }

  /** A reserved request; call {@link #done()} once its response (or failure) arrived. */
  public final class Permit {
    private Instant at;

    private Permit(Instant at) {
      this.at = at;
    }

    /** Counts the request from now on (or from its reserved slot, if later). */
    public void done() {
      completed(this);
    }
  }

  private final List<Window> windows;
  private final Duration longest;
  private final Clock clock;

  /**
   * The moments the counted requests count from, sorted ascending (a request's moment moves from
   * its reserved slot to its completion), so that a window's count and its oldest counted request
   * are binary searches: a pass costs O(log n) and allocates nothing, however many requests of the
   * last hour are held.
   */
  private final ArrayList<Instant> counted = new ArrayList<>();

  private Instant blockedUntil = Instant.MIN;

  /**
   * Creates a limiter with one window (for tests of the pacing).
   *
   * @param limit requests allowed per window, at least 1
   * @param window the rolling window, positive
   * @param clock the time source
   */
  public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
    this(List.of(new Window(limit, window)), clock);
  }

  /**
   * Creates a limiter.
   *
   * @param windows the rolling windows, at least one
   * @param clock the time source
   */
  public SlidingWindowLimiter(List<Window> windows, Clock clock) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("at least one window is needed");
    }
    this.windows = List.copyOf(windows);
    this.longest =
        this.windows.stream().map(Window::length).max(Comparator.naturalOrder()).orElseThrow();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Waits, if needed, until one more request fits in every window, and reserves it.
   *
   * @param sleeper performs the pause
   * @param what the request, for logs and progress (no secrets): its {@code toString()}, called
   *     only when a message needs it
   * @param maxWait the longest acceptable pause
   * @return the permit; call {@link Permit#done()} when the response arrived
   * @throws SeawallException if the pause would be longer than {@code maxWait} (nothing is
   *     reserved), or if interrupted while pausing (the interrupt flag is set again)
   */
  public Permit acquire(Sleeper sleeper, Object what, Duration maxWait) {
    Instant now = clock.instant();
    Permit permit;
    synchronized (this) {
      Instant slot = earliestSlot(now);
      Duration wait = Duration.between(now, slot);
      if (wait.compareTo(maxWait) > 0) {
        throw new SeawallException(
            "DigitalOcean's rate limit for this token ("
                + describeLimits()
                + ") allows "
                + what
                + " only at "
                + slot
                + ", "
                + describe(wait)
                + " from now: longer than the configured wait of at most "
                + describe(maxWait)
                + " (RetryPolicy.maxQuotaWait). Nothing was sent; try again later.");
      }
      permit = new Permit(slot);
      insert(slot);
    }
    Duration wait = Duration.between(now, permit.at);
    if (wait.compareTo(Duration.ZERO) > 0) {
      LOG.debug("Rate limit ({}) reached; waiting {} before {}", describeLimits(), wait, what);
      try {
        Waiter.pause(sleeper, "DigitalOcean's rate limit to allow " + what, wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        permit.done();
        throw new SeawallException(
            "Interrupted while waiting for the rate limit before " + what, e);
      }
    }
    return permit;
  }

  /**
   * Takes in what a response said about the token's quota: with {@code ratelimit-remaining: 0}, no
   * request is let through before its {@code ratelimit-reset}.
   */
  public synchronized void observe(RateLimit rateLimit) {
    if (rateLimit.remaining() == 0 && rateLimit.reset().isPresent()) {
      Instant reset = rateLimit.reset().get();
      if (reset.isAfter(blockedUntil)) {
        blockedUntil = reset;
      }
    }
  }

  /** The windows, e.g. {@code [250 per 1 min, 5000 per 60 min]}. */
  public List<Window> windows() {
    return windows;
  }

  private synchronized void completed(Permit permit) {
    Instant now = clock.instant();
    if (now.isAfter(permit.at)) {
      int index = java.util.Collections.binarySearch(counted, permit.at);
      if (index >= 0) {
        // still counted (not dropped as older than the longest window): count it from now
        counted.remove(index);
        insert(now);
      }
      permit.at = now;
    }
  }

  private void insert(Instant at) {
    counted.add(firstAfter(at), at);
  }

  /** The index of the first counted moment after {@code moment}. */
  private int firstAfter(Instant moment) {
    int low = 0;
    int high = counted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (counted.get(middle).isAfter(moment)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** The first moment at or after {@code now} when every window has room. Holds the lock. */
  private Instant earliestSlot(Instant now) {
    int expired = firstAfter(now.minus(longest));
    if (expired > 0) {
      counted.subList(0, expired).clear();
    }
    Instant slot = now.isBefore(blockedUntil) ? blockedUntil : now;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Window window : windows) {
        Instant free = freeFrom(window, slot);
        if (free.isAfter(slot)) {
          slot = free;
          moved = true;
        }
      }
    }
    return slot;
  }

  /** When {@code window} has room for one more request at or after {@code slot}. */
  private Instant freeFrom(Window window, Instant slot) {
    int first = firstAfter(slot.minus(window.length()));
    int inWindow = counted.size() - first;
    if (inWindow < window.limit()) {
      return slot;
    }
    return counted.get(first + inWindow - window.limit()).plus(window.length());
  }

  private String describeLimits() {
    return String.join(", ", windows.stream().map(Window::toString).toList());
  }

  private static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : seconds + " s";
  }

  @Override
  public String toString() {
    return "SlidingWindowLimiter[" + describeLimits() + "]";
  }
}
