package dev.seawall.apps.app;

/** When an environment variable is available ({@code scope}). */
public enum EnvScope {
  /** Only while the component runs; the default of {@link EnvVar#secret}. */
  RUN_TIME,
  /** Only while it is built. */
  BUILD_TIME,
  /** Both; the API's default and that of {@link EnvVar#general}. */
  RUN_AND_BUILD_TIME,
  /** A value this version of Seawall does not know. */
  UNKNOWN;

  /**
   * The constant for an API value; an empty value is the API's default; unknown values {@code
   * UNKNOWN}.
   */
  public static EnvScope fromApi(String text) {
    if (text.isEmpty() || text.equals("UNSET")) {
      return RUN_AND_BUILD_TIME; // the API's default
    }
    for (EnvScope scope : values()) {
      if (scope.name().equals(text)) {
        return scope;
      }
    }
    return UNKNOWN;
  }
}
