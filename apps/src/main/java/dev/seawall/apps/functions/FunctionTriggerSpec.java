package dev.seawall.apps.functions;

import dev.seawall.apps.AppsRules;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of a scheduled trigger of a Functions namespace: it runs {@code function} on a
 * cron schedule, passing {@code body} as the function's parameters.
 *
 * <p>Secure by default: DigitalOcean stores the body in plain text and answers it to every {@code
 * function:read} token, so a body value that looks secret (a secret-named key holding a literal, or
 * a token, private key or URL with a password anywhere) is refused (SW-FN-004; {@link
 * Builder#allowPlaintextBody}). Keep secrets in the function's environment ({@link
 * FunctionsProject}, as {@code ${NAME}} templates). The cron expression is checked before anything
 * is sent (SW-INPUT-001).
 *
 * <pre>{@code
 * FunctionTriggerSpec nightly = FunctionTriggerSpec.builder()
 *     .name("nightly-invoices")
 *     .function("billing/invoice")
 *     .cron("0 3 * * *")                  // 03:00 UTC every day
 *     .putBody("dryRun", false)
 *     .build();
 * }</pre>
 *
 * <p>Immutable; {@link #toString()} shows the body's keys, never its values. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_trigger">functions_create_trigger</a>
 * and <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_update_trigger">functions_update_trigger</a>.
 */
public final class FunctionTriggerSpec {
  /** The trigger type the API has: {@value}. */
  public static final String SCHEDULED = "SCHEDULED";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern FUNCTION =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)?");

  private final String name;
  private final String function;
  private final String cron;
  private final boolean enabled;
  private final Map<String, Object> body;
  private final Map<String, Justification> plaintext;

  private FunctionTriggerSpec(Builder builder) {
    this.name = builder.name;
    this.function = builder.function;
    this.cron = builder.cron.trim();
    this.enabled = builder.enabled;
    this.body = SecretValues.copy(builder.body);
    this.plaintext = Map.copyOf(builder.plaintext);
  }

  /** Starts a spec; name, function and cron are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values and opt-outs. */
  public Builder toBuilder() {
    Builder b = new Builder().name(name).function(function).cron(cron).enabled(enabled);
    b.body.putAll(body);
    b.plaintext.putAll(plaintext);
    return b;
  }

  /** The trigger's name, unique in its namespace. */
  public String name() {
    return name;
  }

  /** The function it runs: {@code <package>/<function>}, or {@code <function>} in no package. */
  public String function() {
    return function;
  }

  /** The five-field cron expression (UTC), e.g. {@code 0 3 * * *}. */
  public String cron() {
    return cron;
  }

  /** Whether the trigger runs; default {@code true}. */
  public boolean enabled() {
    return enabled;
  }

  /** The JSON object passed to the function on each run; empty by default. */
  public Map<String, Object> body() {
    return body;
  }

  /** The risks accepted through {@link Builder#allowPlaintextBody}, one per body value. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    List<AcknowledgedRisk> risks = new ArrayList<>();
    plaintext.forEach(
        (path, why) ->
            risks.add(AcknowledgedRisk.of(AppsRules.SW_FN_004, why, "plain-text body." + path)));
    return List.copyOf(risks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionTriggerSpec other
        && name.equals(other.name)
        && function.equals(other.function)
        && cron.equals(other.cron)
        && enabled == other.enabled
        && SecretValues.canonical(body).equals(SecretValues.canonical(other.body))
        && plaintext.equals(other.plaintext);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, function, cron, enabled);
  }

  /** Names and schedule; the body's keys, never its values. */
  @Override
  public String toString() {
    return "FunctionTriggerSpec[name="
        + name
        + ", function="
        + function
        + ", cron="
        + cron
        + ", enabled="
        + enabled
        + ", body keys="
        + body.keySet()
        + "]";
  }

  /**
   * Checks a trigger body against SW-FN-004, shared by {@link Builder#validate()} (with the spec's
   * opt-outs) and {@link FunctionTriggerAuditor} ({@code acks} {@code null}: every finding).
   */
  static void checkBody(
      Checks checks, Map<String, ?> body, @Nullable Function<String, List<AcknowledgedRisk>> acks) {
    for (String path : SecretValues.paths(body)) {
      Checks at = checks.at("scheduled_details.body." + path);
      String message =
          "the trigger body's "
              + path
              + " looks secret, and DigitalOcean stores the body in plain text readable by every"
              + " function:read token; keep the secret in the function's environment as a ${NAME}"
              + " template";
      if (acks == null) {
        at.refuse(AppsRules.SW_FN_004, message);
      } else {
        at.refuseUnlessAcknowledged(
            AppsRules.SW_FN_004,
            true,
            acks.apply(path),
            message,
            "allowPlaintextBody(\"" + path + "\", Justification)");
      }
    }
  }

  /** Builder for {@link FunctionTriggerSpec}; {@link #validate()} reports every problem at once. */
  public static final class Builder {
    private String name = "";
    private String function = "";
    private String cron = "";
    private boolean enabled = true;
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Justification> plaintext = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the name: 1 to 64 letters, digits, {@code . _ -}, unique in the namespace. Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the function it runs, {@code <package>/<function>} as in {@code project.yml}. Required;
     * it must exist in the namespace (deployed with {@code doctl serverless deploy}) when the
     * trigger is created.
     */
    public Builder function(String function) {
      this.function = Objects.requireNonNull(function, "function");
      return this;
    }

    /**
     * Sets the schedule: five fields, minute hour day-of-month month day-of-week, in UTC, e.g.
     * {@code 0 3 * * *} (03:00 daily) or {@code *}{@code /15 * * * *} (every 15 minutes). Required.
     */
    public Builder cron(String cron) {
      this.cron = Objects.requireNonNull(cron, "cron");
      return this;
    }

    /** Pauses ({@code false}) or runs ({@code true}, the default) the trigger. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Replaces the body: a JSON object of strings, numbers, booleans, lists and objects (copied).
     */
    public Builder body(Map<String, ?> body) {
      this.body.clear();
      body.forEach(this::putBody);
      return this;
    }

    /** Adds one top-level body entry. */
    public Builder putBody(String key, Object value) {
      body.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Opt-out of SW-FN-004: lets the body value at {@code path} (as the violation names it, e.g.
     * {@code apiKey} or {@code auth.token}) stay although it looks secret. Risk: every {@code
     * function:read} token reads it. Default: refused.
     */
    public Builder allowPlaintextBody(String path, Justification justification) {
      plaintext.put(
          Objects.requireNonNull(path, "path"),
          Objects.requireNonNull(justification, "justification"));
      return this;
    }

    /**
     * Checks the spec: malformed input (SW-INPUT-001: name, function, cron, body values) and
     * secret-looking body values (SW-FN-004).
     */
    public Validation<Seq<Violation>, FunctionTriggerSpec> validate() {
      Checks checks =
          Checks.on(FunctionTriggerService.KIND + "/" + (name.isBlank() ? "(unnamed)" : name));
      if (!NAME.matcher(name).matches()) {
        checks.invalid(
            "name", "must be 1 to 64 letters, digits, '.', '_' and '-', e.g. nightly-invoices");
      }
      if (!FUNCTION.matcher(function).matches()) {
        checks.invalid(
            "function", "names the function as <package>/<function>, e.g. billing/invoice");
      }
      Cron.problem(cron).ifPresent(problem -> checks.invalid("scheduled_details.cron", problem));
      if (!jsonValue(body)) {
        checks.invalid(
            "scheduled_details.body",
            "holds only strings, numbers, booleans, lists and objects with string keys");
      }
      checkBody(
          checks,
          body,
          path -> {
            Justification why = plaintext.get(path);
            return why == null
                ? List.of()
                : List.of(AcknowledgedRisk.of(AppsRules.SW_FN_004, why, path));
          });
      return checks.result(() -> new FunctionTriggerSpec(this));
    }

    private static boolean jsonValue(Object value) {
      if (value instanceof Map<?, ?> map) {
        return map.entrySet().stream()
            .allMatch(e -> e.getKey() instanceof String && jsonValue(e.getValue()));
      }
      if (value instanceof List<?> list) {
        return list.stream().allMatch(Builder::jsonValue);
      }
      return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem; the message never holds a body value
     */
    public FunctionTriggerSpec build() {
      Validation<Seq<Violation>, FunctionTriggerSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
