package dev.seawall.core;

/** What one poll of a {@link Waiter} observed. */
public enum WaitState {
  /** The awaited condition holds; stop waiting and return the value. */
  DONE,
  /** Not yet; poll again after a pause. */
  PENDING,
  /** The condition can never hold (for example an action that errored); stop and fail. */
  FAILED
}
