package dev.seawall.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * DigitalOcean actions with a deterministic lifecycle: {@code in-progress}, then {@code completed}
 * (or {@code errored}).
 *
 * <p>An action completes once <em>both</em> hold: the fake's clock has reached {@code started_at +
 * actionDelay}, and {@code actionPollsBeforeCompletion} polls ({@link #poll}) have already answered
 * {@code in-progress}. Both default to zero (the first poll completes); configure them on {@link
 * FakeDigitalOcean.Builder}. With a {@link TestClock} shared with the client's sleeper, waiting
 * takes no real time and a timeout can be tested exactly.
 */
public final class FakeActions {
  private final Clock clock;
  private final LongSupplier ids;
  private final Duration delay;
  private final int pollsBeforeCompletion;
  private final Map<Long, Lifecycle> actions = new LinkedHashMap<>();
  private int failNext;

  FakeActions(Clock clock, LongSupplier ids, Duration delay, int pollsBeforeCompletion) {
    this.clock = clock;
    this.ids = ids;
    this.delay = delay;
    this.pollsBeforeCompletion = pollsBeforeCompletion;
  }

  /**
   * Starts an action on a resource with a numeric id (droplets, volumes actions use the droplet).
   *
   * @param type the action type, e.g. {@code create}, {@code attach}
   * @param resourceType e.g. {@code droplet}, {@code volume}
   * @param resourceId the resource's numeric id
   * @return the live action object, {@code status: in-progress}
   */
  public Map<String, @Nullable Object> start(String type, String resourceType, long resourceId) {
    return begin(type, resourceType, resourceId);
  }

  /**
   * Starts an action whose resource has no numeric id ({@code resource_id: null}).
   *
   * @return the live action object, {@code status: in-progress}
   */
  public Map<String, @Nullable Object> start(String type, String resourceType) {
    return begin(type, resourceType, null);
  }

  /**
   * Polls an action, as {@code GET /v2/actions/{action_id}} does: counts the poll and returns the
   * action with its status brought up to date.
   *
   * @throws FakeApiError 404 when there is no such action
   */
  public Map<String, @Nullable Object> poll(long id) {
    Lifecycle action = actions.get(id);
    if (action == null) {
      throw FakeApiError.notFound();
    }
    refresh(action);
    action.polls++;
    return action.json;
  }

  /** The action with {@code id}, status brought up to date, without counting a poll. */
  public Optional<Map<String, @Nullable Object>> get(long id) {
    Lifecycle action = actions.get(id);
    if (action == null) {
      return Optional.empty();
    }
    refresh(action);
    return Optional.of(action.json);
  }

  /** Every action, oldest first, statuses brought up to date (no poll counted). */
  public List<Map<String, @Nullable Object>> all() {
    List<Map<String, @Nullable Object>> all = new ArrayList<>();
    for (Lifecycle action : actions.values()) {
      refresh(action);
      all.add(action.json);
    }
    return all;
  }

  /** Makes the next {@code count} started actions end {@code errored} instead of completed. */
  public void failNext(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    failNext = count;
  }

  private Map<String, @Nullable Object> begin(
      String type, String resourceType, @Nullable Long resourceId) {
    long id = ids.getAsLong();
    Instant now = clock.instant();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("status", "in-progress");
    json.put("type", type);
    json.put("started_at", FakeJson.timestamp(now));
    json.put("completed_at", null);
    json.put("resource_id", resourceId);
    json.put("resource_type", resourceType);
    json.put("region_slug", null);
    boolean fails = failNext > 0;
    if (fails) {
      failNext--;
    }
    actions.put(id, new Lifecycle(json, now, fails));
    return json;
  }

  private void refresh(Lifecycle action) {
    if (!"in-progress".equals(action.json.get("status"))) {
      return;
    }
    Instant now = clock.instant();
    if (action.polls >= pollsBeforeCompletion && !now.isBefore(action.startedAt.plus(delay))) {
      action.json.put("status", action.fails ? "errored" : "completed");
      action.json.put("completed_at", FakeJson.timestamp(now));
    }
  }

  private static final class Lifecycle {
    final Map<String, @Nullable Object> json;
    final Instant startedAt;
    final boolean fails;
    int polls;

    Lifecycle(Map<String, @Nullable Object> json, Instant startedAt, boolean fails) {
      this.json = json;
      this.startedAt = startedAt;
      this.fails = fails;
    }
  }
}
