package dev.seawall.networking.project;

import java.util.Objects;

/**
 * A project as the API reports it (read model): the response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/projects_get">projects_get</a>.
 *
 * @param id the project's UUID
 * @param name the name, unique in the account
 * @param description the description; empty when none
 * @param purpose the purpose as stored (a custom one as {@code Other: <text>})
 * @param environment {@code Development}, {@code Staging} or {@code Production}; empty when not set
 * @param isDefault whether it is the account's default project, where resources created without a
 *     project go
 */
public record Project(
    String id,
    String name,
    String description,
    String purpose,
    String environment,
    boolean isDefault) {

  /** Validates the components. */
  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(environment, "environment");
  }
}
