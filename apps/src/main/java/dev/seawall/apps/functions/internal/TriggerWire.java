package dev.seawall.apps.functions.internal;

import com.squareup.moshi.Json;
import dev.seawall.apps.functions.FunctionTrigger;
import java.util.Map;
import java.util.Optional;

/**
 * {@code trigger_info} as the API writes it.
 *
 * @param namespace the namespace id
 * @param name the trigger's name
 * @param function the function it runs
 * @param type {@code SCHEDULED}
 * @param isEnabled whether it runs
 * @param scheduledDetails cron and body
 * @param scheduledRuns the last and next runs
 */
public record TriggerWire(
    String namespace,
    String name,
    String function,
    String type,
    @Json(name = "is_enabled") Optional<Boolean> isEnabled,
    @Json(name = "scheduled_details") Optional<ScheduledWire> scheduledDetails,
    @Json(name = "scheduled_runs") Optional<RunsWire> scheduledRuns) {

  /** {@code scheduled_details}. */
  public record ScheduledWire(String cron, Map<String, Object> body) {}

  /** {@code scheduled_runs}. */
  public record RunsWire(
      @Json(name = "last_run_at") String lastRunAt, @Json(name = "next_run_at") String nextRunAt) {}

  /** The read model. */
  public FunctionTrigger toModel() {
    return new FunctionTrigger(
        namespace,
        name,
        function,
        type,
        isEnabled,
        scheduledDetails.map(ScheduledWire::cron).filter(c -> !c.isEmpty()),
        scheduledDetails.map(ScheduledWire::body).orElse(Map.of()),
        scheduledRuns.map(RunsWire::lastRunAt).filter(t -> !t.isEmpty()),
        scheduledRuns.map(RunsWire::nextRunAt).filter(t -> !t.isEmpty()));
  }
}
