package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseClusterSpecTest {
  static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";

  static DatabaseClusterSpec.Builder valid() {
    return DatabaseClusterSpec.builder()
        .name("orders-db")
        .engine(DatabaseEngine.PG)
        .version("17")
        .size("db-s-1vcpu-2gb")
        .region("fra1")
        .privateNetworkUuid(VPC)
        .addTrustedSource(TrustedSourceSpec.tag("orders-api"));
  }

  private static List<String> ruleIds(DatabaseClusterSpec.Builder builder) {
    return builder
        .validate()
        .fold(errors -> errors.map(Violation::ruleId).toJavaList(), ok -> List.of());
  }

  @Test
  void build_whenSecureDefaultsAndRequiredFields_buildsSpecWithValues() {
    DatabaseClusterSpec spec =
        valid().addTag("orders").maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 30)).build();

    assertThat(spec.name()).isEqualTo("orders-db");
    assertThat(spec.engine()).isEqualTo(DatabaseEngine.PG);
    assertThat(spec.numNodes()).isEqualTo(1);
    assertThat(spec.privateNetworkUuid()).isEqualTo(VPC);
    assertThat(spec.trustedSources()).containsExactly(TrustedSourceSpec.tag("orders-api"));
    assertThat(spec.tags()).containsExactly("orders");
    assertThat(spec.maintenanceWindow())
        .contains(new MaintenanceSchedule(DayOfWeek.SUNDAY, LocalTime.of(3, 30)));
    assertThat(spec.acknowledgedRisks()).isEmpty();
    assertThat(spec.storageSizeMib()).isEmpty();
  }

  @Test
  void validate_whenNoTrustedSource_refusesWithSwDb001WithoutOptOut() {
    var result = valid().trustedSources(List.of()).validate();

    assertThat(result.isInvalid()).isTrue();
    Violation violation = result.getError().single();
    assertThat(violation.ruleId()).isEqualTo("SW-DB-001");
    assertThat(violation.resource()).isEqualTo("database/orders-db");
    assertThat(violation.message()).contains("no opt-out").contains("addTrustedSource");
  }

  @Test
  void validate_whenInternetWideTrustedSource_refusesWithSwDb002() {
    var result = valid().addTrustedSource(TrustedSourceSpec.ipAddr("0.0.0.0/0")).validate();

    Violation violation = result.getError().single();
    assertThat(violation.ruleId()).isEqualTo("SW-DB-002");
    assertThat(violation.resource()).isEqualTo("database/orders-db.trustedSources[1]");
    assertThat(violation.message()).contains("allowWideRange(\"0.0.0.0/0\", Justification)");
  }

  @Test
  void allowWideRange_whenJustified_acceptsThatRangeOnlyAndRecordsTheRisk() {
    Justification why = Justification.of("SEC-3: partner without fixed IPs");
    DatabaseClusterSpec spec = valid().allowWideRange("0.0.0.0/0", why).build();

    assertThat(spec.trustedSources()).hasSize(2);
    assertThat(spec.acknowledgedRisks())
        .containsExactly(new AcknowledgedRisk("SW-DB-002", why, "0.0.0.0/0"));

    var other =
        valid()
            .allowWideRange("0.0.0.0/0", why)
            .addTrustedSource(TrustedSourceSpec.ipAddr("0.0.0.0/1"))
            .validate();
    assertThat(other.getError().map(Violation::ruleId)).containsExactly("SW-DB-002");
  }

  @Test
  void validate_whenNoPrivateNetworkUuid_refusesWithSwDb003NamingInDefaultVpc() {
    var result = valid().privateNetworkUuid("").validate();

    Violation violation = result.getError().single();
    assertThat(violation.ruleId()).isEqualTo("SW-DB-003");
    assertThat(violation.message()).contains("inDefaultVpc(Justification)");
  }

  @Test
  void inDefaultVpc_whenJustified_buildsWithoutVpcAndRecordsRisk() {
    Justification why = Justification.of("OPS-7: single-tenant account");
    DatabaseClusterSpec spec = valid().privateNetworkUuid("").inDefaultVpc(why).build();

    assertThat(spec.privateNetworkUuid()).isEmpty();
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-DB-003");
  }

  @Test
  void validate_whenVpcAndDefaultVpcOptOutBoth_reportsTheConflict() {
    assertThat(ruleIds(valid().inDefaultVpc(Justification.of("x"))))
        .containsExactly("SW-INPUT-001");
  }

  @Test
  void build_whenManyProblems_listsEveryViolationAtOnce() {
    DatabaseClusterSpec.Builder builder =
        DatabaseClusterSpec.builder()
            .name("Bad_Name")
            .engine(DatabaseEngine.REDIS)
            .size("")
            .region("frankfurt")
            .numNodes(0)
            .addTag("bad tag")
            .addTrustedSource(TrustedSourceSpec.ipAddr("0.0.0.0/0"))
            .addTrustedSource(TrustedSourceSpec.tag("web"))
            .addTrustedSource(TrustedSourceSpec.tag("web"));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::resource)
                    .containsExactly(
                        "database/Bad_Name.name",
                        "database/Bad_Name.engine",
                        "database/Bad_Name.size",
                        "database/Bad_Name.region",
                        "database/Bad_Name.numNodes",
                        "database/Bad_Name.tags[0]",
                        "database/Bad_Name",
                        "database/Bad_Name.trustedSources[0]",
                        "database/Bad_Name.trustedSources[2]"));
  }

  @Test
  void validate_whenMoreThan100TrustedSources_isInvalid() {
    List<TrustedSourceSpec> many = new ArrayList<>();
    for (int i = 1; i <= 101; i++) {
      many.add(TrustedSourceSpec.droplet(i));
    }
    assertThat(ruleIds(valid().trustedSources(many))).containsExactly("SW-INPUT-001");
    assertThat(valid().trustedSources(many.subList(0, 100)).validate().isValid()).isTrue();
  }

  @Test
  void pluralSetters_replaceAndAddAppend_andSettersCopyInput() {
    List<String> tags = new ArrayList<>(List.of("a", "b"));
    DatabaseClusterSpec.Builder builder = valid().tags(tags).addTag("c");
    tags.add("mutated");

    assertThat(builder.build().tags()).containsExactly("a", "b", "c");
    assertThat(builder.tags(List.of("z")).build().tags()).containsExactly("z");
  }

  @Test
  void toBuilder_roundTripsEveryValue() {
    DatabaseClusterSpec spec =
        valid()
            .numNodes(3)
            .storageSizeMib(20480)
            .projectId("9cc10173-e9ea-4176-9dbc-a4cee4c4ff30")
            .allowWideRange("0.0.0.0/0", Justification.of("x"))
            .maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(1, 0))
            .build();

    DatabaseClusterSpec copy = spec.toBuilder().build();

    assertThat(copy).usingRecursiveComparison().isEqualTo(spec);
    assertThat(copy.storageSizeMib()).hasValue(20480);
  }

  @Test
  void validate_whenEngineMissingOrRedis_isInvalid() {
    assertThat(ruleIds(valid().engine(DatabaseEngine.UNKNOWN))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(valid().engine(DatabaseEngine.REDIS))).containsExactly("SW-INPUT-001");
    for (DatabaseEngine engine :
        List.of(
            DatabaseEngine.PG,
            DatabaseEngine.MYSQL,
            DatabaseEngine.VALKEY,
            DatabaseEngine.MONGODB,
            DatabaseEngine.KAFKA,
            DatabaseEngine.OPENSEARCH)) {
      assertThat(valid().engine(engine).validate().isValid()).as(engine.slug()).isTrue();
    }
  }

  @Test
  void maintenanceWindow_whenSecondsGiven_isRefusedImmediately() {
    assertThatThrownBy(() -> valid().maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(1, 0, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole minutes");
  }

  @Test
  void maintenanceSchedule_apiFormat_isLowerCaseDayAndHourMinute() {
    MaintenanceSchedule schedule = new MaintenanceSchedule(DayOfWeek.TUESDAY, LocalTime.of(4, 5));

    assertThat(schedule.apiDay()).isEqualTo("tuesday");
    assertThat(schedule.apiHour()).isEqualTo("04:05");
  }
}
