package dev.seawall.core.internal.http;

import dev.seawall.core.ApiException;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The recovery of an action: when its answer is lost, is a 5xx, or is a refusal with {@code 409} or
 * {@code 422}, the state is checked first; if the action's goal holds (the volume is attached,
 * detached, resized), it counts as done and nothing is sent again. Otherwise a lost answer or 5xx
 * is retried (a second action whose goal already holds is refused, and checked again), and a
 * refusal is thrown.
 */
final class GoalCheck<T> implements Recovery<Optional<T>> {
  private final BooleanSupplier goalHolds;

  GoalCheck(BooleanSupplier goalHolds) {
    this.goalHolds = goalHolds;
  }

  @Override
  public Optional<Optional<T>> afterUnknownOutcome(RuntimeException failure) {
    return goalHolds.getAsBoolean() ? Optional.of(Optional.empty()) : Optional.empty();
  }

  @Override
  public Optional<Optional<T>> afterRefusal(ApiException failure) {
    boolean maybeHolds = failure.status() == 409 || failure.status() == 422;
    return maybeHolds && goalHolds.getAsBoolean()
        ? Optional.of(Optional.empty())
        : Optional.empty();
  }
}
