package dev.seawall.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Seawall policy rule. Ids are stable strings {@code SW-<AREA>-<NNN>}; the same rule is enforced
 * by spec builders before provisioning and by audits of existing resources.
 *
 * @param id stable id, e.g. {@code SW-FW-001}
 * @param name short PascalCase identifier for tools that show rule names (the SARIF {@code
 *     reportingDescriptor.name}), e.g. {@code InboundFromAnywhere}; letters and digits only
 * @param severity how serious a violation is
 * @param title one-line summary of what the rule refuses
 * @param rationale why it matters
 * @param remediation how to fix it, including the opt-out method where one exists
 * @param scannerEquivalents ids of equivalent public scanner checks (Checkov, Trivy/tfsec)
 * @param auditRemediation how to fix a resource that already exists, as an audit reports it: what
 *     to change and the Seawall call that converges it (e.g. {@code
 *     Networking.firewalls(client).apply(spec)}); {@link #remediation()} when the rule gives none
 */
public record Rule(
    String id,
    String name,
    Severity severity,
    String title,
    String rationale,
    String remediation,
    List<String> scannerEquivalents,
    String auditRemediation) {
  private static final Pattern ID = Pattern.compile("SW-[A-Z][A-Z0-9]*-\\d{3}");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  /** Validates and copies the components. */
  public Rule {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must look like SW-AREA-NNN: " + id);
    }
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "rule name must be PascalCase letters and digits: " + name);
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(remediation, "remediation");
    scannerEquivalents = List.copyOf(scannerEquivalents);
    Objects.requireNonNull(auditRemediation, "auditRemediation");
    if (auditRemediation.isBlank()) {
      auditRemediation = remediation;
    }
  }

  /**
   * Creates a rule whose audit remediation is its {@link #remediation()}.
   *
   * @param id stable id, e.g. {@code SW-FW-001}
   * @param name short PascalCase identifier, e.g. {@code InboundFromAnywhere}
   * @param severity how serious a violation is
   * @param title one-line summary of what the rule refuses
   * @param rationale why it matters
   * @param remediation how to fix it, including the opt-out method where one exists
   * @param scannerEquivalents ids of equivalent public scanner checks
   */
  public Rule(
      String id,
      String name,
      Severity severity,
      String title,
      String rationale,
      String remediation,
      List<String> scannerEquivalents) {
    this(id, name, severity, title, rationale, remediation, scannerEquivalents, "");
  }

  /**
   * This rule with the remediation an audit of an existing resource shows: what to change on the
   * resource and the Seawall call that converges it, rather than the builder's opt-out.
   *
   * @param text e.g. {@code "Replace the internet-wide sources ...; converge with
   *     Networking.firewalls(client).apply(spec)."}
   * @return a copy with {@link #auditRemediation()} set
   */
  public Rule withAuditRemediation(String text) {
    return new Rule(id, name, severity, title, rationale, remediation, scannerEquivalents, text);
  }

  /**
   * Creates a rule whose {@link #name()} is derived from the title: its letters and digits in
   * PascalCase ({@code "Droplet without SSH keys"} becomes {@code DropletWithoutSSHKeys}).
   *
   * @param id stable id, e.g. {@code SW-APP-001}
   * @param severity how serious a violation is
   * @param title one-line summary of what the rule refuses; must contain a letter
   * @param rationale why it matters
   * @param remediation how to fix it, including the opt-out method where one exists
   * @param scannerEquivalents ids of equivalent public scanner checks
   */
  public Rule(
      String id,
      Severity severity,
      String title,
      String rationale,
      String remediation,
      List<String> scannerEquivalents) {
    this(id, pascalCase(title), severity, title, rationale, remediation, scannerEquivalents);
  }

  /** Creates a violation of this rule for a resource. */
  public Violation violation(String resource, String message) {
    return new Violation(this, resource, message);
  }

  private static String pascalCase(String title) {
    StringBuilder name = new StringBuilder();
    for (String word : title.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    while (name.length() > 0 && !Character.isLetter(name.charAt(0))) {
      name.deleteCharAt(0);
    }
    return name.toString();
  }
}
