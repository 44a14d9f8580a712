package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.firewall.TrustedSourceType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field table of a database cluster ({@link DatabaseClusterService#DIFFER}), offline. */
class DatabaseClusterDiffTest {
  private static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";

  private static DatabaseClusterSpec.Builder spec() {
    return DatabaseClusterSpecTest.valid().addTag("orders");
  }

  /** The cluster {@link #spec()} describes, as the API reports it. */
  private static DatabaseCluster observed() {
    return observed(0);
  }

  private static DatabaseCluster observed(long storageSizeMib) {
    return new DatabaseCluster(
        ClusterFixtures.ID,
        "orders-db",
        DatabaseEngine.PG,
        "17",
        "17.2",
        1,
        "db-s-1vcpu-2gb",
        "fra1",
        DatabaseClusterStatus.ONLINE,
        Optional.empty(),
        VPC,
        Optional.of(List.of("orders")),
        List.of("defaultdb"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.of(new MaintenanceWindow("saturday", "08:00:00", false, List.of())),
        "",
        storageSizeMib,
        Optional.of(
            List.of(
                new TrustedSource(
                    "79f26d28-ea8a-41f2-8ad8-8cfcdd020095",
                    ClusterFixtures.ID,
                    TrustedSourceType.TAG,
                    "orders-api",
                    "",
                    Optional.empty()))));
  }

  private static Diff diff(DatabaseClusterSpec.Builder spec, DatabaseCluster observed) {
    return DatabaseClusterService.DIFFER.diff(spec.build(), observed);
  }

  @Test
  void diff_whenTheClusterMatchesTheSpec_isNone() {
    assertThat(diff(spec(), observed()).isNone()).isTrue();
    assertThat(diff(spec().maintenanceWindow(DayOfWeek.SATURDAY, LocalTime.of(8, 0)), observed()))
        .isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenAbsent_createsWithEveryManagedField() {
    Diff diff = DatabaseClusterService.DIFFER.diff(spec().build(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.created("engine", "pg"),
            FieldChange.created("region", "fra1"),
            FieldChange.created("private_network_uuid", VPC),
            FieldChange.created("tags", "[orders]"),
            FieldChange.created("version", "17"),
            FieldChange.created("size", "db-s-1vcpu-2gb"),
            FieldChange.created("num_nodes", "1"),
            FieldChange.created("rules", "[tag:orders-api]"));
  }

  @Test
  void diff_whenUpdatableFieldsDiffer_updatesThemInPlaceWithOldAndNew() {
    Diff diff =
        diff(
            spec()
                .version("18")
                .size("db-s-2vcpu-4gb")
                .numNodes(2)
                .storageSizeMib(10240)
                .addTrustedSource(TrustedSourceSpec.ipAddr("203.0.113.0/24"))
                .maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 30)),
            observed());

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("version", "17", "18"),
            FieldChange.updated("size", "db-s-1vcpu-2gb", "db-s-2vcpu-4gb"),
            FieldChange.updated("num_nodes", "1", "2"),
            FieldChange.updated("storage_size_mib", "0", "10240"),
            FieldChange.added("rules", "ip_addr:203.0.113.0/24"),
            FieldChange.updated("maintenance_window", "saturday 08:00", "sunday 03:30"));
    assertThat(DatabaseClusterService.updateOperations(diff))
        .extracting(op -> op.operationId())
        .containsExactly(
            "databases_update_major_version",
            "databases_update_clusterSize",
            "databases_update_firewall_rules",
            "databases_update_maintenanceWindow");
  }

  private static TrustedSource appRule(String appId) {
    return new TrustedSource(
        "f0e8d1c2-0000-4000-8000-000000000002",
        ClusterFixtures.ID,
        TrustedSourceType.APP,
        appId,
        "",
        Optional.empty());
  }

  @Test
  void diff_whenAnAppTrustsItselfAndTheSpecNamesNoApp_leavesItsRuleAlone() {
    DatabaseCluster cluster =
        observed()
            .withTrustedSources(
                List.of(
                    observed().trustedSources().orElseThrow().get(0),
                    appRule("c2a93513-8d9b-4223-9d61-5e7272c81cf5")));

    assertThat(diff(spec(), cluster).isNone()).isTrue();
  }

  @Test
  void diff_whenTheSpecNamesApps_managesTheAppRulesToo() {
    DatabaseCluster cluster =
        observed()
            .withTrustedSources(
                List.of(
                    observed().trustedSources().orElseThrow().get(0),
                    appRule("c2a93513-8d9b-4223-9d61-5e7272c81cf5")));

    Diff diff =
        diff(
            spec().addTrustedSource(TrustedSourceSpec.app("0d3f7a4e-2b5c-4e8f-9a1b-3c4d5e6f7a8b")),
            cluster);

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.removed("rules (app)", "app:c2a93513-8d9b-4223-9d61-5e7272c81cf5"),
            FieldChange.added("rules (app)", "app:0d3f7a4e-2b5c-4e8f-9a1b-3c4d5e6f7a8b"));
    assertThat(DatabaseClusterService.updateOperations(diff))
        .extracting(op -> op.operationId())
        .containsExactly("databases_update_firewall_rules");
  }

  @Test
  void diff_whenTheClusterTrustsASourceTheSpecDoesNot_removesItEvenOfAnUnknownType() {
    TrustedSource future =
        new TrustedSource(
            "f0e8d1c2-0000-4000-8000-000000000001",
            ClusterFixtures.ID,
            TrustedSourceType.UNKNOWN,
            "vpc-peer-1",
            "",
            Optional.empty());
    DatabaseCluster cluster =
        observed()
            .withTrustedSources(List.of(observed().trustedSources().orElseThrow().get(0), future));

    assertThat(diff(spec(), cluster).changes())
        .containsExactly(FieldChange.removed("rules", "unknown:vpc-peer-1"));
  }

  @Test
  void diff_whenFieldsFixedAtCreationDiffer_isRefusedAsAReplacement() {
    Diff diff =
        diff(
            spec()
                .engine(DatabaseEngine.MYSQL)
                .region("ams3")
                .privateNetworkUuid("5a4981aa-9653-4bd1-bef5-d6bff52042e4")
                .projectId("0eb4f9c2-4d35-4b12-a6d1-1f7d8fbf1ab2")
                .tags(List.of("billing")),
            observed());

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .extracting(FieldChange::field)
        .containsExactly("engine", "region", "private_network_uuid", "tags");
    assertThat(diff.refused().get(0).toString())
        .startsWith("engine: pg → mysql (fixed at creation");
  }

  @Test
  void diff_whenTheSpecGoesBackwards_isRefusedWithTheReason() {
    Diff diff =
        diff(spec().version("16").size("db-s-1vcpu-1gb").storageSizeMib(1024), observed(2048));

    assertThat(diff.refused())
        .extracting(FieldChange::toString)
        .containsExactly(
            "version: 17 → 16 (a major version can only be upgraded; DigitalOcean has no"
                + " downgrade)",
            "size: db-s-1vcpu-2gb → db-s-1vcpu-1gb (database nodes cannot be resized to a smaller"
                + " size (DigitalOcean refuses it: data could be lost))",
            "storage_size_mib: 2048 → 1024 (the storage of a cluster cannot be reduced)");
  }

  @Test
  void diff_whenTheApiOmitsFields_treatsThemAsUnknownNotAsChanges() {
    DatabaseCluster unknown =
        new DatabaseCluster(
            ClusterFixtures.ID,
            "orders-db",
            DatabaseEngine.UNKNOWN,
            "",
            "",
            0,
            "",
            "",
            DatabaseClusterStatus.ONLINE,
            Optional.empty(),
            "",
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            "",
            0,
            Optional.empty());

    assertThat(
            diff(
                spec()
                    .tags(List.of("billing"))
                    .maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 0))
                    .addTrustedSource(TrustedSourceSpec.droplet(3164444)),
                unknown))
        .isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTheSpecLeavesFieldsUnmanaged_neverChangesThem() {
    DatabaseClusterSpec.Builder unmanaged =
        DatabaseClusterSpecTest.valid().version("").tags(List.of());

    assertThat(diff(unmanaged, observed(2048)).isNone()).isTrue();
  }
}
