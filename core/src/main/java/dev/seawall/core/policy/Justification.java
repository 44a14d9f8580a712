package dev.seawall.core.policy;

import java.util.Objects;

/**
 * Why an insecure option is acceptable in this case: non-blank text, typically a ticket reference
 * and a reason ({@code "SEC-142: public status page"}). Every opt-out takes one, and it is recorded
 * with the resource as an {@link AcknowledgedRisk}.
 *
 * @param text the reason: one line of visible text, trimmed, at most {@value #MAX_LENGTH}
 *     characters
 */
public record Justification(String text) {
  /** The longest justification accepted, in characters; link a ticket for the long story. */
  public static final int MAX_LENGTH = 500;

  /**
   * Trims and validates the text.
   *
   * @throws IllegalArgumentException if the text is blank or invisible (only spaces, zero-width or
   *     other format characters), holds a control character such as a line break, or is longer than
   *     {@value #MAX_LENGTH} characters
   */
  public Justification {
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (!PlainText.hasVisibleCharacter(text)) {
      throw new IllegalArgumentException(
          "a Justification needs a visible reason, e.g. Justification.of(\"SEC-142: public status"
              + " page\")");
    }
    if (PlainText.hasHiddenCharacter(text)) {
      throw new IllegalArgumentException(
          "a Justification must be one line of plain text without control or invisible format"
              + " characters (they would hide or forge lines in reports)");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a Justification is at most "
              + MAX_LENGTH
              + " characters (this one has "
              + text.length()
              + "); link a ticket for the details");
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
