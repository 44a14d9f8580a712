package dev.seawall.core.value;

import dev.seawall.core.policy.Checks;

/**
 * A DigitalOcean tag name such as {@code web} or {@code env:prod}: 1 to 255 letters, digits,
 * colons, dashes and underscores, as the <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags">tags API</a> documents.
 * Tag names are case stable: the capitalization a tag was created with is canonical, so the name is
 * kept exactly as given.
 *
 * <p>A malformed name is reported as {@code 'x' is not a valid tag name: 1 to 255 letters, digits,
 * ':', '-' or '_'}, by {@link #of} and {@link #check} alike.
 *
 * @param value the tag name
 */
public record TagName(String value) {
  private static final TextRule RULE =
      new TextRule("tag name", TagName::allowedText, "1 to 255 letters, digits, ':', '-' or '_'");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if {@code value} is not a tag name
   */
  public TagName {
    RULE.require(value);
  }

  /**
   * The tag name {@code text}.
   *
   * @param text e.g. {@code web}; not trimmed
   * @return the name
   * @throws IllegalArgumentException if the text is not a tag name; the message says what is
   *     allowed
   */
  public static TagName of(String text) {
    return new TagName(text);
  }

  /** Whether {@code text} is a tag name. */
  public static boolean isValid(String text) {
    return RULE.matches(text);
  }

  /**
   * Records a malformed tag name as an SW-INPUT-001 violation on {@code <resource>.<field>}.
   *
   * @param checks the accumulator of the spec being validated
   * @param field the field holding the name, e.g. {@code tags[2]}
   * @param text the value to check
   * @return whether the value is a tag name (nothing was recorded)
   */
  public static boolean check(Checks checks, String field, String text) {
    return RULE.check(checks, field, text);
  }

  /** The name itself, e.g. {@code env:prod}. */
  @Override
  public String toString() {
    return value;
  }

  /** {@code [A-Za-z0-9:_-]{1,255}}, checked without a regular expression (tags are read often). */
  private static boolean allowedText(String text) {
    if (text.isEmpty() || text.length() > 255) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == ':'
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
