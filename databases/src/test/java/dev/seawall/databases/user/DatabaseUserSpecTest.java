package dev.seawall.databases.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabaseEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUserSpecTest {

  private static List<String> ruleIds(DatabaseUserSpec.Builder builder) {
    return builder
        .validate()
        .fold(errors -> errors.map(Violation::ruleId).toJavaList(), ok -> List.of());
  }

  @Test
  void build_whenPostgresql_hasNoReplicationByDefault() {
    DatabaseUserSpec spec = DatabaseUserSpec.builder(DatabaseEngine.PG, "orders_app").build();

    assertThat(spec.pgAllowReplication()).isFalse();
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @Test
  void allowReplication_whenJustified_grantsAndRecordsSwDb005() {
    DatabaseUserSpec spec =
        DatabaseUserSpec.builder(DatabaseEngine.PG, "cdc")
            .allowReplication(Justification.of("DATA-4: change data capture"))
            .build();

    assertThat(spec.pgAllowReplication()).isTrue();
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId, AcknowledgedRisk::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SW-DB-005", "pg_allow_replication"));
  }

  @Test
  void build_whenMysql_usesCachingSha2PasswordUnlessOptedOut() {
    assertThat(DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "app").build().mysqlAuthPlugin())
        .isEqualTo(MysqlAuthPlugin.CACHING_SHA2_PASSWORD);
    DatabaseUserSpec legacy =
        DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "legacy")
            .allowMysqlNativePassword(Justification.of("APP-1: PHP 7.2 client"))
            .build();
    assertThat(legacy.mysqlAuthPlugin()).isEqualTo(MysqlAuthPlugin.MYSQL_NATIVE_PASSWORD);
    assertThat(legacy.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-DB-005");
  }

  @Test
  void validate_whenKafkaUserWithoutAcl_isInvalid() {
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.KAFKA, "consumer")))
        .containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenKafkaAdminAcl_refusesWithSwDb005UnlessAcknowledged() {
    DatabaseUserSpec.Builder builder =
        DatabaseUserSpec.builder(DatabaseEngine.KAFKA, "ops")
            .addKafkaAcl("orders", KafkaPermission.CONSUME)
            .addKafkaAcl("orders\\..*", KafkaPermission.ADMIN);

    var result = builder.validate();
    assertThat(result.getError().single().ruleId()).isEqualTo("SW-DB-005");
    assertThat(result.getError().single().resource()).isEqualTo("databaseUser/ops.kafkaAcls[1]");
    assertThat(result.getError().single().message()).contains("allowAdminPermissions");

    DatabaseUserSpec spec =
        builder.allowAdminPermissions(Justification.of("OPS-2: topic housekeeping")).build();
    assertThat(spec.kafkaAcls())
        .containsExactly(
            KafkaAcl.of("orders", KafkaPermission.CONSUME),
            KafkaAcl.of("orders\\..*", KafkaPermission.ADMIN));
  }

  @Test
  void validate_whenAclTopicIsNotARegex_isInvalid() {
    assertThat(
            ruleIds(
                DatabaseUserSpec.builder(DatabaseEngine.KAFKA, "c")
                    .addKafkaAcl("orders[", KafkaPermission.CONSUME)))
        .containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenOpenSearch_needsAnAclAndRefusesAdmin() {
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.OPENSEARCH, "reader")))
        .containsExactly("SW-INPUT-001");
    assertThat(
            ruleIds(
                DatabaseUserSpec.builder(DatabaseEngine.OPENSEARCH, "reader")
                    .addOpenSearchAcl("logs-.*", OpenSearchPermission.READ)))
        .isEmpty();
    assertThat(
            ruleIds(
                DatabaseUserSpec.builder(DatabaseEngine.OPENSEARCH, "admin")
                    .addOpenSearchAcl("logs-.*", OpenSearchPermission.ADMIN)))
        .containsExactly("SW-DB-005");
  }

  @Test
  void validate_whenMongo_isReadOnlyByDefaultAndNeedsDatabases() {
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.MONGODB, "reader")))
        .containsExactly("SW-INPUT-001");
    DatabaseUserSpec reader =
        DatabaseUserSpec.builder(DatabaseEngine.MONGODB, "reader")
            .addMongoDatabase("orders")
            .build();
    assertThat(reader.mongoRole()).isEqualTo(MongoRole.READ_ONLY);
    assertThat(
            ruleIds(
                DatabaseUserSpec.builder(DatabaseEngine.MONGODB, "admin")
                    .addMongoDatabase("orders")
                    .mongoRole(MongoRole.DB_ADMIN)))
        .containsExactly("SW-DB-005");
    assertThat(
            ruleIds(
                DatabaseUserSpec.builder(DatabaseEngine.MONGODB, "writer")
                    .addMongoDatabase("orders")
                    .mongoRole(MongoRole.READ_WRITE)))
        .isEmpty();
  }

  @Test
  void validate_whenSettingsOfAnotherEngine_areInvalid() {
    var result =
        DatabaseUserSpec.builder(DatabaseEngine.PG, "app")
            .addKafkaAcl("t", KafkaPermission.CONSUME)
            .addMongoDatabase("x")
            .validate();

    assertThat(result.getError().map(Violation::resource))
        .containsExactly("databaseUser/app.kafkaAcls", "databaseUser/app.mongoRole");
  }

  @Test
  void validate_whenEngineHasNoUsersOrNameBad_isInvalid() {
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.VALKEY, "app")))
        .containsExactly("SW-INPUT-001");
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.PG, "doadmin")))
        .containsExactly("SW-INPUT-001");
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.PG, "")))
        .containsExactly("SW-INPUT-001");
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "a".repeat(33))))
        .containsExactly("SW-INPUT-001");
    assertThat(ruleIds(DatabaseUserSpec.builder(DatabaseEngine.PG, "a".repeat(33)))).isEmpty();
  }

  @Test
  void toBuilder_roundTripsEveryValue() {
    DatabaseUserSpec spec =
        DatabaseUserSpec.builder(DatabaseEngine.KAFKA, "app")
            .addKafkaAcl("orders", KafkaPermission.PRODUCE)
            .build();

    assertThat(spec.toBuilder().build()).usingRecursiveComparison().isEqualTo(spec);
  }

  @Test
  void databaseUser_toString_hidesPasswordAndAccessKey() {
    DatabaseUser user =
        new DatabaseUser(
            "app",
            DatabaseUserRole.NORMAL,
            "s3cr3t-password",
            "-----BEGIN CERTIFICATE-----",
            "-----BEGIN PRIVATE KEY-----abc",
            Optional.empty(),
            Optional.empty());

    assertThat(user.toString())
        .doesNotContain("s3cr3t-password")
        .doesNotContain("PRIVATE KEY")
        .contains("app");
  }

  @Test
  void databaseUser_withCredentialsFrom_fillsOnlyBlankSecrets() {
    DatabaseUser blank =
        new DatabaseUser(
            "app", DatabaseUserRole.NORMAL, "", "", "", Optional.empty(), Optional.empty());
    DatabaseUser earlier =
        new DatabaseUser(
            "app",
            DatabaseUserRole.NORMAL,
            "pw",
            "cert",
            "key",
            Optional.empty(),
            Optional.empty());
    DatabaseUser other =
        new DatabaseUser(
            "other", DatabaseUserRole.NORMAL, "pw", "", "", Optional.empty(), Optional.empty());

    assertThat(blank.withCredentialsFrom(earlier))
        .extracting(DatabaseUser::password, DatabaseUser::accessCert, DatabaseUser::accessKey)
        .containsExactly("pw", "cert", "key");
    assertThat(blank.withCredentialsFrom(other).password()).isEmpty();
  }
}
