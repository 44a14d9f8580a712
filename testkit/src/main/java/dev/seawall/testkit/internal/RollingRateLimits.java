package dev.seawall.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * DigitalOcean's rate limits as the fake enforces them: at most {@code limit} requests in any
 * rolling window, for each window (250 per minute and 5,000 per hour on DigitalOcean). The response
 * headers describe the longest window, as DigitalOcean's do for its hourly quota: {@code
 * ratelimit-limit}, {@code ratelimit-remaining} and {@code ratelimit-reset} (epoch seconds at which
 * the oldest counted request leaves it). Thread-safe.
 */
public final class RollingRateLimits {
  /**
   * One rolling window.
   *
   * @param limit requests allowed in it, at least 1
   * @param length its length, positive
   */
  public record Window(int limit, Duration length) {
    /** Checks the values. */
    public Window {
      if (limit < 1 || length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("rate limit must be >= 1 per positive window");
      }
    }
  }

  /**
   * A request refused because a window is full.
   *
   * @param retryAfter when the window has room again, from now, in whole seconds rounded up
   */
  public record Refusal(Duration retryAfter) {}

  private final List<Window> windows;
  private final Window longest;
  private final Deque<Instant> admitted = new ArrayDeque<>();

  /** Limits with these windows (at least one). */
  public RollingRateLimits(List<Window> windows) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("at least one window is needed");
    }
    this.windows = List.copyOf(windows);
    this.longest = this.windows.stream().max(Comparator.comparing(Window::length)).orElseThrow();
  }

  /** Counts a request received at {@code now}, or refuses it when a window is full. */
  public synchronized Optional<Refusal> admit(Instant now) {
    prune(now);
    for (Window window : windows) {
      List<Instant> inWindow = inWindow(window, now);
      if (inWindow.size() >= window.limit()) {
        Instant free = inWindow.get(inWindow.size() - window.limit()).plus(window.length());
        Duration wait = Duration.between(now, free);
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Optional.of(new Refusal(Duration.ofSeconds(Math.max(1, seconds))));
      }
    }
    admitted.addLast(now);
    return Optional.empty();
  }

  /** The limit of the longest window. */
  public int limit() {
    return longest.limit();
  }

  /** Requests left in the longest window at {@code now}. */
  public synchronized int remaining(Instant now) {
    prune(now);
    return Math.max(0, longest.limit() - inWindow(longest, now).size());
  }

  /** When the oldest request counted in the longest window leaves it (now, if none). */
  public synchronized Instant reset(Instant now) {
    prune(now);
    List<Instant> counted = inWindow(longest, now);
    return counted.isEmpty() ? now : counted.get(0).plus(longest.length());
  }

  private void prune(Instant now) {
    while (!admitted.isEmpty() && !admitted.peekFirst().plus(longest.length()).isAfter(now)) {
      admitted.pollFirst();
    }
  }

  private List<Instant> inWindow(Window window, Instant now) {
    Instant since = now.minus(window.length());
    List<Instant> counted = new ArrayList<>();
    for (Instant at : admitted) {
      if (at.isAfter(since)) {
        counted.add(at);
      }
    }
    return counted;
  }
}
