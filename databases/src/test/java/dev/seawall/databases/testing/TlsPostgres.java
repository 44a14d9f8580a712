package dev.seawall.databases.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (embedded binaries from Maven Central) that accepts TLS connections only, with
 * a server certificate for {@code localhost} signed by a test CA. The superuser {@code postgres}
 * may log in without password (for setup); every other user needs TLS and a SCRAM password. Working
 * directory and data live under {@code target/}. Start it once per test class.
 */
public final class TlsPostgres implements AutoCloseable {
  /** The application user created at start. */
  public static final String APP_USER = "orders_app";

  /** The application user's password. */
  public static final String APP_PASSWORD = "app-pw-" + Long.toHexString(System.nanoTime());

  private final EmbeddedPostgres postgres;
  private final TestCertificates certificates;

  private TlsPostgres(EmbeddedPostgres postgres, TestCertificates certificates) {
    this.postgres = postgres;
    this.certificates = certificates;
  }

  /** Starts the server and creates {@link #APP_USER}. */
  public static TlsPostgres start() {
    try {
      Path target = Files.createDirectories(Path.of("target", "embedded-pg").toAbsolutePath());
      TestCertificates certificates = TestCertificates.create(target);
      Path hba = certificates.directory().resolve("pg_hba.conf");
      Files.writeString(
          hba,
          String.join(
              "\n",
              "hostssl all postgres 127.0.0.1/32 trust",
              "hostssl all postgres ::1/128 trust",
              "hostssl all all 127.0.0.0/8 scram-sha-256",
              "hostssl all all ::1/128 scram-sha-256",
              ""));
      // One working directory for all starts: the binaries are unpacked there once.
      Path work = Files.createDirectories(target.resolve("work"));
      Path data = Files.createTempDirectory(target, "data-");
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(work.toFile())
              .setDataDirectory(data)
              .setCleanDataDirectory(true)
              .setServerConfig("listen_addresses", "127.0.0.1,127.0.0.2")
              .setServerConfig("ssl", "on")
              .setServerConfig("ssl_cert_file", certificates.serverCertificate().toString())
              .setServerConfig("ssl_key_file", certificates.serverKey().toString())
              .setServerConfig("hba_file", hba.toString())
              .setServerConfig("password_encryption", "scram-sha-256")
              .start();
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
        statement.execute("CREATE DATABASE orders OWNER " + APP_USER);
      }
      return new TlsPostgres(postgres, certificates);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Creates a login role, or sets its password if it exists (as superuser {@code postgres}).
   *
   * @param name the role name (letters, digits, underscore)
   * @param password the password
   */
  public void upsertRole(String name, String password) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || password.contains("'")) {
      throw new IllegalArgumentException("unsupported role name or password");
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + name
              + "') THEN ALTER ROLE "
              + name
              + " LOGIN PASSWORD '"
              + password
              + "'; ELSE CREATE ROLE "
              + name
              + " LOGIN PASSWORD '"
              + password
              + "'; END IF; END $$");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The port. */
  public int port() {
    return postgres.getPort();
  }

  /** The certificates (the CA signs the server certificate). */
  public TestCertificates certificates() {
    return certificates;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
