package dev.seawall.networking.project;

import java.util.Optional;

/** The environment of a project's resources, as DigitalOcean names it. */
public enum ProjectEnvironment {
  /** {@code Development}. */
  DEVELOPMENT("Development"),
  /** {@code Staging}. */
  STAGING("Staging"),
  /** {@code Production}. */
  PRODUCTION("Production");

  private final String apiName;

  ProjectEnvironment(String apiName) {
    this.apiName = apiName;
  }

  /** The value the API writes, e.g. {@code Production}. */
  public String apiName() {
    return apiName;
  }

  /** The environment the API wrote, if known. */
  public static Optional<ProjectEnvironment> fromApi(String text) {
    for (ProjectEnvironment environment : values()) {
      if (environment.apiName.equalsIgnoreCase(text)) {
        return Optional.of(environment);
      }
    }
    return Optional.empty();
  }
}
