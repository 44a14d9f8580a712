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
  JOB("jobs", "job");

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

  /** A lower-case label for messages, e.g. {@code static site}. */
  public String label() {
    return label;
  }
}
