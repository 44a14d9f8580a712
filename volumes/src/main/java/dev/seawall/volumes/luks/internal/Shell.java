package dev.seawall.volumes.luks.internal;

/** POSIX shell quoting. */
public final class Shell {
  private Shell() {}

  /**
   * Quotes a value as one POSIX shell word: single quotes, with embedded single quotes written as
   * {@code '"'"'}. Nothing inside is expanded by the shell.
   */
  public static String quote(String value) {
    return "'" + value.replace("'", "'\"'\"'") + "'";
  }

  /** Replaces control characters (line breaks included) so that text stays on one comment line. */
  public static String commentText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return out.toString();
  }
}
