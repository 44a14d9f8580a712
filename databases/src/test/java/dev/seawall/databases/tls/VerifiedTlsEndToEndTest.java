package dev.seawall.databases.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.Databases;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.cluster.DatabaseClusterService;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.testing.FakeEnvironment;
import dev.seawall.databases.testing.TlsPostgres;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserSpec;
import dev.seawall.testkit.fakes.FakeDatabases;
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

/**
 * Through the services: the fake API serves a real TLS PostgreSQL's host, port and CA for a
 * cluster; the library creates the cluster and a least-privilege user, fetches the CA and connects
 * with verify-full.
 */
class VerifiedTlsEndToEndTest {
  private static TlsPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TlsPostgres.start();
    postgres.upsertRole("doadmin", "admin-" + TlsPostgres.APP_PASSWORD);
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static FakeDatabases databases() {
    return new FakeDatabases()
        .host("localhost")
        .port(postgres.port())
        .caPem(postgres.certificates().caPem())
        .adminPassword("admin-" + TlsPostgres.APP_PASSWORD)
        .onUserPassword(postgres::upsertRole);
  }

  private static DatabaseClusterSpec spec() {
    return DatabaseClusterSpec.builder()
        .name("orders-db")
        .engine(DatabaseEngine.PG)
        .size("db-s-1vcpu-2gb")
        .region("fra1")
        .privateNetworkUuid("d455e75d-4858-4eec-8c95-da2f0a5f93a7")
        .addTrustedSource(TrustedSourceSpec.tag("orders-api"))
        .build();
  }

  private static String whoAmIOverTls(ConnectionSettings settings) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.properties());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select 1, current_user, ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
      rows.next();
      return rows.getInt(1) + " " + rows.getString(2) + " ssl=" + rows.getBoolean(3);
    }
  }

  @Test
  void leastPrivilegeUser_connectsWithVerifyFullThroughTheServices(@TempDir Path dir)
      throws SQLException {
    try (FakeEnvironment env = FakeEnvironment.start(databases())) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster cluster = clusters.create(spec());
      DatabaseUser app =
          Databases.users(env.client(), cluster.id())
              .create(DatabaseUserSpec.builder(DatabaseEngine.PG, "orders_reader").build());

      ConnectionSettings settings =
          clusters
              .connectionSettings(cluster, ClusterNetwork.PRIVATE)
              .user(app)
              .database("postgres")
              .directory(dir)
              .build();

      assertThat(settings.jdbcUrl()).contains("sslmode=verify-full");
      assertThat(whoAmIOverTls(settings)).isEqualTo("1 orders_reader ssl=true");
    }
  }

  @Test
  void adminCredentialsKeptFromCreate_connectEvenWhenReadsHideThem(@TempDir Path dir)
      throws SQLException {
    try (FakeEnvironment env = FakeEnvironment.start(databases().credentialsVisible(false))) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec()).id();
      DatabaseCluster reread = clusters.get(id);

      ConnectionSettings settings =
          clusters
              .connectionSettings(reread, ClusterNetwork.PUBLIC)
              .database("postgres")
              .directory(dir)
              .build();

      assertThat(whoAmIOverTls(settings)).isEqualTo("1 doadmin ssl=true");
    }
  }

  @Test
  void foreignCaServedByTheApi_isRefusedByTheDriver(@TempDir Path dir) {
    FakeDatabases wrongCa = databases().caPem(postgres.certificates().otherCaPem());
    try (FakeEnvironment env = FakeEnvironment.start(wrongCa)) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster cluster = clusters.create(spec());

      ConnectionSettings settings =
          clusters
              .connectionSettings(cluster, ClusterNetwork.PRIVATE)
              .database("postgres")
              .directory(dir)
              .build();

      assertThatThrownBy(() -> whoAmIOverTls(settings)).isInstanceOf(SQLException.class);
    }
  }
}
