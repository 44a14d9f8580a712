package dev.seawall.apps.app;

/** How App Platform stores an environment variable ({@code type}). */
public enum EnvVarType {
  /** A plain-text variable: stored and shown in clear text. */
  GENERAL,
  /** An encrypted variable: the API answers {@code EV[1:...]} ciphertext, never the value. */
  SECRET,
  /** A value this version of Seawall does not know. */
  UNKNOWN;

  /**
   * The constant for an API value; an empty value is the API's default; unknown values {@code
   * UNKNOWN}.
   */
  public static EnvVarType fromApi(String text) {
    if (text.isEmpty()) {
      return GENERAL; // the API's default
    }
    for (EnvVarType type : values()) {
      if (type.name().equals(text)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
