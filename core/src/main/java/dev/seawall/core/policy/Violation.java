package dev.seawall.core.policy;

import java.util.Objects;

/**
 * One breach of a {@link Rule} by one resource.
 *
 * @param rule the rule broken
 * @param resource which resource, e.g. {@code firewall/web} or a field path {@code
 *     firewall/web.inboundRules[0]}
 * @param message what is wrong and how to fix it, naming the opt-out where one exists; never a
 *     secret
 */
public record Violation(Rule rule, String resource, String message) {
  /**
   * Validates the components. Control and invisible format characters in {@code resource} and
   * {@code message} (which often quote user input) are escaped as {@code \\uXXXX}, so a name cannot
   * forge extra lines in logs and reports.
   */
  public Violation {
    Objects.requireNonNull(rule, "rule");
    resource = PlainText.escape(Objects.requireNonNull(resource, "resource"));
    message = PlainText.escape(Objects.requireNonNull(message, "message"));
  }

  /** The rule id. */
  public String ruleId() {
    return rule.id();
  }

  @Override
  public String toString() {
    return rule.id() + " [" + rule.severity() + "] " + resource + ": " + message;
  }
}
