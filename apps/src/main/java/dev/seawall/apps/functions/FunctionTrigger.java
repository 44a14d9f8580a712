package dev.seawall.apps.functions;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trigger of a Functions namespace as the API reports it (read model). DigitalOcean stores the
 * {@code body} in plain text and answers it to every {@code function:read} token, which is why
 * {@link FunctionTriggerSpec} refuses secrets there (SW-FN-004); {@link #toString()} shows its keys
 * only.
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_get_trigger">functions_get_trigger</a>.
 *
 * @param namespace the namespace id ({@code fn-...})
 * @param name the trigger's name, unique in its namespace
 * @param function the function it runs, e.g. {@code billing/invoice}
 * @param type {@code SCHEDULED} (the only type the API has)
 * @param enabled whether it runs; empty when not reported
 * @param cron the five-field cron expression; empty when not reported
 * @param body the JSON object passed to the function on each run (numbers as the API wrote them)
 * @param lastRunAt when it last ran; empty if never
 * @param nextRunAt when it runs next; empty if it will not
 */
public record FunctionTrigger(
    String namespace,
    String name,
    String function,
    String type,
    Optional<Boolean> enabled,
    Optional<String> cron,
    Map<String, Object> body,
    Optional<String> lastRunAt,
    Optional<String> nextRunAt) {
  /** Validates and copies the components. */
  public FunctionTrigger {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(cron, "cron");
    body = SecretValues.copy(body);
    Objects.requireNonNull(lastRunAt, "lastRunAt");
    Objects.requireNonNull(nextRunAt, "nextRunAt");
  }

  /** Names, schedule and the body's keys: never a body value. */
  @Override
  public String toString() {
    return "FunctionTrigger[name="
        + name
        + ", function="
        + function
        + ", cron="
        + cron.orElse("?")
        + ", enabled="
        + enabled.map(String::valueOf).orElse("?")
        + ", body keys="
        + body.keySet()
        + "]";
  }
}
