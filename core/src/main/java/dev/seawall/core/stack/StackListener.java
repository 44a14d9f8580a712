package dev.seawall.core.stack;

/**
 * Receives the {@link StackEvent}s of {@link Stack#apply}. Called from the threads that apply the
 * steps, so implementations must be thread-safe and quick (print a line, update a progress bar).
 */
@FunctionalInterface
public interface StackListener {
  /** A listener that ignores every event. */
  StackListener NONE = event -> {};

  /** Receives one event. */
  void on(StackEvent event);
}
