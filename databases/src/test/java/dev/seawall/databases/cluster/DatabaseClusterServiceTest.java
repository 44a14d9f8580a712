package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Page;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.Databases;
import dev.seawall.databases.firewall.TrustedSource;
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
      assertThat(clusters.listAll().findFirst().orElseThrow().connection().orElseThrow().password())
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
      assertThat(clusters.listAll()).hasSize(2);
      List<FakeCall> lists = env.calls("databases_list_clusters");
      assertThat(lists.get(0).method()).isEqualTo("GET");
      assertThat(lists.get(0).path()).isEqualTo("/v2/databases");
      assertThat(lists.get(0).query()).isEqualTo("tag_name=orders");
      assertThat(clusters.find("billing-db")).isPresent();
      assertThat(clusters.find("nope")).isEmpty();
    }
  }

  @Test
  void delete_sendsDeleteAndTheClusterIsGone() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();

      assertThat(clusters.delete(id)).isEqualTo(Deletion.DELETED);

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
  void caCertificate_whenTheFakeIsUsedAsDocumented_servesAValidCaForVerifiedTls(@TempDir Path dir)
      throws Exception {
    FakeDatabases databases = new FakeDatabases();
    try (FakeEnvironment env = FakeEnvironment.start(databases)) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster cluster = clusters.create(spec().build());

      CaCertificate ca = clusters.caCertificate(cluster.id());
      var settings =
          clusters.connectionSettings(cluster, ClusterNetwork.PRIVATE).directory(dir).build();

      assertThat(ca).isEqualTo(CaCertificate.fromPem(databases.servedCaPem()));
      assertThat(settings.verifiesServer()).isTrue();
      assertThat(Files.readString(settings.caFile().orElseThrow()))
          .isEqualTo(databases.caCertificate().certificatePem());
      // the CA can sign a server certificate that a verifying client accepts
      var server =
          new okhttp3.tls.HeldCertificate.Builder()
              .signedBy(databases.caCertificate())
              .addSubjectAlternativeName(settings.host())
              .build();
      server.certificate().verify(databases.caCertificate().keyPair().getPublic());
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
    assertThat(Databases.operations()).hasSize(16).doesNotHaveDuplicates();
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

  @Test
  void apply_whenRepeated_createsOnceAndTheSecondSendsNoWrite() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());

      Applied<DatabaseCluster> first = clusters.apply(spec().build());
      long writesAfterFirst = env.writes();
      Applied<DatabaseCluster> second = clusters.apply(spec().build());

      assertThat(first.created()).isTrue();
      assertThat(first.resource().isOnline()).isTrue();
      assertThat(first.resource().trustedSources().orElseThrow())
          .extracting(TrustedSource::value)
          .containsExactly("orders-api", "203.0.113.7");
      assertThat(second.diff().isNone()).isTrue();
      assertThat(second.resource().id()).isEqualTo(first.resource().id());
      assertThat(env.calls("databases_create_cluster")).hasSize(1);
      assertThat(env.writes()).isEqualTo(writesAfterFirst);
    }
  }

  @Test
  void apply_whenSizeAndNodesGrow_resizesOnceAndWaitsUntilOnline() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      clusters.create(spec().build());
      Duration sleptBefore = env.clock().slept();

      Applied<DatabaseCluster> applied =
          clusters.apply(spec().size("db-s-2vcpu-4gb").numNodes(3).storageSizeMib(20480).build());

      assertThat(applied.diff().changes())
          .containsExactly(
              FieldChange.updated("size", "db-s-1vcpu-2gb", "db-s-2vcpu-4gb"),
              FieldChange.updated("num_nodes", "1", "3"),
              FieldChange.updated("storage_size_mib", "0", "20480"));
      List<FakeCall> resizes = env.calls("databases_update_clusterSize");
      assertThat(resizes).hasSize(1);
      assertThat(resizes.get(0).method()).isEqualTo("PUT");
      assertThat(resizes.get(0).path()).endsWith("/resize");
      assertThat(FakeEnvironment.body(resizes.get(0)))
          .isEqualTo(
              FakeJson.object(
                  "size", "db-s-2vcpu-4gb", "num_nodes", 3L, "storage_size_mib", 20480L));
      assertThat(applied.resource().isOnline()).isTrue();
      assertThat(applied.resource().numNodes()).isEqualTo(3);
      assertThat(env.clock().slept().minus(sleptBefore)).isPositive();
    }
  }

  @Test
  void apply_whenTheVersionIsRaised_upgradesTheMajorVersionInPlace() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster created = clusters.create(spec().build());

      Applied<DatabaseCluster> applied = clusters.apply(spec().version("18").build());

      assertThat(applied.diff().changes())
          .containsExactly(FieldChange.updated("version", "17", "18"));
      FakeCall upgrade = env.calls("databases_update_major_version").get(0);
      assertThat(upgrade.method()).isEqualTo("PUT");
      assertThat(upgrade.path()).isEqualTo("/v2/databases/" + created.id() + "/upgrade");
      assertThat(FakeEnvironment.body(upgrade)).isEqualTo(FakeJson.object("version", "18"));
      assertThat(applied.resource().version()).isEqualTo("18");
    }
  }

  @Test
  void apply_whenTheVersionIsLowered_isRefusedWithAReasonAndSendsNothing() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      clusters.create(spec().build());
      long writesBefore = env.writes();

      assertThatThrownBy(() -> clusters.apply(spec().version("16").numNodes(2).build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("version: 17 → 16")
          .hasMessageContaining("can only be upgraded")
          .hasMessageContaining("nothing was sent");
      assertThat(env.writes()).isEqualTo(writesBefore);
    }
  }

  @Test
  void apply_whenAFieldFixedAtCreationDiffers_isRefusedAndSendsNothing() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      clusters.create(spec().addTag("orders").build());
      long writesBefore = env.writes();

      assertThatThrownBy(
              () ->
                  clusters.apply(
                      spec()
                          .engine(DatabaseEngine.MYSQL)
                          .privateNetworkUuid("5a4981aa-9653-4bd1-bef5-d6bff52042e4")
                          .tags(List.of("billing"))
                          .size("db-s-1vcpu-1gb")
                          .build()))
          .isInstanceOfSatisfying(
              RefusedChangeException.class,
              e ->
                  assertThat(e.diff().refused())
                      .extracting(FieldChange::field)
                      .containsExactly("engine", "private_network_uuid", "tags", "size"));
      assertThat(env.writes()).isEqualTo(writesBefore);
    }
  }

  @Test
  void apply_whenTrustedSourcesChange_replacesTheListInPlace() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster created = clusters.create(spec().build());

      Applied<DatabaseCluster> applied =
          clusters.apply(
              DatabaseClusterSpecTest.valid()
                  .addTrustedSource(TrustedSourceSpec.droplet(3164444))
                  .build());

      assertThat(applied.diff().changes())
          .containsExactly(
              FieldChange.removed("rules", "ip_addr:203.0.113.7 (office)"),
              FieldChange.added("rules", "droplet:3164444"));
      FakeCall put = env.calls("databases_update_firewall_rules").get(0);
      assertThat(put.path()).isEqualTo("/v2/databases/" + created.id() + "/firewall");
      assertThat(FakeEnvironment.body(put))
          .isEqualTo(
              FakeJson.object(
                  "rules",
                  List.of(
                      FakeJson.object("type", "tag", "value", "orders-api"),
                      FakeJson.object("type", "droplet", "value", "3164444"))));
      assertThat(env.databases().rules(created.id()))
          .extracting(rule -> rule.get("value"))
          .containsExactly("orders-api", "3164444");
    }
  }

  @Test
  void apply_whenAnAppAddedItselfAndTheSpecNamesNoApp_keepsTheAppRule() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      DatabaseCluster created = clusters.create(spec().build());
      String appId = "c2a93513-8d9b-4223-9d61-5e7272c81cf5";
      Databases.trustedSources(env.client()).add(created.id(), TrustedSourceSpec.app(appId));
      long writes = env.writes();

      assertThat(clusters.apply(spec().build()).diff().isNone()).isTrue();
      assertThat(env.writes()).isEqualTo(writes);
      Applied<DatabaseCluster> applied =
          clusters.apply(
              DatabaseClusterSpecTest.valid()
                  .addTrustedSource(TrustedSourceSpec.droplet(3164444))
                  .build());

      assertThat(applied.diff().fields()).containsExactly("rules");
      assertThat(env.databases().rules(created.id()))
          .extracting(rule -> rule.get("type") + ":" + rule.get("value"))
          .containsExactlyInAnyOrder("tag:orders-api", "droplet:3164444", "app:" + appId);
    }
  }

  @Test
  void apply_whenTheMaintenanceWindowMoves_putsTheNewWindow() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      clusters.create(spec().build());

      Applied<DatabaseCluster> applied =
          clusters.apply(spec().maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 0)).build());

      assertThat(applied.diff().changes())
          .containsExactly(
              FieldChange.updated("maintenance_window", "saturday 08:00", "sunday 03:00"));
      assertThat(env.calls("databases_update_maintenanceWindow")).hasSize(1);
      assertThat(
              clusters
                  .diff(spec().maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 0)).build())
                  .isNone())
          .isTrue();
    }
  }

  @Test
  void update_whenTheIdIsGiven_resizesThatCluster() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();

      DatabaseCluster updated = clusters.update(id, spec().numNodes(2).build());

      assertThat(updated.numNodes()).isEqualTo(2);
      assertThat(env.calls("databases_update_clusterSize").get(0).path())
          .isEqualTo("/v2/databases/" + id + "/resize");
    }
  }

  @Test
  void delete_whenRepeated_isAlreadyDeleted() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();

      assertThat(clusters.delete(id)).isEqualTo(Deletion.DELETED);
      assertThat(clusters.delete(id)).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(env.calls("databases_destroy_cluster")).hasSize(2);
      env.fake().takeProblems();
    }
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheClusterAsGone() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      String id = clusters.create(spec().build()).id();
      env.fake().disconnectNext("databases_destroy_cluster");

      assertThat(clusters.delete(id)).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(clusters.find("orders-db")).isEmpty();
      env.fake().takeProblems();
    }
  }

  @Test
  void list_cutsPagesFromTheOneUnpagedAnswer() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      DatabaseClusterService clusters = Databases.clusters(env.client());
      clusters.create(spec().build());
      clusters.create(spec().name("billing-db").build());

      Page<DatabaseCluster> first = clusters.list(1, 1);
      Page<DatabaseCluster> second = clusters.list(2, 1);

      assertThat(first.items()).extracting(DatabaseCluster::name).containsExactly("orders-db");
      assertThat(first.total()).isEqualTo(2);
      assertThat(first.next()).contains("/v2/databases?page=2&per_page=1");
      assertThat(second.items()).extracting(DatabaseCluster::name).containsExactly("billing-db");
      assertThat(second.hasNext()).isFalse();
      assertThat(second.items().get(0).trustedSources()).isEmpty();
      assertThat(env.calls("databases_list_clusters")).extracting(FakeCall::query).containsOnly("");
      assertThatThrownBy(() -> clusters.list(1, 201)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
