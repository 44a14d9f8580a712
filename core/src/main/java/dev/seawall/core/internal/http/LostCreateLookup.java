package dev.seawall.core.internal.http;

import dev.seawall.core.OutcomeUnknownException;
import dev.seawall.core.RetryPolicy;
import dev.seawall.core.SeawallException;
import dev.seawall.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recovery of a create whose answer was lost: look the resource up, with the policy's backoff,
 * for up to {@link RetryPolicy#outcomeLookupWindow()} (DigitalOcean's lists lag behind its writes),
 * and adopt it when it appears. The create is never sent again: when the window ends without the
 * resource, an {@link OutcomeUnknownException} names it and says that a re-run converges.
 */
final class LostCreateLookup<T> implements Recovery<T> {
  private static final Logger LOG = LoggerFactory.getLogger(LostCreateLookup.class);

  private final String resource;
  private final String operationId;
  private final Supplier<Optional<T>> lookup;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;

  LostCreateLookup(
      String resource,
      String operationId,
      Supplier<Optional<T>> lookup,
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper) {
    this.resource = resource;
    this.operationId = operationId;
    this.lookup = lookup;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Optional<T> afterUnknownOutcome(RuntimeException failure) {
    Duration window = policy.outcomeLookupWindow();
    Instant start = clock.instant();
    Duration slept = Duration.ZERO;
    for (int lookups = 1; ; lookups++) {
      Optional<T> found = lookup.get();
      if (found.isPresent()) {
        LOG.info("{}: found after {} lookup(s); adopting it", resource, lookups);
        return found;
      }
      // Time passes at least as fast as the pauses, even with a clock that does not move.
      Instant now = clock.instant();
      Duration elapsed = Duration.between(start, now);
      if (elapsed.compareTo(slept) < 0) {
        elapsed = slept;
      }
      Duration left = window.minus(elapsed);
      if (left.compareTo(Duration.ZERO) <= 0) {
        throw new OutcomeUnknownException(resource, operationId, window, failure);
      }
      Duration pause = policy.backoff(lookups);
      if (pause.compareTo(left) > 0) {
        pause = left;
      }
      LOG.info(
          "{}: not visible yet after a lost create answer; looking again in {} ms",
          resource,
          pause.toMillis());
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SeawallException("Interrupted while looking up " + resource, e);
      }
      slept = slept.plus(pause);
    }
  }
}
