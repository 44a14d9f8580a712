package dev.seawall.core;

/**
 * A {@link Waiter} reached its deadline before the awaited condition held. The message names what
 * was awaited, the timeout and the last observed state.
 */
public class WaitTimeoutException extends SeawallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a readable message. */
  public WaitTimeoutException(String message) {
    super(message);
  }
}
