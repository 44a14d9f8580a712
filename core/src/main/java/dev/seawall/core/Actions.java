package dev.seawall.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Reads and awaits DigitalOcean actions. Obtain it from {@link DigitalOcean#actions()}.
 *
 * <p>Token scope required: {@code actions:read}. API operation: <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/actions_get">actions_get</a>.
 */
public final class Actions {
  private final Api api;
  private final Waiter waiter;

  Actions(Api api, Waiter waiter) {
    this.api = Objects.requireNonNull(api, "api");
    this.waiter = Objects.requireNonNull(waiter, "waiter");
  }

  /**
   * Fetches one action ({@code GET /v2/actions/{action_id}}).
   *
   * @param actionId the action id
   * @return the action
   * @throws NotFoundException if there is no such action
   * @throws ApiException for other error statuses; {@link TransportException} for I/O failures
   */
  public Action get(long actionId) {
    return api.call(
        ApiRequest.of(CoreOperations.ACTIONS_GET).pathParam("action_id", actionId).build(),
        "action",
        Action.class);
  }

  /**
   * Polls an action until it is {@code completed}, with the {@link Waiter}'s backoff.
   *
   * @param actionId the action id
   * @param timeout how long to wait at most
   * @return the completed action
   * @throws WaitFailedException if the action ends {@code errored}; the message names the action id
   *     and type
   * @throws WaitTimeoutException if the action is still running at the deadline
   */
  public Action await(long actionId, Duration timeout) {
    return waiter.until(
        "DigitalOcean action " + actionId,
        () -> get(actionId),
        Actions::state,
        action -> action.describe() + " with status " + statusName(action.status()),
        timeout);
  }

  private static WaitState state(Action action) {
    return switch (action.status()) {
      case COMPLETED -> WaitState.DONE;
      case ERRORED -> WaitState.FAILED;
      case IN_PROGRESS, UNKNOWN -> WaitState.PENDING;
    };
  }

  private static String statusName(Action.Status status) {
    return switch (status) {
      case IN_PROGRESS -> "in-progress";
      case COMPLETED -> "completed";
      case ERRORED -> "errored";
      case UNKNOWN -> "unknown";
    };
  }

  @Override
  public String toString() {
    return "Actions";
  }
}
