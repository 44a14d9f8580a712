package dev.seawall.core.policy;

import java.util.Objects;

/**
 * A violation found in a file, with the line it was found on: what the auditors of files (a
 * Kubernetes manifest, a Functions {@code project.yml}) return, so that a report can point at the
 * line ({@link Location#file(String, int)}).
 *
 * @param violation the violation
 * @param line the 1-based line of what the violation concerns
 */
public record LocatedViolation(Violation violation, int line) {
  /** Validates the components. */
  public LocatedViolation {
    Objects.requireNonNull(violation, "violation");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
  }
}
