package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.Databases;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.testing.FakeEnvironment;
import dev.seawall.databases.testing.TestCertificates;
import dev.seawall.databases.tls.CaCertificate;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.fakes.FakeDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseClusterServiceTest {
  private static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";
  private static String caPem = "";

  @BeforeAll
  static void createCa() throws Exception {
    Path target = Files.createDirectories(Path.of("target", "test-certs"));
    caPem = TestCertificates.create(target).caPem();
  }

  private static DatabaseClusterSpec.Builder spec() {
    return DatabaseClusterSpecTest.valid()
        .addTrustedSource(TrustedSourceSpec.ipAddr("203.0.113.7").withDescription("office"));
  }

  @Test
  void create_sendsTrustedSourcesInTheCreateBodyAndWaitsUntilOnline() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseCluster cluster =
          Databases.clusters(env.client()).create(spec().addTag("orders").build());

      List<FakeCall> posts = env.calls("databases_create_cluster");
      assertThat(posts).hasSize(1);
      assertThat(posts.get(0).method()).isEqualTo("POST");
      assertThat(posts.get(0).path()).isEqualTo("/v2/databases");
      assertThat(FakeEnvironment.body(posts.get(0)))
          .isEqualTo(
              FakeJson.object(
                  "name", "orders-db",
                  "engine", "pg",
                  "version", "17",
                  "num_nodes", 1L,
                  "size", "db-s-1vcpu-2gb",
                  "region", "fra1",
                  "private_network_uuid", VPC,
                  "tags", List.of("orders"),
                  "rules",
                      List.of(
                          FakeJson.object("type", "tag", "value", "orders-api"),
                          FakeJson.object(
                              "type",
                              "ip_addr",
                              "value",
                              "203.0.113.7",
                              "description",
                              "office"))));
      assertThat(cluster.status()).isEqualTo(DatabaseClusterStatus.ONLINE);
      assertThat(cluster.privateNetworkUuid()).isEqualTo(VPC);
      assertThat(env.clock().slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
      assertThat(env.calls("databases_get_cluster")).hasSizeGreaterThan(1);
      assertThat(env.databases().rules(cluster.id()))
          .extracting(rule -> rule.get("value"))
          .containsExactly("orders-api", "203.0.113.7");
    }
  }

  @Test
  void create_whenMaintenanceWindowSet_putsItOnceOnline() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseCluster cluster =
          Databases.clusters(env.client())
              .create(spec().maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 30)).build());

      List<FakeCall> puts = env.fake().calls("/v2/databases/" + cluster.id() + "/maintenance");
      assertThat(puts).hasSize(1);
      assertThat(puts.get(0).method()).isEqualTo("PUT");
      assertThat(puts.get(0).path()).isEqualTo("/v2/databases/" + cluster.id() + "/maintenance");
      assertThat(FakeEnvironment.body(puts.get(0)))
          .isEqualTo(FakeJson.object("day", "sunday", "hour", "03:30"));
      assertThat(cluster.maintenanceWindow().orElseThrow().day()).isEqualTo("sunday");
    }
  }

  @Test
  void create_whenTokenCannotViewCredentials_keepsThoseReturnedByCreate() {
    FakeDatabases databases =
        new FakeDatabases().credentialsVisible(false).adminPassword("create-pw");
    try (FakeEnvironment env = FakeEnvironment.start(databases)) {
      DatabaseClusterService clusters = Databases.clusters(env.client());

      DatabaseCluster created = clusters.create(spec().build());
      DatabaseCluster later = Databases.clusters(env.client()).get(created.id());

      assertThat(created.connection().orElseThrow().password()).isEqualTo("create-pw");
      assertThat(later.connection().orElseThrow().password()).isEqualTo("create-pw");
      assertThat(later.privateConnection().orElseThrow().user()).isEqualTo("doadmin");
      assertThat(later.user("doadmin").orElseThrow().password()).isEqualTo("create-pw");
      assertThat(clusters.list().get(0).connection().orElseThrow().password())
          .isEqualTo("create-pw");
    }
  }

  @Test
  void get_whenCredentialsNeverVisible_askingForThemThrowsNamingTheScope() {
    FakeDatabases databases = new FakeDatabases().credentialsVisible(false).caPem(caPem);
    try (FakeEnvironment env = FakeEnvironment.start(databases)) {
      String id = Databases.clusters(env.client()).create(spec().build()).id();

      try (var otherProcess = env.newClient()) {
        DatabaseCluster read = Databases.clusters(otherProcess).get(id);

        assertThat(read.connection().orElseThrow().hasCredentials()).isFalse();
        assertThatThrownBy(() -> read.connection().orElseThrow().requirePassword("cluster " + id))
            .isInstanceOf(CredentialsUnavailableException.class)
            .hasMessageContaining("database:view_credentials");
        assertThatThrownBy(
                () ->
                    Databases.clusters(otherProcess)
                        .connectionSettings(read, ClusterNetwork.PRIVATE)
                        .build())
            .isInstanceOf(CredentialsUnavailableException.class)
            .hasMessageContaining("database:view_credentials");
      }
    }
  }

  @Test
  void create_whenNotOnlineInTime_throwsWaitTimeoutAfterTheDeadline() {
    FakeDatabases databases = new FakeDatabases().onlineAfter(Duration.ofHours(2));
    try (FakeEnvironment env = FakeEnvironment.start(databases)) {
      DatabaseClusterService clusters = Databases.clusters(env.client());

      assertThatThrownBy(() -> clusters.create(spec().build(), Duration.ofMinutes(10)))
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("online")
          .hasMessageContaining("CREATING");
      assertThat(env.clock().slept()).isEqualTo(Duration.ofMinutes(10));
      assertThat(env.calls("databases_create_cluster")).hasSize(1);
    }
  }

  @Test
  void create_whenResponseLost_findsTheClusterByNameInsteadOfCreatingTwice() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      env.fake().disconnectNext("databases_create_cluster");

      DatabaseCluster cluster = Databases.clusters(env.client()).create(spec().build());

      assertThat(env.calls("databases_create_cluster")).hasSize(1);
      assertThat(env.databases().clusters().size()).isEqualTo(1);
      assertThat(cluster.name()).isEqualTo("orders-db");
      assertThat(env.calls("databases_list_clusters")).isNotEmpty();
    }
  }

  @Test
  void create_whenApiRefuses_throwsTheMappedException() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      env.fake().failNext("databases_create_cluster", 422);
      assertThatThrownBy(() -> Databases.clusters(env.client()).create(spec().build()))
          .isInstanceOf(UnprocessableException.class);
      env.fake().failNext("databases_create_cluster", 403);
      assertThatThrownBy(() -> Databases.clusters(env.client()).create(spec().build()))
          .isInstanceOfSatisfying(
              ForbiddenException.class,
              e -> assertThat(e.requiredScopes()).containsExactly("database:create"));
    }
  }

  @Test
  void get_whenMissing_throwsNotFound() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      assertThatThrownBy(
              () -> Databases.clusters(env.client()).get("00000000-0000-4000-8000-000000000000"))
          .isInstanceOf(NotFoundException.class);
      env.fake().takeProblems();
    }
  }

  @Test
  void listByTag_sendsTagNameAndReturnsOnlyTaggedClusters() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      clusters.create(spec().addTag("orders").build());
      clusters.create(spec().name("billing-db").build());

      List<DatabaseCluster> tagged = clusters.listByTag("orders");

      assertThat(tagged).extracting(DatabaseCluster::name).containsExactly("orders-db");
      assertThat(clusters.list()).hasSize(2);
      List<FakeCall> lists = env.calls("databases_list_clusters");
      assertThat(lists.get(0).method()).isEqualTo("GET");
      assertThat(lists.get(0).path()).isEqualTo("/v2/databases");
      assertThat(lists.get(0).query()).isEqualTo("tag_name=orders");
      assertThat(clusters.findByName("billing-db")).isPresent();
      assertThat(clusters.findByName("nope")).isEmpty();
    }
  }

  @Test
  void delete_sendsDeleteAndTheClusterIsGone() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();

      clusters.delete(id);

      FakeCall delete = env.calls("databases_destroy_cluster").get(0);
      assertThat(delete.method()).isEqualTo("DELETE");
      assertThat(delete.path()).isEqualTo("/v2/databases/" + id);
      assertThat(delete.body()).isEmpty();
      assertThatThrownBy(() -> clusters.get(id)).isInstanceOf(NotFoundException.class);
      env.fake().takeProblems();
    }
  }

  @Test
  void caCertificate_decodesTheBase64PemOfTheApi(@TempDir Path dir) {
    String pem = caPem;
    try (FakeEnvironment env = FakeEnvironment.start(new FakeDatabases().caPem(pem))) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster cluster = clusters.create(spec().build());

      CaCertificate ca = clusters.caCertificate(cluster.id());

      assertThat(ca).isEqualTo(CaCertificate.fromPem(pem));
      FakeCall get = env.calls("databases_get_ca").get(0);
      assertThat(get.method()).isEqualTo("GET");
      assertThat(get.path()).isEqualTo("/v2/databases/" + cluster.id() + "/ca");
      var settings =
          clusters.connectionSettings(cluster, ClusterNetwork.PRIVATE).directory(dir).build();
      assertThat(settings.host()).isEqualTo("private-orders-db-do-user-1-0.db.ondigitalocean.com");
      assertThat(settings.properties().getProperty("sslmode")).isEqualTo("verify-full");
    }
  }

  @Test
  void caCertificate_whenApiReturnsGarbage_throwsIllegalState() {
    try (FakeEnvironment env = FakeEnvironment.start(new FakeDatabases().caPem("not a cert"))) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();

      assertThatThrownBy(() -> clusters.caCertificate(id))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(id);
    }
  }

  @Test
  void operations_coverEveryCallAndNeedOnlyDatabaseScopes() {
    assertThat(Databases.operations())
        .flatExtracting(op -> List.copyOf(op.scopes()))
        .allMatch(scope -> scope.startsWith("database:"));
    assertThat(Databases.operations()).hasSize(13);
  }

  @Test
  void get_whenRateLimitedOnce_waitsAndRetries() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();
      env.fake().rateLimitNext("databases_get_cluster", 1, Duration.ofSeconds(7));
      Duration sleptBefore = env.clock().slept();

      DatabaseCluster cluster = clusters.get(id);

      assertThat(cluster.id()).isEqualTo(id);
      assertThat(env.clock().slept().minus(sleptBefore))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }
  }
}
