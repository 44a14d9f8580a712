package dev.seawall.databases.cluster;

import dev.seawall.databases.CredentialsUnavailableException;
import java.util.Objects;

/**
 * How to reach a database cluster (public or private network, primary or standby), as read from the
 * API. {@code user} and {@code password} need the {@code database:view_credentials} scope; the
 * {@code uri} embeds the password. Neither the password nor the URI appears in {@link #toString()}.
 *
 * <p>Note that the API's {@code uri} uses {@code sslmode=require}, which does not verify the
 * server; connect with {@code ConnectionSettings} (package {@code dev.seawall.databases.tls})
 * instead.
 *
 * @param uri a connection string with embedded password, as returned by the API
 * @param database the default database, e.g. {@code defaultdb}
 * @param host the host name, e.g. {@code backend-do-user-1-0.db.ondigitalocean.com}
 * @param port the TCP port, e.g. {@code 25060}
 * @param user the default user, e.g. {@code doadmin}; empty when not visible to the token
 * @param password the default user's password; empty when not visible to the token
 * @param ssl whether the connection must use TLS
 */
public record DatabaseConnection(
    String uri, String database, String host, int port, String user, String password, boolean ssl) {

  /** Validates the components. */
  public DatabaseConnection {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** Whether user and password are present. */
  public boolean hasCredentials() {
    return !user.isEmpty() && !password.isEmpty();
  }

  /**
   * The password.
   *
   * @param subject what the connection belongs to, for the error message
   * @return the password
   * @throws CredentialsUnavailableException if it is blank (the token lacks {@code
   *     database:view_credentials} and it was not kept from the create response)
   */
  public String requirePassword(String subject) {
    if (!hasCredentials()) {
      throw new CredentialsUnavailableException(subject);
    }
    return password;
  }

  /**
   * This connection with user, password and URI of {@code earlier} where this copy has no
   * credentials, so that a read without {@code database:view_credentials} never erases them.
   *
   * @param earlier an earlier copy of the same connection
   * @return the merged connection; this instance if it has credentials or {@code earlier} has none
   */
  public DatabaseConnection withCredentialsFrom(DatabaseConnection earlier) {
    if (hasCredentials() || !earlier.hasCredentials()) {
      return this;
    }
    return new DatabaseConnection(
        earlier.uri, database, host, port, earlier.user, earlier.password, ssl);
  }

  @Override
  public String toString() {
    return "DatabaseConnection[host="
        + host
        + ", port="
        + port
        + ", database="
        + database
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "<not visible>" : "<redacted>")
        + ", ssl="
        + ssl
        + "]";
  }
}
