package dev.seawall.core.policy;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link PolicyReport}: a rule broken by a resource, either open or acknowledged with
 * a justification.
 *
 * @param ruleId the rule, e.g. {@code SW-FW-001}
 * @param severity the rule's severity
 * @param resource the resource, e.g. {@code firewall/web} or {@code firewall/web.inboundRules[0]}
 * @param message what is wrong (from the {@link Violation}) or what was accepted (for an
 *     acknowledged risk)
 * @param acknowledged whether the risk was accepted through an opt-out
 * @param justificationText the justification of an acknowledged finding; empty if and only if not
 *     acknowledged. Prefer {@link #justification()}.
 * @param location where the resource is: {@code digitalocean://<kind>/<id>} for a live resource, a
 *     file and line for a declaration, {@link Location#planned(String)} when neither is known
 */
public record Finding(
    String ruleId,
    Severity severity,
    String resource,
    String message,
    boolean acknowledged,
    String justificationText,
    Location location) {

  /**
   * The order of findings in a report: by resource, location, rule id, open before acknowledged,
   * message.
   */
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::resource)
          .thenComparing(f -> f.location().uri())
          .thenComparing(f -> f.location().line())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::acknowledged)
          .thenComparing(Finding::message)
          .thenComparing(Finding::justificationText);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if an acknowledged finding has no justification or an open one
   *     has one
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(justificationText, "justificationText");
    Objects.requireNonNull(location, "location");
    if (acknowledged == justificationText.isBlank()) {
      throw new IllegalArgumentException(
          acknowledged
              ? "an acknowledged finding needs a justification"
              : "an open finding has no justification");
    }
  }

  /**
   * A finding located at {@link Location#planned(String)} of its resource.
   *
   * @param ruleId the rule
   * @param severity the rule's severity
   * @param resource the resource
   * @param message what is wrong or what was accepted
   * @param acknowledged whether the risk was accepted
   * @param justificationText the justification; empty if and only if not acknowledged
   */
  public Finding(
      String ruleId,
      Severity severity,
      String resource,
      String message,
      boolean acknowledged,
      String justificationText) {
    this(
        ruleId,
        severity,
        resource,
        message,
        acknowledged,
        justificationText,
        Location.planned(resource));
  }

  /** An open (not acknowledged) finding for a violation, at its resource's planned location. */
  public static Finding open(Violation violation) {
    return open(violation, Location.planned(violation.resource()));
  }

  /** An open (not acknowledged) finding for a violation at a location. */
  public static Finding open(Violation violation, Location location) {
    return new Finding(
        violation.ruleId(),
        violation.rule().severity(),
        violation.resource(),
        violation.message(),
        false,
        "",
        location);
  }

  /** An acknowledged finding: a violation accepted through an opt-out with the justification. */
  public static Finding accepted(Violation violation, Justification justification) {
    return accepted(violation, justification, Location.planned(violation.resource()));
  }

  /** An acknowledged finding at a location. */
  public static Finding accepted(
      Violation violation, Justification justification, Location location) {
    return new Finding(
        violation.ruleId(),
        violation.rule().severity(),
        violation.resource(),
        violation.message(),
        true,
        justification.text(),
        location);
  }

  /** The justification of an acknowledged finding; empty for an open one. */
  public Optional<Justification> justification() {
    return acknowledged ? Optional.of(Justification.of(justificationText)) : Optional.empty();
  }
}
