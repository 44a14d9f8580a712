package dev.seawall.databases.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.NotFoundException;
import dev.seawall.core.Page;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.Databases;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.testing.FakeEnvironment;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.fakes.FakeDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseUserServiceTest {

  private static String createCluster(FakeEnvironment env, DatabaseEngine engine) {
    return Databases.clusters(env.client())
        .create(
            DatabaseClusterSpec.builder()
                .name("orders-db")
                .engine(engine)
                .size("db-s-1vcpu-2gb")
                .region("fra1")
                .privateNetworkUuid("d455e75d-4858-4eec-8c95-da2f0a5f93a7")
                .addTrustedSource(TrustedSourceSpec.tag("orders-api"))
                .build())
        .id();
  }

  @Test
  void create_postgresql_sendsNoReplicationAndReturnsThePassword() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);

      DatabaseUser user =
          Databases.users(env.client(), id)
              .create(DatabaseUserSpec.builder(DatabaseEngine.PG, "orders_app").build());

      FakeCall post = env.calls("databases_add_user").get(0);
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.path()).isEqualTo("/v2/databases/" + id + "/users");
      assertThat(FakeEnvironment.body(post))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "orders_app",
                  "settings",
                  FakeJson.object("pg_allow_replication", false)));
      assertThat(user.name()).isEqualTo("orders_app");
      assertThat(user.role()).isEqualTo(DatabaseUserRole.NORMAL);
      assertThat(user.password()).startsWith("fake-pw-");
      assertThat(user.toString()).doesNotContain(user.password());
    }
  }

  @Test
  void create_mysql_sendsCachingSha2Password() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.MYSQL);

      DatabaseUser user =
          Databases.users(env.client(), id)
              .create(DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "app").build());

      assertThat(FakeEnvironment.body(env.calls("databases_add_user").get(0)))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "app",
                  "mysql_settings",
                  FakeJson.object("auth_plugin", "caching_sha2_password")));
      assertThat(user.mysqlSettings().orElseThrow().authPlugin())
          .isEqualTo(MysqlAuthPlugin.CACHING_SHA2_PASSWORD);
    }
  }

  @Test
  void create_kafka_sendsTopicAclsAndKeepsAccessKeyOutOfToString() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.KAFKA);

      DatabaseUser user =
          Databases.users(env.client(), id)
              .create(
                  DatabaseUserSpec.builder(DatabaseEngine.KAFKA, "consumer")
                      .addKafkaAcl("orders", KafkaPermission.CONSUME)
                      .addKafkaAcl("orders\\.dlq", KafkaPermission.PRODUCE)
                      .build());

      assertThat(FakeEnvironment.body(env.calls("databases_add_user").get(0)))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "consumer",
                  "settings",
                  FakeJson.object(
                      "acl",
                      List.of(
                          FakeJson.object("topic", "orders", "permission", "consume"),
                          FakeJson.object("topic", "orders\\.dlq", "permission", "produce")))));
      assertThat(user.settings().orElseThrow().acl())
          .extracting(KafkaAcl::topic, KafkaAcl::permission)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("orders", KafkaPermission.CONSUME),
              org.assertj.core.groups.Tuple.tuple("orders\\.dlq", KafkaPermission.PRODUCE));
      assertThat(user.settings().orElseThrow().acl())
          .allSatisfy(acl -> assertThat(acl.id()).isNotEmpty());
      assertThat(user.accessKey()).contains("PRIVATE KEY");
      assertThat(user.toString()).doesNotContain("PRIVATE KEY");
    }
  }

  @Test
  void create_mongodb_sendsReadOnlyRoleOnTheNamedDatabases() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.MONGODB);

      Databases.users(env.client(), id)
          .create(
              DatabaseUserSpec.builder(DatabaseEngine.MONGODB, "reader")
                  .addMongoDatabase("orders")
                  .build());

      assertThat(FakeEnvironment.body(env.calls("databases_add_user").get(0)))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "reader",
                  "settings",
                  FakeJson.object(
                      "mongo_user_settings",
                      FakeJson.object("databases", List.of("orders"), "role", "readOnly"))));
    }
  }

  @Test
  void create_opensearch_sendsIndexAcls() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.OPENSEARCH);

      Databases.users(env.client(), id)
          .create(
              DatabaseUserSpec.builder(DatabaseEngine.OPENSEARCH, "reader")
                  .addOpenSearchAcl("logs-.*", OpenSearchPermission.READ)
                  .build());

      assertThat(FakeEnvironment.body(env.calls("databases_add_user").get(0)))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "reader",
                  "settings",
                  FakeJson.object(
                      "opensearch_acl",
                      List.of(FakeJson.object("index", "logs-.*", "permission", "read")))));
    }
  }

  @Test
  void get_whenTokenCannotViewCredentials_keepsThePasswordFromCreate() {
    try (FakeEnvironment env =
        FakeEnvironment.start(new FakeDatabases().credentialsVisible(false))) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUser created =
          Databases.users(env.client(), id)
              .create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      DatabaseUser read = Databases.users(env.client(), id).get("app");

      assertThat(read.password()).isEqualTo(created.password()).isNotEmpty();
      FakeCall get = env.calls("databases_get_user").get(0);
      assertThat(get.method()).isEqualTo("GET");
      assertThat(get.path()).isEqualTo("/v2/databases/" + id + "/users/app");
      try (var otherProcess = env.newClient()) {
        DatabaseUser blank = Databases.users(otherProcess, id).get("app");
        assertThat(blank.hasPassword()).isFalse();
        assertThatThrownBy(blank::requirePassword)
            .isInstanceOf(CredentialsUnavailableException.class)
            .hasMessageContaining("database:view_credentials")
            .hasMessageContaining("app");
      }
    }
  }

  @Test
  void list_returnsEveryUserWithKeptPasswords() {
    try (FakeEnvironment env =
        FakeEnvironment.start(new FakeDatabases().credentialsVisible(false))) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUser app =
          Databases.users(env.client(), id)
              .create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      List<DatabaseUser> users = Databases.users(env.client(), id).listAll().toList();

      assertThat(users).extracting(DatabaseUser::name).containsExactly("doadmin", "app");
      assertThat(users.get(1).password()).isEqualTo(app.password());
      FakeCall list = env.calls("databases_list_users").get(0);
      assertThat(list.path()).isEqualTo("/v2/databases/" + id + "/users");
    }
  }

  @Test
  void resetCredentials_postsEmptyBodyAndKeepsTheNewPassword() {
    try (FakeEnvironment env =
        FakeEnvironment.start(new FakeDatabases().credentialsVisible(false))) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      DatabaseUser created =
          users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      DatabaseUser reset = users.resetCredentials("app");

      FakeCall post = env.calls("databases_reset_auth").get(0);
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.path()).isEqualTo("/v2/databases/" + id + "/users/app/reset_auth");
      assertThat(FakeEnvironment.body(post)).isEqualTo(FakeJson.object());
      assertThat(reset.password()).isNotEmpty().isNotEqualTo(created.password());
      assertThat(users.get("app").password()).isEqualTo(reset.password());
    }
  }

  @Test
  void resetCredentialsToCachingSha2_sendsThePlugin() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.MYSQL);

      DatabaseUser reset =
          Databases.users(env.client(), id).resetCredentialsToCachingSha2("doadmin");

      assertThat(FakeEnvironment.body(env.calls("databases_reset_auth").get(0)))
          .isEqualTo(
              FakeJson.object(
                  "mysql_settings", FakeJson.object("auth_plugin", "caching_sha2_password")));
      assertThat(reset.mysqlSettings().orElseThrow().authPlugin())
          .isEqualTo(MysqlAuthPlugin.CACHING_SHA2_PASSWORD);
    }
  }

  @Test
  void delete_sendsDeleteAndTheUserIsGone() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      assertThat(users.delete("app")).isEqualTo(Deletion.DELETED);

      FakeCall delete = env.calls("databases_delete_user").get(0);
      assertThat(delete.method()).isEqualTo("DELETE");
      assertThat(delete.path()).isEqualTo("/v2/databases/" + id + "/users/app");
      assertThat(users.find("app")).isEmpty();
      assertThatThrownBy(() -> users.get("app")).isInstanceOf(NotFoundException.class);
      env.fake().takeProblems();
    }
  }

  @Test
  void create_whenResponseLost_findsTheUserInsteadOfCreatingTwice() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      env.fake().disconnectNext("databases_add_user");

      DatabaseUser user =
          Databases.users(env.client(), id)
              .create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      assertThat(user.name()).isEqualTo("app");
      assertThat(env.calls("databases_add_user")).hasSize(1);
    }
  }

  @Test
  void create_whenUserExists_throwsUnprocessable() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      assertThatThrownBy(
              () -> users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build()))
          .isInstanceOf(UnprocessableException.class);
    }
  }

  @Test
  void apply_whenRepeated_createsOnceAndTheSecondSendsNoWrite() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      DatabaseUserSpec spec = DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build();

      Applied<DatabaseUser> first = users.apply(spec);
      long writesAfterFirst = env.writes();
      Applied<DatabaseUser> second = users.apply(spec);

      assertThat(first.created()).isTrue();
      assertThat(first.diff().changes())
          .contains(FieldChange.created("password", FieldChange.SENSITIVE));
      assertThat(first.diff().toString()).doesNotContain(first.resource().password());
      assertThat(second.diff().isNone()).isTrue();
      assertThat(second.resource().password()).isEqualTo(first.resource().password());
      assertThat(env.calls("databases_add_user")).hasSize(1);
      assertThat(env.writes()).isEqualTo(writesAfterFirst);
    }
  }

  @Test
  void apply_whenReplicationIsGranted_putsTheSettingsInPlace() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "cdc").build());

      Applied<DatabaseUser> applied =
          users.apply(
              DatabaseUserSpec.builder(DatabaseEngine.PG, "cdc")
                  .allowReplication(Justification.of("DATA-7: change data capture"))
                  .build());

      assertThat(applied.diff().changes())
          .containsExactly(FieldChange.updated("settings.pg_allow_replication", "false", "true"));
      FakeCall put = env.calls("databases_update_user").get(0);
      assertThat(put.method()).isEqualTo("PUT");
      assertThat(put.path()).isEqualTo("/v2/databases/" + id + "/users/cdc");
      assertThat(FakeEnvironment.body(put))
          .isEqualTo(FakeJson.object("settings", FakeJson.object("pg_allow_replication", true)));
      assertThat(applied.resource().settings().orElseThrow().pgAllowReplication()).isTrue();
      assertThat(env.calls("databases_add_user")).hasSize(1);
    }
  }

  @Test
  void apply_whenAKafkaAclIsAdded_updatesTheAclSetElementByElement() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.KAFKA);
      DatabaseUserService users = Databases.users(env.client(), id);
      DatabaseUserSpec.Builder consumer =
          DatabaseUserSpec.builder(DatabaseEngine.KAFKA, "consumer")
              .addKafkaAcl("orders", KafkaPermission.CONSUME);
      users.create(consumer.build());

      Applied<DatabaseUser> applied =
          users.apply(consumer.addKafkaAcl("invoices", KafkaPermission.CONSUME).build());

      assertThat(applied.diff().changes())
          .containsExactly(FieldChange.added("settings.acl", "invoices consume"));
      assertThat(applied.resource().settings().orElseThrow().acl())
          .extracting(KafkaAcl::topic)
          .containsExactly("orders", "invoices");
      assertThat(users.diff(consumer.build()).isNone()).isTrue();
    }
  }

  @Test
  void apply_whenTheMysqlPluginChanges_isRefusedAndSendsNothing() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.MYSQL);
      DatabaseUserService users = Databases.users(env.client(), id);
      DatabaseUser app =
          users.create(DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "app").build());
      long writesBefore = env.writes();

      assertThatThrownBy(
              () ->
                  users.apply(
                      DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "app")
                          .allowMysqlNativePassword(Justification.of("LEGACY-1: old driver"))
                          .build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining(
              "mysql_settings.auth_plugin: caching_sha2_password → mysql_native_password")
          .hasMessageContaining("resets the password")
          .hasMessageNotContaining(app.password());
      assertThat(env.writes()).isEqualTo(writesBefore);
    }
  }

  @Test
  void delete_whenRepeated_isAlreadyDeleted() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      assertThat(users.delete("app")).isEqualTo(Deletion.DELETED);
      assertThat(users.delete("app")).isEqualTo(Deletion.ALREADY_DELETED);
      env.fake().takeProblems();
    }
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheUserAsGone() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());
      env.fake().disconnectNext("databases_delete_user");

      assertThat(users.delete("app")).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(users.find("app")).isEmpty();
      env.fake().takeProblems();
    }
  }

  @Test
  void list_cutsPagesFromTheOneUnpagedAnswer() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client(), id);
      users.create(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      Page<DatabaseUser> first = users.list(1, 1);
      Page<DatabaseUser> second = users.list(2, 1);

      assertThat(first.items()).extracting(DatabaseUser::name).containsExactly("doadmin");
      assertThat(first.total()).isEqualTo(2);
      assertThat(first.hasNext()).isTrue();
      assertThat(second.items()).extracting(DatabaseUser::name).containsExactly("app");
      assertThat(second.hasNext()).isFalse();
      assertThat(env.calls("databases_list_users")).extracting(FakeCall::query).containsOnly("");
      assertThatThrownBy(() -> users.list(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
