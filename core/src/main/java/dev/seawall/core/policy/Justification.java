package dev.seawall.core.policy;

import java.util.Objects;

/**
 * Why an insecure option is acceptable in this case: non-blank text, typically a ticket reference
 * and a reason ({@code "SEC-142: public status page"}). Every opt-out takes one, and it is recorded
 * with the resource as an {@link AcknowledgedRisk}.
 *
 * @param text the reason, trimmed, never blank
 */
public record Justification(String text) {
  /** Trims and validates the text. */
  public Justification {
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          "a Justification needs a reason, e.g. Justification.of(\"SEC-142: public status page\")");
    }
  }

  /** Creates a justification. */
  public static Justification of(String text) {
    return new Justification(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
