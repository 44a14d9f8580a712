package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.user.DatabaseUserSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link DatabaseClusterResource} at plan time. */
class DatabaseClusterResourceTest {
  private static final ResourceKey VPC = ResourceKey.of("vpc", "prod");

  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "c".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();

  @Test
  void validate_whenVpcReferenced_satisfiesSwDb003AndDependsOnIt() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(offline, "orders-db", spec()).vpc(VPC).build();

    assertThat(db.validate()).isEmpty();
    assertThat(db.dependsOn()).containsExactly(VPC);
    assertThat(db.operations()).doesNotContain(DatabasesOperations.DATABASES_GET_CA);
  }

  @Test
  void validate_whenNoVpc_reportsSwDb003InsteadOfThrowing() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(offline, "orders-db", spec()).build();

    assertThat(db.validate()).extracting(Violation::ruleId).contains(DatabasesRules.SW_DB_003.id());
  }

  @Test
  void connectionSettings_whenForAnAddedUser_fetchTheCaAndCreateTheUser() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(offline, "orders-db", spec())
            .vpc(VPC)
            .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build())
            .connectionSettings("app", ClusterNetwork.PRIVATE, Path.of("target", "db"))
            .build();

    assertThat(db.validate()).isEmpty();
    assertThat(db.operations())
        .contains(
            DatabasesOperations.DATABASES_GET_CA,
            DatabasesOperations.DATABASES_ADD_USER,
            DatabasesOperations.DATABASES_GET_USER);
    assertThat(db.connectionSettings()).isEmpty();
  }

  @Test
  void connectionSettings_whenForAUserTheResourceDoesNotCreate_isReportedAtPlanTime() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(offline, "orders-db", spec())
            .vpc(VPC)
            .connectionSettings("ghost", ClusterNetwork.PRIVATE, Path.of("target", "db"))
            .build();

    assertThat(db.validate())
        .extracting(Violation::ruleId)
        .containsExactly(CoreRules.SW_INPUT_001.id());
  }

  private static DatabaseClusterSpec.Builder spec() {
    return DatabaseClusterSpec.builder()
        .engine(DatabaseEngine.PG)
        .version("17")
        .size("db-s-1vcpu-1gb")
        .region("fra1")
        .addTrustedSource(TrustedSourceSpec.tag("web"));
  }
}
