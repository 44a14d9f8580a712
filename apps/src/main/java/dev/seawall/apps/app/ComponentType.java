package dev.seawall.apps.app;

/** The kinds of App Platform component Seawall manages, with the app spec field listing each. */
public enum ComponentType {
  /** A workload serving HTTP publicly ({@code services}). */
  SERVICE("services", "service"),
  /** A workload without public HTTP ({@code workers}). */
  WORKER("workers", "worker"),
  /** Static web assets built from source ({@code static_sites}). */
  STATIC_SITE("static_sites", "static site"),
  /** A pre- or post-deployment job ({@code jobs}). */
  JOB("jobs", "job"),
  /**
   * Functions deployed from a git repository as part of the app ({@code functions}, {@code
   * app_functions_spec}): no instances, no port; reached through the app's ingress rules.
   */
  FUNCTIONS("functions", "functions");

  private final String field;
  private final String label;

  ComponentType(String field, String label) {
    this.field = field;
    this.label = label;
  }

  /** The app spec field listing components of this type, e.g. {@code services}. */
  public String field() {
    return field;
  }

  /** Whether components of this type run on instances of a size ({@code instance_count}). */
  public boolean hasInstances() {
    return this != STATIC_SITE && this != FUNCTIONS;
  }

  /** A lower-case label for messages, e.g. {@code static site}. */
  public String label() {
    return label;
  }
}
