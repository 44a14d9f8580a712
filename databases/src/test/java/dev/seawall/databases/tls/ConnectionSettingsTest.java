package dev.seawall.databases.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.cluster.DatabaseClusterStatus;
import dev.seawall.databases.cluster.DatabaseConnection;
import dev.seawall.databases.testing.TestCertificates;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserRole;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsTest {
  private static final String SECRET = "wv78n3zpz42xezdk";
  private static CaCertificate ca;

  @BeforeAll
  static void createCertificates() throws Exception {
    Path target = Files.createDirectories(Path.of("target", "test-certs"));
    ca = CaCertificate.fromPem(TestCertificates.create(target).caPem());
  }

  private static DatabaseCluster cluster(DatabaseEngine engine, String password) {
    String user = password.isEmpty() ? "" : "doadmin";
    return new DatabaseCluster(
        "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30",
        "orders-db",
        engine,
        "17",
        "",
        1,
        "db-s-1vcpu-2gb",
        "fra1",
        DatabaseClusterStatus.ONLINE,
        Optional.empty(),
        "d455e75d-4858-4eec-8c95-da2f0a5f93a7",
        Optional.empty(),
        List.of(),
        Optional.of(
            new DatabaseConnection("", "defaultdb", "public.example", 25060, user, password, true)),
        Optional.of(
            new DatabaseConnection(
                "", "defaultdb", "private.example", 25061, user, password, true)),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        "",
        0,
        Optional.empty());
  }

  @Test
  void build_whenTheDirectoryDoesNotExist_createsItAndItsParentsOwnerOnly(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("not/yet/there");

    ConnectionSettings settings =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PRIVATE)
            .caCertificate(ca)
            .directory(target)
            .build();

    assertThat(settings.caFile().orElseThrow().getParent()).isEqualTo(target.toAbsolutePath());
    for (Path created : List.of(dir.resolve("not"), dir.resolve("not/yet"), target)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
          .as("%s", created)
          .isEqualTo("rwx------");
    }
  }

  @Test
  void build_whenTheDirectoryIsWritableByOthers_refusesIt(@TempDir Path dir) throws Exception {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThatThrownBy(
            () ->
                ConnectionSettings.builder()
                    .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PRIVATE)
                    .caCertificate(ca)
                    .directory(shared)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(shared.toString())
        .hasMessageContaining("other users")
        .hasMessageNotContaining(SECRET);
    try (var files = Files.list(shared)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void build_whenAFileIsWhereTheDirectoryShouldBe_failsNamingIt(@TempDir Path dir)
      throws Exception {
    Path blocker = Files.writeString(dir.resolve("settings"), "not a directory");

    assertThatThrownBy(
            () ->
                ConnectionSettings.builder()
                    .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PRIVATE)
                    .caCertificate(ca)
                    .directory(blocker)
                    .build())
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining(blocker.toString())
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void build_forPostgresqlCluster_usesPrivateHostVerifyFullAndOwnerOnlyCaFile(@TempDir Path dir)
      throws Exception {
    ConnectionSettings settings =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PRIVATE)
            .caCertificate(ca)
            .directory(dir)
            .build();

    Path caFile = settings.caFile().orElseThrow();
    assertThat(settings.host()).isEqualTo("private.example");
    assertThat(settings.port()).isEqualTo(25061);
    assertThat(settings.verifiesServer()).isTrue();
    assertThat(settings.jdbcUrl())
        .startsWith(
            "jdbc:postgresql://private.example:25061/defaultdb?sslmode=verify-full&sslrootcert=")
        .doesNotContain(SECRET);
    Properties properties = settings.properties();
    assertThat(properties.getProperty("sslmode")).isEqualTo("verify-full");
    assertThat(properties.getProperty("sslrootcert")).isEqualTo(caFile.toString());
    assertThat(properties.getProperty("user")).isEqualTo("doadmin");
    assertThat(properties.getProperty("password")).isEqualTo(SECRET);
    assertThat(caFile.getParent()).isEqualTo(dir.toAbsolutePath());
    assertThat(Files.readString(caFile)).isEqualTo(ca.pem());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(caFile)))
        .isEqualTo("rw-------");
    assertThat(settings.toString()).doesNotContain(SECRET).contains("<redacted>");
  }

  @Test
  void build_whenPublicNetworkChosen_usesPublicConnection(@TempDir Path dir) {
    ConnectionSettings settings =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PUBLIC)
            .caCertificate(ca)
            .directory(dir)
            .build();

    assertThat(settings.host()).isEqualTo("public.example");
    assertThat(settings.port()).isEqualTo(25060);
  }

  @Test
  void build_forMysql_usesVerifyIdentityWithOnlyTheClusterCaTrusted(@TempDir Path dir)
      throws Exception {
    ConnectionSettings settings =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.MYSQL, SECRET), ClusterNetwork.PRIVATE)
            .caCertificate(ca)
            .directory(dir)
            .build();

    Properties properties = settings.properties();
    assertThat(properties.getProperty("sslMode")).isEqualTo("VERIFY_IDENTITY");
    assertThat(properties.getProperty("fallbackToSystemTrustStore")).isEqualTo("false");
    assertThat(properties.getProperty("trustCertificateKeyStoreType")).isEqualTo("PKCS12");
    assertThat(settings.jdbcUrl())
        .startsWith("jdbc:mysql://private.example:25061/defaultdb?sslMode=VERIFY_IDENTITY&")
        .doesNotContain("trustCertificateKeyStorePassword");
    Path store = Path.of(URI.create(properties.getProperty("trustCertificateKeyStoreUrl")));
    assertThat(store).isEqualTo(settings.trustStoreFile().orElseThrow());
    KeyStore loaded = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      loaded.load(in, properties.getProperty("trustCertificateKeyStorePassword").toCharArray());
    }
    assertThat(loaded.size()).isEqualTo(1);
    assertThat(loaded.getCertificate(loaded.aliases().nextElement())).isEqualTo(ca.certificate());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store)))
        .isEqualTo("rw-------");
    assertThat(settings.toString())
        .doesNotContain(SECRET)
        .doesNotContain(properties.getProperty("trustCertificateKeyStorePassword"));
  }

  @Test
  void build_whenNoCa_refusesWithSwDb004NamingTheOptOut() {
    ConnectionSettings.Builder builder =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PRIVATE);

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> {
              assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("SW-DB-004");
              assertThat(e.getMessage())
                  .contains("withoutVerification(Justification)")
                  .doesNotContain(SECRET);
            });
  }

  @Test
  void withoutVerification_whenJustified_encryptsWithoutVerifyingAndRecordsRisk(@TempDir Path dir) {
    Justification why = Justification.of("DEV-1: local tunnel");
    ConnectionSettings pg =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, SECRET), ClusterNetwork.PRIVATE)
            .caCertificate(ca)
            .directory(dir)
            .withoutVerification(why)
            .build();
    ConnectionSettings mysql =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.MYSQL, SECRET), ClusterNetwork.PRIVATE)
            .withoutVerification(why)
            .build();

    assertThat(pg.verifiesServer()).isFalse();
    assertThat(pg.properties().getProperty("sslmode")).isEqualTo("require");
    assertThat(pg.caFile()).isEmpty();
    assertThat(pg.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-DB-004");
    assertThat(mysql.properties().getProperty("sslMode")).isEqualTo("REQUIRED");
    assertThat(mysql.trustStoreFile()).isEmpty();
  }

  @Test
  void build_whenClusterCredentialsNotVisible_throwsNamingTheScope() {
    ConnectionSettings.Builder builder =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, ""), ClusterNetwork.PRIVATE)
            .caCertificate(ca);

    assertThatThrownBy(builder::build)
        .isInstanceOf(CredentialsUnavailableException.class)
        .hasMessageContaining("database:view_credentials")
        .hasMessageContaining("orders-db");
  }

  @Test
  void user_whenLeastPrivilegeUserGiven_replacesBlankAdminCredentials(@TempDir Path dir) {
    DatabaseUser app =
        new DatabaseUser(
            "app",
            DatabaseUserRole.NORMAL,
            "app-secret",
            "",
            "",
            Optional.empty(),
            Optional.empty());

    ConnectionSettings settings =
        ConnectionSettings.builder()
            .cluster(cluster(DatabaseEngine.PG, ""), ClusterNetwork.PRIVATE)
            .user(app)
            .database("orders")
            .caCertificate(ca)
            .directory(dir)
            .build();

    assertThat(settings.user()).isEqualTo("app");
    assertThat(settings.password()).isEqualTo("app-secret");
    assertThat(settings.database()).isEqualTo("orders");
  }

  @Test
  void build_whenEngineHasNoJdbcDriverOrFieldsMissing_listsAllProblems() {
    var result =
        ConnectionSettings.builder()
            .engine(DatabaseEngine.KAFKA)
            .port(0)
            .caCertificate(ca)
            .validate();

    assertThat(result.getError().map(Violation::resource))
        .containsExactly(
            "databaseConnection/<no host>.engine",
            "databaseConnection/<no host>.host",
            "databaseConnection/<no host>.port",
            "databaseConnection/<no host>.user");
  }

  @Test
  void build_withoutDirectory_writesIntoNewPrivateDirectory() throws Exception {
    ConnectionSettings settings =
        ConnectionSettings.builder()
            .engine(DatabaseEngine.PG)
            .host("db.example")
            .port(25060)
            .credentials("app", "pw")
            .caCertificate(ca)
            .build();

    Path directory = settings.caFile().orElseThrow().getParent();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
        .isEqualTo("rwx------");
    Files.delete(settings.caFile().orElseThrow());
    Files.delete(directory);
  }
}
