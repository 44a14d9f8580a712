package dev.seawall.networking.project.internal;

import com.squareup.moshi.Json;
import dev.seawall.networking.project.Project;
import java.util.Optional;

/**
 * A project exactly as the API writes it.
 *
 * @param id the UUID
 * @param name the name
 * @param description the description
 * @param purpose the purpose
 * @param environment the environment
 * @param isDefault whether it is the default project
 */
public record ProjectWire(
    String id,
    String name,
    Optional<String> description,
    Optional<String> purpose,
    Optional<String> environment,
    @Json(name = "is_default") boolean isDefault) {

  /** The read model. */
  public Project toModel() {
    return new Project(
        id, name, description.orElse(""), purpose.orElse(""), environment.orElse(""), isDefault);
  }

  /**
   * One resource of a project.
   *
   * @param urn its URN, e.g. {@code do:droplet:13457723}
   */
  public record ResourceWire(String urn) {}
}
