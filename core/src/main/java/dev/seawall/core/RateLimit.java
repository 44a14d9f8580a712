package dev.seawall.core;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of the DigitalOcean rate-limit headers of one response ({@code ratelimit-limit},
 * {@code ratelimit-remaining}, {@code ratelimit-reset}).
 *
 * @param limit requests allowed per hour, or -1 when the header was absent
 * @param remaining requests left in the current window, or -1 when the header was absent
 * @param reset when the window resets, if the header was present (epoch seconds on the wire)
 */
public record RateLimit(long limit, long remaining, Optional<Instant> reset) {
  /** A snapshot for a response that carried no rate-limit headers. */
  public static final RateLimit UNKNOWN = new RateLimit(-1, -1, Optional.empty());

  @Override
  public String toString() {
    return "RateLimit[limit="
        + limit
        + ", remaining="
        + remaining
        + ", reset="
        + reset.map(Instant::toString).orElse("unknown")
        + "]";
  }
}
