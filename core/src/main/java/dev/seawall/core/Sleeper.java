package dev.seawall.core;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits for a duration. Injected so that tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
  /**
   * The real sleeper. A zero or negative duration returns at once (after checking for an
   * interrupt); a duration beyond what a {@code long} of nanoseconds holds (about 292 years) sleeps
   * that long instead.
   */
  Sleeper SYSTEM =
      duration -> {
        if (duration.isNegative() || duration.isZero()) {
          if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping");
          }
          return;
        }
        TimeUnit.NANOSECONDS.sleep(saturatedNanos(duration));
      };

  /**
   * Waits for {@code duration}. Seawall never passes a negative duration, but implementations
   * should treat one like zero.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted while waiting; Seawall then restores
   *     the thread's interrupt flag and throws a {@link SeawallException}
   */
  void sleep(Duration duration) throws InterruptedException;

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
