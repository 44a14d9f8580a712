package dev.seawall.core.policy;

/**
 * Keeps user-supplied text that ends up in messages, logs and reports on one honest line: control
 * characters (line breaks included) and invisible format characters (zero-width spaces, bidi
 * overrides) are shown as {@code \\uXXXX} escapes instead of being interpreted.
 */
final class PlainText {
  private PlainText() {}

  /** {@code text} with every control or format character replaced by its {@code \\uXXXX} escape. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHidden(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether {@code text} holds at least one character a reader can see. */
  static boolean hasVisibleCharacter(String text) {
    return text.codePoints()
        .anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isHidden(cp));
  }

  /** Whether {@code text} holds a control or format character. */
  static boolean hasHiddenCharacter(String text) {
    return text.codePoints().anyMatch(PlainText::isHidden);
  }

  private static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT;
  }
}
