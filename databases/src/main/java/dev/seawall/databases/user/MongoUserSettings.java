package dev.seawall.databases.user;

import java.util.List;

/**
 * MongoDB settings of a user ({@code settings.mongo_user_settings}).
 *
 * @param databases the databases the role applies to; {@code admin} means all databases
 * @param role the role
 */
public record MongoUserSettings(List<String> databases, MongoRole role) {
  /** Copies the components. */
  public MongoUserSettings {
    databases = List.copyOf(databases);
  }
}
