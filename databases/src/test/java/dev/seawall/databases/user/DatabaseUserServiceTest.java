package dev.seawall.databases.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.NotFoundException;
import dev.seawall.core.UnprocessableException;
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
          Databases.users(env.client())
              .create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "orders_app").build());

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
          Databases.users(env.client())
              .create(id, DatabaseUserSpec.builder(DatabaseEngine.MYSQL, "app").build());

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
          Databases.users(env.client())
              .create(
                  id,
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

      Databases.users(env.client())
          .create(
              id,
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

      Databases.users(env.client())
          .create(
              id,
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
          Databases.users(env.client())
              .create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      DatabaseUser read = Databases.users(env.client()).get(id, "app");

      assertThat(read.password()).isEqualTo(created.password()).isNotEmpty();
      FakeCall get = env.calls("databases_get_user").get(0);
      assertThat(get.method()).isEqualTo("GET");
      assertThat(get.path()).isEqualTo("/v2/databases/" + id + "/users/app");
      try (var otherProcess = env.newClient()) {
        DatabaseUser blank = Databases.users(otherProcess).get(id, "app");
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
          Databases.users(env.client())
              .create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      List<DatabaseUser> users = Databases.users(env.client()).list(id);

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
      DatabaseUserService users = Databases.users(env.client());
      DatabaseUser created =
          users.create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      DatabaseUser reset = users.resetCredentials(id, "app");

      FakeCall post = env.calls("databases_reset_auth").get(0);
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.path()).isEqualTo("/v2/databases/" + id + "/users/app/reset_auth");
      assertThat(FakeEnvironment.body(post)).isEqualTo(FakeJson.object());
      assertThat(reset.password()).isNotEmpty().isNotEqualTo(created.password());
      assertThat(users.get(id, "app").password()).isEqualTo(reset.password());
    }
  }

  @Test
  void resetCredentialsToCachingSha2_sendsThePlugin() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.MYSQL);

      DatabaseUser reset =
          Databases.users(env.client()).resetCredentialsToCachingSha2(id, "doadmin");

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
      DatabaseUserService users = Databases.users(env.client());
      users.create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      users.delete(id, "app");

      FakeCall delete = env.calls("databases_delete_user").get(0);
      assertThat(delete.method()).isEqualTo("DELETE");
      assertThat(delete.path()).isEqualTo("/v2/databases/" + id + "/users/app");
      assertThat(users.find(id, "app")).isEmpty();
      assertThatThrownBy(() -> users.get(id, "app")).isInstanceOf(NotFoundException.class);
      env.fake().takeProblems();
    }
  }

  @Test
  void create_whenResponseLost_findsTheUserInsteadOfCreatingTwice() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      env.fake().disconnectNext("databases_add_user");

      DatabaseUser user =
          Databases.users(env.client())
              .create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      assertThat(user.name()).isEqualTo("app");
      assertThat(env.calls("databases_add_user")).hasSize(1);
    }
  }

  @Test
  void create_whenUserExists_throwsUnprocessable() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env, DatabaseEngine.PG);
      DatabaseUserService users = Databases.users(env.client());
      users.create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build());

      assertThatThrownBy(
              () -> users.create(id, DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build()))
          .isInstanceOf(UnprocessableException.class);
    }
  }
}
