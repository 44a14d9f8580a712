package dev.seawall.core;

/**
 * A {@link Waiter} observed a state from which the awaited condition can never hold, such as an
 * action with status {@code errored}. The message names what was awaited and the state observed.
 */
public class WaitFailedException extends SeawallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a readable message. */
  public WaitFailedException(String message) {
    super(message);
  }
}
