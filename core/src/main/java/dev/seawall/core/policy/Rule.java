package dev.seawall.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Seawall policy rule. Ids are stable strings {@code SW-<AREA>-<NNN>}; the same rule is enforced
 * by spec builders before provisioning and by audits of existing resources.
 *
 * @param id stable id, e.g. {@code SW-FW-001}
 * @param severity how serious a violation is
 * @param title one-line summary of what the rule refuses
 * @param rationale why it matters
 * @param remediation how to fix it, including the opt-out method where one exists
 * @param scannerEquivalents ids of equivalent public scanner checks (Checkov, Trivy/tfsec)
 */
public record Rule(
    String id,
    Severity severity,
    String title,
    String rationale,
    String remediation,
    List<String> scannerEquivalents) {
  private static final Pattern ID = Pattern.compile("SW-[A-Z]+-\\d{3}");

  /** Validates and copies the components. */
  public Rule {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must look like SW-AREA-NNN: " + id);
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(remediation, "remediation");
    scannerEquivalents = List.copyOf(scannerEquivalents);
  }

  /** Creates a violation of this rule for a resource. */
  public Violation violation(String resource, String message) {
    return new Violation(this, resource, message);
  }
}
