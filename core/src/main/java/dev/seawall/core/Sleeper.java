package dev.seawall.core;

import java.time.Duration;

/** Waits for a duration. Injected so that tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
  /** The real sleeper, {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
