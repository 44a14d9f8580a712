package dev.seawall.databases.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Justification;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.testing.TlsPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ConnectionSettings against a real PostgreSQL that serves TLS with a test CA. */
class PostgresVerifiedTlsTest {
  private static TlsPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TlsPostgres.start();
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static ConnectionSettings.Builder settings(String host, String caPem, Path dir) {
    return ConnectionSettings.builder()
        .engine(DatabaseEngine.PG)
        .host(host)
        .port(postgres.port())
        .database("orders")
        .credentials(TlsPostgres.APP_USER, TlsPostgres.APP_PASSWORD)
        .caCertificate(CaCertificate.fromPem(caPem))
        .directory(dir);
  }

  private static String selectOne(ConnectionSettings settings) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.properties());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select 1, ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
      rows.next();
      return rows.getInt(1) + " ssl=" + rows.getBoolean(2);
    }
  }

  @Test
  void connect_whenVerifyFullWithClusterCa_runsSelectOneOverTls(@TempDir Path dir)
      throws SQLException {
    ConnectionSettings settings =
        settings("localhost", postgres.certificates().caPem(), dir).build();

    assertThat(selectOne(settings)).isEqualTo("1 ssl=true");
  }

  @Test
  void connect_whenUrlAloneIsUsed_stillVerifies(@TempDir Path dir) throws SQLException {
    ConnectionSettings settings =
        settings("localhost", postgres.certificates().caPem(), dir).build();
    String url =
        settings.jdbcUrl()
            + "&user="
            + TlsPostgres.APP_USER
            + "&password="
            + TlsPostgres.APP_PASSWORD;

    try (Connection connection = DriverManager.getConnection(url)) {
      assertThat(connection.isValid(5)).isTrue();
    }
    ConnectionSettings wrong =
        settings("localhost", postgres.certificates().otherCaPem(), dir).build();
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    wrong.jdbcUrl() + "&user=" + TlsPostgres.APP_USER + "&password=x"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void connect_whenCaIsForeign_isRefusedByTheDriver(@TempDir Path dir) {
    ConnectionSettings settings =
        settings("localhost", postgres.certificates().otherCaPem(), dir).build();

    assertThatThrownBy(() -> selectOne(settings))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("SSL");
  }

  @Test
  void connect_whenHostNameNotInCertificate_isRefused(@TempDir Path dir) throws Exception {
    // The server also listens on 127.0.0.2, which the certificate does not name.
    ConnectionSettings unverified =
        settings("127.0.0.2", postgres.certificates().caPem(), dir)
            .withoutVerification(Justification.of("TEST: prove the address is reachable"))
            .build();
    assertThat(selectOne(unverified)).isEqualTo("1 ssl=true");

    ConnectionSettings settings =
        settings("127.0.0.2", postgres.certificates().caPem(), dir).build();

    assertThatThrownBy(() -> selectOne(settings))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("127.0.0.2");
  }
}
