package dev.seawall.databases.user;

import com.squareup.moshi.Json;
import dev.seawall.databases.CredentialsUnavailableException;
import java.util.Objects;
import java.util.Optional;

/**
 * A database user as read from the API. The password (and, for Kafka, the access key) are secrets:
 * they never appear in {@link #toString()}. DigitalOcean returns them only to tokens with the
 * {@code database:view_credentials} scope; otherwise they are empty.
 *
 * @param name the user name
 * @param role {@code primary} for {@code doadmin}, {@code normal} otherwise
 * @param password the password; empty when not visible to the token
 * @param accessCert Kafka: the client certificate (PEM); empty otherwise
 * @param accessKey Kafka: the client private key (PEM, a secret); empty otherwise
 * @param mysqlSettings MySQL: the authentication plugin, if reported
 * @param settings engine-specific settings, if reported
 */
public record DatabaseUser(
    String name,
    DatabaseUserRole role,
    String password,
    @Json(name = "access_cert") String accessCert,
    @Json(name = "access_key") String accessKey,
    @Json(name = "mysql_settings") Optional<MysqlSettings> mysqlSettings,
    Optional<UserSettings> settings) {

  /** Validates the components. */
  public DatabaseUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(accessCert, "accessCert");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(mysqlSettings, "mysqlSettings");
    Objects.requireNonNull(settings, "settings");
  }

  /** Whether the password is present (the token could see it, or it was kept from a create). */
  public boolean hasPassword() {
    return !password.isEmpty();
  }

  /**
   * The password.
   *
   * @return the password
   * @throws CredentialsUnavailableException if the API returned it blank (the token lacks {@code
   *     database:view_credentials})
   */
  public String requirePassword() {
    if (!hasPassword()) {
      throw new CredentialsUnavailableException("database user '" + name + "'");
    }
    return password;
  }

  /**
   * This user with the secrets of {@code earlier} where this copy has none: a read without {@code
   * database:view_credentials} never erases credentials kept from a create or reset.
   *
   * @param earlier an earlier copy of the same user
   * @return the merged user; this instance if nothing was missing or {@code earlier} has nothing
   */
  public DatabaseUser withCredentialsFrom(DatabaseUser earlier) {
    if (!earlier.name.equals(name)) {
      return this;
    }
    boolean takePassword = password.isEmpty() && !earlier.password.isEmpty();
    boolean takeKey = accessKey.isEmpty() && !earlier.accessKey.isEmpty();
    boolean takeCert = accessCert.isEmpty() && !earlier.accessCert.isEmpty();
    if (!takePassword && !takeKey && !takeCert) {
      return this;
    }
    return new DatabaseUser(
        name,
        role,
        takePassword ? earlier.password : password,
        takeCert ? earlier.accessCert : accessCert,
        takeKey ? earlier.accessKey : accessKey,
        mysqlSettings,
        settings);
  }

  @Override
  public String toString() {
    return "DatabaseUser[name="
        + name
        + ", role="
        + role
        + ", password="
        + (password.isEmpty() ? "<not visible>" : "<redacted>")
        + (accessKey.isEmpty() ? "" : ", accessKey=<redacted>")
        + ", mysqlSettings="
        + mysqlSettings
        + ", settings="
        + settings
        + "]";
  }
}
