package dev.seawall.apps.functions;

/**
 * How a function is exposed on the web ({@code web} in {@code project.yml}; the {@code web-export}
 * and {@code raw-http} annotations).
 */
public enum WebMode {
  /**
   * Not web-exposed ({@code web: false}): called with the namespace's credentials or by triggers.
   */
  OFF,
  /** A web function ({@code web: true}): a public URL receiving parsed parameters. */
  ON,
  /** A raw-HTTP web function ({@code web: raw}): a public URL receiving the raw request. */
  RAW;

  /** The {@code project.yml} value: {@code false}, {@code true} or {@code raw}. */
  Object yamlValue() {
    return switch (this) {
      case OFF -> false;
      case ON -> true;
      case RAW -> "raw";
    };
  }
}
