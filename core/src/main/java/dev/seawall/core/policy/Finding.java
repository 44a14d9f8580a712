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
 */
public record Finding(
    String ruleId,
    Severity severity,
    String resource,
    String message,
    boolean acknowledged,
    String justificationText) {

  /** The order of findings in a report: by resource, rule id, open before acknowledged, message. */
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::resource)
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
    if (acknowledged == justificationText.isBlank()) {
      throw new IllegalArgumentException(
          acknowledged
              ? "an acknowledged finding needs a justification"
              : "an open finding has no justification");
    }
  }

  /** An open (not acknowledged) finding for a violation. */
  public static Finding open(Violation violation) {
    return new Finding(
        violation.ruleId(),
        violation.rule().severity(),
        violation.resource(),
        violation.message(),
        false,
        "");
  }

  /** An acknowledged finding: a violation accepted through an opt-out with the justification. */
  public static Finding accepted(Violation violation, Justification justification) {
    return new Finding(
        violation.ruleId(),
        violation.rule().severity(),
        violation.resource(),
        violation.message(),
        true,
        justification.text());
  }

  /** The justification of an acknowledged finding; empty for an open one. */
  public Optional<Justification> justification() {
    return acknowledged ? Optional.of(Justification.of(justificationText)) : Optional.empty();
  }
}
