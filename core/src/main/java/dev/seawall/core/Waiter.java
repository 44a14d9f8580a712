package dev.seawall.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls until a condition holds, pausing between polls with a growing delay and never past a
 * deadline. Time comes from an injected {@link Clock} and pauses go through an injected {@link
 * Sleeper}, so tests never really wait. Immutable and thread-safe; obtain one from {@link
 * DigitalOcean#waiter()}.
 *
 * <p>Default pacing: the first pause is 1 second, each next one 1.5 times longer, at most 10
 * seconds. The last pause is shortened so that the final poll happens at the deadline. Elapsed time
 * is the later of the clock's reading and the sum of the pauses, so a clock that does not move can
 * never make a wait endless. An interrupt during a pause restores the thread's interrupt flag and
 * throws a {@link SeawallException}.
 */
public final class Waiter {
  /** Default first pause between two polls. */
  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofSeconds(1);

  /** Default factor by which the pause grows after each poll. */
  public static final double DEFAULT_MULTIPLIER = 1.5;

  /** Default longest pause between two polls. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(10);

  /**
   * The longest time a pending wait goes without telling its {@link WaitListener}: pauses longer
   * than this are split so that progress is reported at least this often.
   */
  public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

  private static final ThreadLocal<WaitListener> LISTENER = new ThreadLocal<>();

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final Duration notFoundGrace;

  private Waiter(
      Clock clock,
      Sleeper sleeper,
      Duration initialDelay,
      double multiplier,
      Duration maxDelay,
      Duration notFoundGrace) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
    this.multiplier = multiplier;
    this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
    this.notFoundGrace = Objects.requireNonNull(notFoundGrace, "notFoundGrace");
  }

  /**
   * A waiter with the default pacing.
   *
   * @param clock source of the current time (deadlines)
   * @param sleeper performs the pauses
   */
  public static Waiter create(Clock clock, Sleeper sleeper) {
    return new Waiter(
        clock,
        sleeper,
        DEFAULT_INITIAL_DELAY,
        DEFAULT_MULTIPLIER,
        DEFAULT_MAX_DELAY,
        Duration.ZERO);
  }

  /**
   * A copy that takes a {@link NotFoundException} from the poll, during the first {@code grace} of
   * a wait, for "not visible yet" (DigitalOcean may answer {@code 404} for a droplet or action
   * created a moment ago) and polls again; after {@code grace}, the exception ends the wait as
   * before (it names the resource's path, and so its id). The client's waiter uses {@link
   * RetryPolicy#readAfterWriteWindow()}; {@link #create} uses none.
   *
   * @param grace how long a 404 is waited out, from the start of each wait; zero for never
   * @throws IllegalArgumentException if negative
   */
  public Waiter withNotFoundGrace(Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative, was " + grace);
    }
    return new Waiter(clock, sleeper, initialDelay, multiplier, maxDelay, grace);
  }

  /**
   * A copy with other pacing.
   *
   * @param initialDelay the first pause, positive
   * @param multiplier growth factor of the pause, at least 1
   * @param maxDelay the longest pause, at least {@code initialDelay}
   * @throws IllegalArgumentException if the values are out of range
   */
  public Waiter withPacing(Duration initialDelay, double multiplier, Duration maxDelay) {
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be at least initialDelay");
    }
    return new Waiter(clock, sleeper, initialDelay, multiplier, maxDelay, notFoundGrace);
  }

  /**
   * Runs {@code body} with {@code listener} receiving the progress of every wait {@code body} makes
   * on the current thread (after each poll that found the awaited state pending, and at least every
   * {@link #PROGRESS_INTERVAL} while pausing: with a listener, longer pauses are made in several
   * steps). The previous listener of the thread, if any, is restored afterwards.
   *
   * @param listener receives progress; must not throw
   * @param body the work that may wait
   * @return what {@code body} returns
   */
  public static <T> T reportingTo(WaitListener listener, Supplier<T> body) {
    Objects.requireNonNull(listener, "listener");
    WaitListener previous = LISTENER.get();
    LISTENER.set(listener);
    try {
      return body.get();
    } finally {
      if (previous == null) {
        LISTENER.remove();
      } else {
        LISTENER.set(previous);
      }
    }
  }

  /**
   * Polls until {@code state} says {@link WaitState#DONE} and returns that value. The exception
   * messages describe the last observed value only if it is an enum, number or boolean (other
   * values may hold secrets); use {@link #until(String, Supplier, Function, Function, Duration)} to
   * describe it yourself.
   *
   * @param description what is awaited, for messages, e.g. {@code "droplet 42 to become active"}
   * @param poll fetches the current value (it may throw; that ends the wait)
   * @param state classifies a value
   * @param timeout how long to wait at most, from now
   * @return the first value classified {@link WaitState#DONE}
   * @throws WaitTimeoutException if the deadline passes first
   * @throws WaitFailedException if a value is classified {@link WaitState#FAILED}
   * @throws SeawallException if the thread is interrupted while pausing (its interrupt flag is set
   *     again)
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public <T> T until(
      String description,
      Supplier<T> poll,
      Function<? super T, WaitState> state,
      Duration timeout) {
    return until(description, poll, state, Waiter::describeSafely, timeout);
  }

  /**
   * Like {@link #until(String, Supplier, Function, Duration)}, with {@code describe} rendering the
   * last observed value in exception messages (it must not include secrets).
   *
   * @param description what is awaited, for messages
   * @param poll fetches the current value
   * @param state classifies a value
   * @param describe renders a value for messages, e.g. {@code d -> "status " + d.status()}
   * @param timeout how long to wait at most, from now
   * @return the first value classified {@link WaitState#DONE}
   * @throws WaitTimeoutException if the deadline passes first
   * @throws WaitFailedException if a value is classified {@link WaitState#FAILED}
   * @throws SeawallException if the thread is interrupted while pausing (its interrupt flag is set
   *     again)
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public <T> T until(
      String description,
      Supplier<T> poll,
      Function<? super T, WaitState> state,
      Function<? super T, String> describe,
      Duration timeout) {
    Objects.requireNonNull(description, "description");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    Instant start = clock.instant();
    Instant deadline = start.plus(timeout);
    Duration delay = initialDelay;
    Duration slept = Duration.ZERO;
    for (int polls = 1; ; polls++) {
      String observedText;
      try {
        T value = poll.get();
        WaitState observed = Objects.requireNonNull(state.apply(value), "state");
        if (observed == WaitState.DONE) {
          return value;
        }
        observedText = describe.apply(value);
        if (observed == WaitState.FAILED) {
          throw new WaitFailedException(
              "Waiting for "
                  + description
                  + " failed: observed "
                  + observedText
                  + ", from which it can never complete.");
        }
      } catch (NotFoundException notYetVisible) {
        Duration waited = Duration.between(start, later(clock.instant(), start.plus(slept)));
        if (waited.compareTo(notFoundGrace) >= 0) {
          throw notYetVisible;
        }
        observedText = "not found (404), which right after a write can mean not visible yet";
      }
      // Time passes at least as fast as the pauses, even with a clock that does not move (a fake
      // clock beside a real sleeper, say): the wait always ends.
      Instant now = later(clock.instant(), start.plus(slept));
      Duration left = Duration.between(now, deadline);
      if (left.isNegative() || left.isZero()) {
        throw new WaitTimeoutException(
            "Timed out after "
                + Duration.between(start, now)
                + " (timeout "
                + timeout
                + ", "
                + polls
                + (polls == 1 ? " poll" : " polls")
                + ") waiting for "
                + description
                + "; last observed: "
                + observedText
                + " (still pending)"
                + ". Raise the timeout or check the resource in the DigitalOcean control panel.");
      }
      Duration pause = delay.compareTo(left) <= 0 ? delay : left;
      pause(pause, description, Duration.between(start, now));
      slept = slept.plus(pause);
      delay = next(delay);
    }
  }

  /**
   * Pauses for {@code duration} through {@code sleeper}, telling the current thread's {@link
   * WaitListener} (see {@link #reportingTo}) when the pause starts and at least every {@link
   * #PROGRESS_INTERVAL} while it lasts. For Seawall's own long pauses outside polling, such as
   * waiting for the hourly rate-limit window to reopen.
   *
   * @param sleeper performs the pause
   * @param awaited what the pause waits for, e.g. {@code DigitalOcean's rate limit to allow ...}
   *     (no secrets)
   * @param duration how long to pause; zero or negative returns at once
   * @throws InterruptedException if interrupted while pausing
   */
  public static void pause(Sleeper sleeper, String awaited, Duration duration)
      throws InterruptedException {
    pauseReporting(sleeper, awaited, duration, Duration.ZERO);
  }

  /**
   * The one reporting pause: tells the listener before each step, in steps of at most {@link
   * #PROGRESS_INTERVAL} while a listener is registered, counting elapsed time from {@code
   * elapsedBefore}.
   */
  private static void pauseReporting(
      Sleeper sleeper, String awaited, Duration duration, Duration elapsedBefore)
      throws InterruptedException {
    Duration left = duration;
    Duration elapsed = elapsedBefore;
    while (left.compareTo(Duration.ZERO) > 0) {
      report(awaited, elapsed);
      Duration step =
          LISTENER.get() != null && left.compareTo(PROGRESS_INTERVAL) > 0
              ? PROGRESS_INTERVAL
              : left;
      sleeper.sleep(step);
      elapsed = elapsed.plus(step);
      left = left.minus(step);
    }
  }

  private static void report(String description, Duration elapsed) {
    WaitListener listener = LISTENER.get();
    if (listener != null) {
      listener.waiting(description, elapsed);
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private Duration next(Duration delay) {
    long nanos = (long) Math.min(delay.toNanos() * multiplier, (double) maxDelay.toNanos());
    return Duration.ofNanos(nanos);
  }

  private void pause(Duration duration, String description, Duration elapsed) {
    try {
      pauseReporting(sleeper, description, duration, elapsed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SeawallException("Interrupted while waiting for " + description, e);
    }
  }

  private static String describeSafely(Object value) {
    if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    return "a " + value.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return "Waiter[initialDelay="
        + initialDelay
        + ", multiplier="
        + multiplier
        + ", maxDelay="
        + maxDelay
        + ", notFoundGrace="
        + notFoundGrace
        + "]";
  }
}
