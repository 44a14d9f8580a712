package dev.seawall.core.support;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What happened to code run on an interrupted thread: what it threw and whether the thread's
 * interrupt flag was still set afterwards. The flag is always cleared again, so later tests on the
 * same thread are unaffected.
 *
 * @param failure what the code threw, or null
 * @param flagStillSet whether the interrupt flag was set when the code returned
 */
public record Interruption(Throwable failure, boolean flagStillSet) {

  /** Sets the interrupt flag, then runs {@code code}. */
  public static Interruption whileInterrupted(ThrowingCallable code) {
    Thread.currentThread().interrupt();
    return run(code);
  }

  /** Runs {@code code} (which may interrupt the thread itself, e.g. through a sleeper). */
  public static Interruption run(ThrowingCallable code) {
    Throwable failure;
    boolean stillSet;
    try {
      failure = Assertions.catchThrowable(code);
    } finally {
      stillSet = Thread.interrupted();
    }
    return new Interruption(failure, stillSet);
  }
}
