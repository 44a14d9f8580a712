package dev.seawall.core.policy;

import java.util.Objects;

/**
 * A rule a resource is allowed to break, recorded with its justification when an opt-out is used.
 *
 * @param ruleId the rule, e.g. {@code SW-FW-001}
 * @param justification why it is acceptable
 * @param detail what exactly was allowed, e.g. {@code "tcp 443 from 0.0.0.0/0"}; may be empty
 */
public record AcknowledgedRisk(String ruleId, Justification justification, String detail) {
  /** Validates the components. */
  public AcknowledgedRisk {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(detail, "detail");
  }

  /** Creates an acknowledged risk without detail. */
  public static AcknowledgedRisk of(Rule rule, Justification justification) {
    return new AcknowledgedRisk(rule.id(), justification, "");
  }

  /** Creates an acknowledged risk with a detail. */
  public static AcknowledgedRisk of(Rule rule, Justification justification, String detail) {
    return new AcknowledgedRisk(rule.id(), justification, detail);
  }
}
