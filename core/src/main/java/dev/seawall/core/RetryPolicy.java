package dev.seawall.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When and how long the client waits before sending a request again. Immutable.
 *
 * <p>What is retried:
 *
 * <ul>
 *   <li>a request that provably never reached the server (connection refused, DNS failure): every
 *       method, including POST;
 *   <li>{@code 429 Too Many Requests}: every method (the API rejected the request before processing
 *       it), after {@code Retry-After} seconds, else until {@code ratelimit-reset}, capped at
 *       {@link #maxRateLimitWait()};
 *   <li>a lost response (connection reset, timeout) and {@code 500}, {@code 502}, {@code 503},
 *       {@code 504}: only for idempotent methods (GET, PUT, DELETE, HEAD), after an exponential
 *       backoff. A POST in that situation is never re-sent blindly: {@link Api#create} first asks
 *       whether the resource exists after all;
 *   <li>never: {@code 401}, {@code 403} and other 4xx statuses, TLS failures.
 * </ul>
 *
 * <p>Defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts, backoff starting at 1 second and doubling
 * up to 30 seconds, rate-limit waits capped at 60 seconds.
 */
public final class RetryPolicy {
  /** Default {@link #maxAttempts()}. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** The default policy. */
  public static final RetryPolicy DEFAULT = builder().build();

  /** A policy that sends every request once and never retries. */
  public static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRateLimitWait;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRateLimitWait = builder.maxRateLimitWait;
  }

  /** Starts a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRateLimitWait(maxRateLimitWait);
  }

  /** How many times a request is sent at most (the first attempt included); at least 1. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first retry of a failed request; default 1 second. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff between two attempts; default 30 seconds. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest wait after a {@code 429}; default 60 seconds. */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /**
   * Whether a response status is worth retrying for an idempotent request: {@code 500}, {@code
   * 502}, {@code 503} or {@code 504}. ({@code 429} is handled separately.)
   */
  public boolean retriesServerError(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
  }

  /**
   * The exponential backoff before retry number {@code retry}: {@code initialBackoff *
   * 2^(retry-1)}, never more than {@link #maxBackoff()}.
   *
   * @param retry 1 for the first retry (the second attempt), 2 for the next, ...
   */
  public Duration backoff(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1, was " + retry);
    }
    Duration wait = initialBackoff;
    for (int i = 1; i < retry && !wait.isZero() && wait.compareTo(maxBackoff) < 0; i++) {
      // Doubling past the cap is pointless, and for a cap near Duration's range would overflow.
      wait = wait.compareTo(maxBackoff.dividedBy(2)) > 0 ? maxBackoff : wait.multipliedBy(2);
    }
    return min(wait, maxBackoff);
  }

  /**
   * The wait after a {@code 429}: the {@code Retry-After} duration if the response had one, else
   * the time until {@code ratelimit-reset}, else {@link #backoff(int)}; at least 1 second and at
   * most {@link #maxRateLimitWait()}.
   *
   * @param retryAfter the parsed {@code Retry-After} header, if present
   * @param reset the parsed {@code ratelimit-reset} header, if present
   * @param now the current time of the client's clock
   * @param retry 1 for the first retry, 2 for the next, ...
   */
  public Duration rateLimitWait(
      Optional<Duration> retryAfter, Optional<Instant> reset, Instant now, int retry) {
    Duration wait =
        retryAfter.orElseGet(
            () -> reset.map(at -> Duration.between(now, at)).orElseGet(() -> backoff(retry)));
    return min(max(wait, MIN_RATE_LIMIT_WAIT), maxRateLimitWait);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRateLimitWait="
        + maxRateLimitWait
        + "]";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Builder for {@link RetryPolicy}; starts with the defaults. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRateLimitWait = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * How many times a request is sent at most, the first attempt included; default {@value
     * #DEFAULT_MAX_ATTEMPTS}; 1 disables retries.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first backoff; default 1 second; must not be negative. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The backoff cap; default 30 seconds; must not be negative. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** The cap on a wait after {@code 429}; default 60 seconds; at least 1 second. */
    public Builder maxRateLimitWait(Duration maxRateLimitWait) {
      nonNegative(maxRateLimitWait, "maxRateLimitWait");
      if (maxRateLimitWait.compareTo(MIN_RATE_LIMIT_WAIT) < 0) {
        throw new IllegalArgumentException("maxRateLimitWait must be at least 1 second");
      }
      this.maxRateLimitWait = maxRateLimitWait;
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + duration);
      }
      return duration;
    }
  }
}
