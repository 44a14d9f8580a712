package dev.seawall.databases.user.internal;

import dev.seawall.databases.user.DatabaseUserSpec;
import java.util.Objects;

/**
 * The body of {@code PUT /v2/databases/{id}/users/{name}}: the user's settings, the only part the
 * API changes in place.
 *
 * @param settings the engine-specific settings of the spec
 */
public record UpdateUserBody(AddUserBody.SettingsBody settings) {

  /** The body that gives an existing user the settings of a validated spec. */
  public static UpdateUserBody of(DatabaseUserSpec spec) {
    AddUserBody.SettingsBody settings = AddUserBody.of(spec).settings();
    return new UpdateUserBody(
        Objects.requireNonNullElse(settings, new AddUserBody.SettingsBody(null, null, null, null)));
  }
}
