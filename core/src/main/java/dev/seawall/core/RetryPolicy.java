package dev.seawall.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

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
 *       backoff. A POST in that situation is an <em>unknown outcome</em> and is never sent again:
 *       {@link Api#create} looks the resource up, with backoff, for up to {@link
 *       #outcomeLookupWindow()} (DigitalOcean's lists lag behind its writes), and fails with an
 *       {@link OutcomeUnknownException} if it never appears; {@link Api#act} checks whether the
 *       action's goal holds before sending it again;
 *   <li>never: {@code 401}, {@code 403} and other 4xx statuses, TLS failures.
 * </ul>
 *
 * <p>Every wait before a retry is stretched by a random factor between 1 and {@code 1 + }{@link
 * #jitter()}, so that parallel requests refused together do not all come back at the same moment.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts, backoff starting at 1 second and doubling
 * up to 30 seconds, 20 % jitter, waits after a {@code 429} capped at 60 seconds, except when the
 * hourly quota is used up: then the client waits for it to reopen, up to {@link #maxQuotaWait()}
 * (default 65 minutes); lost creates looked up for 2 minutes; {@code 404} on the first reads after
 * a write waited out for 30 seconds ({@link #readAfterWriteWindow()}).
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
  private final Duration maxQuotaWait;
  private final Duration outcomeLookupWindow;
  private final Duration readAfterWriteWindow;
  private final double jitter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRateLimitWait = builder.maxRateLimitWait;
    this.maxQuotaWait = builder.maxQuotaWait;
    this.outcomeLookupWindow = builder.outcomeLookupWindow;
    this.readAfterWriteWindow = builder.readAfterWriteWindow;
    this.jitter = builder.jitter;
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
        .maxRateLimitWait(maxRateLimitWait)
        .maxQuotaWait(maxQuotaWait)
        .outcomeLookupWindow(outcomeLookupWindow)
        .readAfterWriteWindow(readAfterWriteWindow)
        .jitter(jitter);
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
   * The longest the client waits for DigitalOcean's hourly request quota to reopen, once it is used
   * up (the client's own count of the rolling hour, or a {@code 429} or response saying {@code
   * ratelimit-remaining: 0} with a {@code ratelimit-reset} further away than {@link
   * #maxRateLimitWait()}); default 65 minutes, long enough for any rolling hour. When the quota
   * would reopen later than that, the request fails with a {@link SeawallException} saying when it
   * reopens, without being sent.
   */
  public Duration maxQuotaWait() {
    return maxQuotaWait;
  }

  /**
   * How long a create whose outcome is unknown (answer lost, or a 5xx) is looked up before Seawall
   * gives up with an {@link OutcomeUnknownException}; default 2 minutes. DigitalOcean's lists are
   * eventually consistent: a resource created a moment ago may be missing from them for a while.
   */
  public Duration outcomeLookupWindow() {
    return outcomeLookupWindow;
  }

  /**
   * How long a {@code 404} on the first reads after a create or action is taken for "not visible
   * yet" rather than "gone" (while waiting for the resource or action); default 30 seconds.
   */
  public Duration readAfterWriteWindow() {
    return readAfterWriteWindow;
  }

  /** The largest random stretch of a retry wait, as a fraction of it; default 0.2 (20 %). */
  public double jitter() {
    return jitter;
  }

  /**
   * {@code wait} stretched by a random factor in {@code [1, 1 + jitter())}.
   *
   * @param wait the wait before jitter
   * @param random the source of randomness
   */
  public Duration jittered(Duration wait, RandomGenerator random) {
    if (jitter == 0 || wait.isZero()) {
      return wait;
    }
    long extra = (long) (wait.toMillis() * jitter * random.nextDouble());
    return wait.plusMillis(extra);
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
        + ", maxQuotaWait="
        + maxQuotaWait
        + ", outcomeLookupWindow="
        + outcomeLookupWindow
        + ", readAfterWriteWindow="
        + readAfterWriteWindow
        + ", jitter="
        + jitter
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
    private Duration maxQuotaWait = Duration.ofMinutes(65);
    private Duration outcomeLookupWindow = Duration.ofMinutes(2);
    private Duration readAfterWriteWindow = Duration.ofSeconds(30);
    private double jitter = 0.2;

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

    /**
     * The longest wait for the hourly quota to reopen; default 65 minutes; zero fails at once when
     * it is used up.
     */
    public Builder maxQuotaWait(Duration maxQuotaWait) {
      this.maxQuotaWait = nonNegative(maxQuotaWait, "maxQuotaWait");
      return this;
    }

    /**
     * How long a create with an unknown outcome is looked up; default 2 minutes; zero looks once.
     */
    public Builder outcomeLookupWindow(Duration outcomeLookupWindow) {
      this.outcomeLookupWindow = nonNegative(outcomeLookupWindow, "outcomeLookupWindow");
      return this;
    }

    /** How long a 404 right after a write counts as "not visible yet"; default 30 seconds. */
    public Builder readAfterWriteWindow(Duration readAfterWriteWindow) {
      this.readAfterWriteWindow = nonNegative(readAfterWriteWindow, "readAfterWriteWindow");
      return this;
    }

    /**
     * The largest random stretch of a retry wait, as a fraction; default 0.2; 0 turns jitter off.
     *
     * @throws IllegalArgumentException if not between 0 and 1
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
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
