package dev.seawall.core.internal.http;

import dev.seawall.core.ApiException;
import dev.seawall.core.RateLimit;
import dev.seawall.core.RetryPolicy;
import dev.seawall.core.SeawallException;
import dev.seawall.core.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an {@link Exchange} under the {@link RetryPolicy} and the token's shared rate limiter.
 *
 * <ul>
 *   <li>2xx: the handler decodes the response;
 *   <li>429: wait ({@code Retry-After}, else {@code ratelimit-reset}, capped, with jitter) and
 *       resend, any method; when the response says the hourly quota is used up until a reset
 *       further away than the cap, wait for it (up to {@link RetryPolicy#maxQuotaWait()}) without
 *       using up an attempt;
 *   <li>500/502/503/504 and I/O errors after the request was sent: resend idempotent methods; for
 *       POST/PATCH the outcome is unknown and the {@link Recovery} decides (never a blind resend);
 *   <li>I/O errors before the request was sent: resend, any method (TLS failures: never);
 *   <li>other statuses (401, 403, 404, 422...): fail at once, unless the recovery says the goal of
 *       the request already holds.
 * </ul>
 */
final class RetryingExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

  /**
   * Decodes a successful response from its open body ({@link HttpResult#source()}), reading it to
   * the end; the executor closes the result afterwards.
   */
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
   * @param recovery for a POST whose effect can be checked; null for other requests
   */
  <T> T execute(Exchange exchange, Handler<T> handler, @Nullable Recovery<T> recovery) {
    boolean idempotent = exchange.method().idempotent();
    int quotaWaits = 0;
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      RuntimeException failure;
      boolean outcomeUnknown;
      try {
        HttpResult result = send(exchange);
        if (result.successful()) {
          try (result) {
            return handler.handle(result, attempt);
          } catch (RuntimeException e) {
            IOException io = result.readFailure();
            if (io == null) {
              throw e;
            }
            // The connection failed while the body was read: a failed attempt, not a bad body.
            throw transport.bodyFailure(exchange, io);
          }
        }
        ApiException refused = errors.fromResponse(exchange, result, attempt);
        failure = refused;
        int status = result.status();
        if (status == 429) {
          if (quotaExhausted(result.rateLimit()) && quotaWaits < policy.maxAttempts()) {
            // The limiter now holds every request back until the reset (and fails if that is
            // further away than maxQuotaWait): not an attempt used up.
            quotaWaits++;
            attempt--;
            LOG.info(
                "{}: 429, the hourly quota is used up until {}; waiting for it",
                exchange.describe(),
                result.rateLimit().reset().orElseThrow());
            continue;
          }
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
          pause(exchange, policy.jittered(wait, ThreadLocalRandom.current()), "429", attempt);
          continue;
        }
        if (!policy.retriesServerError(status)) {
          if (recovery != null) {
            Optional<T> holds = recovery.afterRefusal(refused);
            if (holds.isPresent()) {
              return holds.get();
            }
          }
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
        if (recovery == null) {
          throw failure;
        }
        LOG.info(
            "{}: outcome unknown ({}); checking whether it took effect before anything is resent",
            exchange.describe(),
            failure.getClass().getSimpleName());
        Optional<T> effect;
        try {
          effect = recovery.afterUnknownOutcome(failure);
        } catch (RuntimeException e) {
          if (e != failure) {
            e.addSuppressed(failure);
          }
          throw e;
        }
        if (effect.isPresent()) {
          LOG.info("{}: the request took effect; not sending it again", exchange.describe());
          return effect.get();
        }
      }
      if (last) {
        throw failure;
      }
      pause(
          exchange,
          policy.jittered(policy.backoff(attempt), ThreadLocalRandom.current()),
          failure.getClass().getSimpleName(),
          attempt);
    }
  }

  /** One attempt under the limiter; every response's rate-limit headers feed it. */
  private HttpResult send(Exchange exchange) throws SendFailure {
    SlidingWindowLimiter.Permit permit = limiter.acquire(sleeper, exchange, policy.maxQuotaWait());
    try {
      HttpResult result = transport.send(exchange);
      limiter.observe(result.rateLimit());
      return result;
    } finally {
      permit.done();
    }
  }

  /** A 429 saying the quota is used up until a reset further away than a retry would wait. */
  private boolean quotaExhausted(RateLimit rateLimit) {
    if (rateLimit.remaining() != 0 || rateLimit.reset().isEmpty()) {
      return false;
    }
    Instant reset = rateLimit.reset().get();
    return Duration.between(clock.instant(), reset).compareTo(policy.maxRateLimitWait()) > 0;
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
