package dev.seawall.core;

import java.time.Duration;

/**
 * Receives the progress of {@link Waiter} waits made on the current thread, while registered with
 * {@link Waiter#reportingTo(WaitListener, java.util.function.Supplier)}. {@code Stack.apply} uses
 * it to report what each step is waiting for.
 */
@FunctionalInterface
public interface WaitListener {
  /**
   * A wait is still pending.
   *
   * @param awaited what is awaited, e.g. {@code droplet 4242 to become active} (no secrets)
   * @param elapsed how long the wait has lasted so far
   */
  void waiting(String awaited, Duration elapsed);
}
