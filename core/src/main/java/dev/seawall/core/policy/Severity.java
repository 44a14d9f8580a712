package dev.seawall.core.policy;

/**
 * How serious a rule violation is. Maps to SARIF levels {@code error}, {@code warning}, {@code
 * note}.
 */
public enum Severity {
  /** Refused unless explicitly acknowledged with a justification. */
  ERROR("error"),
  /** Reported, not refused. */
  WARNING("warning"),
  /** Informational. */
  NOTE("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** The SARIF 2.1.0 {@code level} for this severity. */
  public String sarifLevel() {
    return sarifLevel;
  }
}
