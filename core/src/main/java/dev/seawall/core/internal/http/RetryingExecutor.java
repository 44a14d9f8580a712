package dev.seawall.core.internal.http;

import dev.seawall.core.RetryPolicy;
import dev.seawall.core.SeawallException;
import dev.seawall.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an {@link Exchange} under the {@link RetryPolicy} and the client-side limiter.
 *
 * <ul>
 *   <li>2xx: the handler decodes the response;
 *   <li>429: wait ({@code Retry-After}, else {@code ratelimit-reset}, capped) and resend, any
 *       method;
 *   <li>500/502/503/504 and I/O errors after the request was sent: resend only idempotent methods;
 *       for POST/PATCH the outcome is unknown: with a lookup, ask it first and resend only if it
 *       finds nothing; without one, fail;
 *   <li>I/O errors before the request was sent: resend, any method (TLS failures: never);
 *   <li>other statuses (401, 403, 404, 422...): fail at once.
 * </ul>
 */
final class RetryingExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

  /** Decodes a successful response. */
  @FunctionalInterface
  interface Handler<T> {
    T handle(HttpResult result, int attempts);
  }

  private final Transport transport;
  private final SlidingWindowLimiter limiter;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ErrorMapper errors;
  private final String base;

  RetryingExecutor(
      Transport transport,
      SlidingWindowLimiter limiter,
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper,
      ErrorMapper errors,
      String base) {
    this.transport = transport;
    this.limiter = limiter;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.errors = errors;
    this.base = base;
  }

  /**
   * Executes the exchange.
   *
   * @param exchange the request
   * @param handler decodes a 2xx response
   * @param lookup for a create: finds the resource if a lost POST created it after all; null for
   *     other requests
   */
  <T> T execute(Exchange exchange, Handler<T> handler, @Nullable Supplier<Optional<T>> lookup) {
    boolean idempotent = exchange.method().idempotent();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      acquire(exchange);
      RuntimeException failure;
      boolean outcomeUnknown;
      try {
        HttpResult result = transport.send(exchange);
        if (result.successful()) {
          return handler.handle(result, attempt);
        }
        failure = errors.fromResponse(exchange, result, attempt);
        int status = result.status();
        if (status == 429) {
          if (last) {
            throw failure;
          }
          Duration wait =
              policy.rateLimitWait(
                  RateLimitHeaders.parseRetryAfter(
                      result.headers().get("retry-after"), clock.instant()),
                  result.rateLimit().reset(),
                  clock.instant(),
                  attempt);
          pause(exchange, wait, "429 Too Many Requests", attempt);
          continue;
        }
        if (!policy.retriesServerError(status)) {
          throw failure;
        }
        outcomeUnknown = !idempotent;
      } catch (SendFailure sendFailure) {
        failure = errors.transport(exchange, sendFailure, attempt, base);
        if (sendFailure.permanent()) {
          throw failure;
        }
        outcomeUnknown = sendFailure.requestStarted() && !idempotent;
      }
      if (outcomeUnknown) {
        if (lookup == null) {
          throw failure;
        }
        Optional<T> found = lookUp(exchange, lookup, failure);
        if (found.isPresent()) {
          LOG.info(
              "{}: the response was lost, but the resource exists; not sending the request again",
              exchange.describe());
          return found.get();
        }
      }
      if (last) {
        throw failure;
      }
      pause(exchange, policy.backoff(attempt), failure.getClass().getSimpleName(), attempt);
    }
  }

  private static <T> Optional<T> lookUp(
      Exchange exchange, Supplier<Optional<T>> lookup, RuntimeException failure) {
    LOG.info(
        "{}: outcome unknown ({}); looking the resource up before deciding to resend",
        exchange.describe(),
        failure.getClass().getSimpleName());
    try {
      return lookup.get();
    } catch (RuntimeException e) {
      e.addSuppressed(failure);
      throw e;
    }
  }

  private void acquire(Exchange exchange) {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SeawallException(
          "Interrupted while waiting for the client-side rate limit before " + exchange.describe(),
          e);
    }
  }

  private void pause(Exchange exchange, Duration wait, String reason, int attempt) {
    LOG.info(
        "{}: {} on attempt {} of {}; retrying in {} ms",
        exchange.describe(),
        reason,
        attempt,
        policy.maxAttempts(),
        wait.toMillis());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SeawallException("Interrupted while waiting to retry " + exchange.describe(), e);
    }
  }
}
