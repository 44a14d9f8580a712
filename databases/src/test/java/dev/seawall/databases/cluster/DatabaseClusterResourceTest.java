package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackListener;
import dev.seawall.core.stack.StackResource;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.testing.FakeEnvironment;
import dev.seawall.databases.testing.TestCertificates;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.user.DatabaseUserSpec;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.fakes.FakeDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatabaseClusterResource} at plan time, and planned and applied through a stack. */
class DatabaseClusterResourceTest {
  private static final String VPC_ID = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";
  private static final StackResource VPC = new Existing(ResourceKey.of("vpc", "prod"), VPC_ID);
  private static String caPem = "";

  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "c".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();

  @BeforeAll
  static void createCa() throws Exception {
    caPem =
        TestCertificates.create(Files.createDirectories(Path.of("target", "test-certs"))).caPem();
  }

  /**
   * A resource of another module that already exists (databases depends on neither networking nor
   * compute): plans as no change and applies as unchanged with a fixed id.
   */
  private record Existing(ResourceKey key, String id) implements StackResource {
    @Override
    public Set<ResourceKey> dependsOn() {
      return Set.of();
    }

    @Override
    public List<Operation> operations() {
      return List.of();
    }

    @Override
    public List<Violation> validate() {
      return List.of();
    }

    @Override
    public List<AcknowledgedRisk> acknowledgedRisks() {
      return List.of();
    }

    @Override
    public ResourcePlan plan(StackContext context) {
      return new ResourcePlan(key, Diff.NONE, Optional.of(id), Map.of(), List.of());
    }

    @Override
    public AppliedResource apply(StackContext context) {
      return AppliedResource.of(key, id, "ready", Diff.NONE);
    }
  }

  private static DatabaseClusterSpec.Builder spec() {
    return DatabaseClusterSpec.builder()
        .engine(DatabaseEngine.PG)
        .version("17")
        .size("db-s-1vcpu-1gb")
        .region("fra1")
        .addTrustedSource(TrustedSourceSpec.tag("web"));
  }

  private static Stack stack(DigitalOcean client, DatabaseClusterSpec.Builder spec) {
    return Stack.builder()
        .add(VPC)
        .add(DatabaseClusterResource.builder(client, "orders-db", spec).vpc(VPC).build())
        .build();
  }

  private static AppliedResource database(ApplyResult result) {
    assertThat(result.succeeded()).as("failed: %s", result.failed()).isTrue();
    return result.applied().stream()
        .filter(a -> a.key().kind().equals(DatabaseClusterResource.KIND))
        .findFirst()
        .orElseThrow();
  }

  // ------------------------------------------------------------------------------ plan time

  @Test
  void validate_whenVpcReferenced_satisfiesSwDb003AndDependsOnIt() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(offline, "orders-db", spec()).vpc(VPC).build();

    assertThat(db.validate()).isEmpty();
    assertThat(db.dependsOn()).containsExactly(VPC.key());
    assertThat(db.spec().orElseThrow().privateNetworkUuid()).isEqualTo(VPC.key().placeholderUuid());
    assertThat(db.operations()).doesNotContain(DatabasesOperations.DATABASES_GET_CA);
  }

  @Test
  void vpc_whenTheResourceIsNotAVpc_isRefused() {
    StackResource droplet = new Existing(ResourceKey.of("droplet", "web-1"), "3164444");
    DatabaseClusterResource.Builder builder =
        DatabaseClusterResource.builder(offline, "orders-db", spec());

    assertThatThrownBy(() -> builder.vpc(droplet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind vpc")
        .hasMessageContaining("droplet/web-1");
  }

  @Test
  void validate_whenNoVpc_reportsSwDb003InsteadOfThrowing() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(offline, "orders-db", spec()).build();

    assertThat(db.validate()).extracting(Violation::ruleId).contains(DatabasesRules.SW_DB_003.id());
  }

  @Test
  void references_whenATrustedSourceIsATag_theStackAppliesTheTagFirst() {
    DatabaseClusterResource db =
        DatabaseClusterResource.builder(
                offline,
                "orders-db",
                spec().addTrustedSource(TrustedSourceSpec.ipAddr("203.0.113.7")))
            .vpc(VPC)
            .build();
    StackResource tag = new Existing(ResourceKey.of("tag", "web"), "web");

    Stack stack = Stack.builder().add(db).add(VPC).add(tag).build();

    assertThat(db.references()).containsExactly(tag.key());
    assertThat(stack.dependenciesOf(db.key())).containsExactlyInAnyOrder(VPC.key(), tag.key());
    assertThat(stack.resources()).last().isSameAs(db);
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

  // ------------------------------------------------------------------------------ live

  @Test
  void apply_whenTheNodeCountIsRaised_resizesOnceReportsTheChangeAndTheNextApplySendsNoWrite() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      database(stack(env.client(), spec().numNodes(1)).apply(1));
      Stack raised = stack(env.client(), spec().numNodes(2));

      Plan plan = raised.planLive();
      ResourcePlan planned =
          plan.resource(ResourceKey.of(DatabaseClusterResource.KIND, "orders-db")).orElseThrow();
      AppliedResource applied = database(raised.apply(plan, 1, StackListener.NONE));
      long writesAfterResize = env.writes();
      ApplyResult again = raised.apply(1);

      assertThat(planned.lines())
          .containsExactly("~ database/orders-db (update in-place)", "    num_nodes: 1 → 2");
      assertThat(planned.operations())
          .contains(DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE)
          .doesNotContain(
              DatabasesOperations.DATABASES_CREATE_CLUSTER,
              DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES);
      assertThat(applied.outcome()).isEqualTo("updated");
      assertThat(applied.diff().changes())
          .containsExactly(FieldChange.updated("num_nodes", "1", "2"));
      assertThat(env.calls("databases_update_clusterSize")).hasSize(1);
      assertThat(FakeEnvironment.body(env.calls("databases_update_clusterSize").get(0)))
          .isEqualTo(FakeJson.object("size", "db-s-1vcpu-1gb", "num_nodes", 2L));
      assertThat(applied.status()).isEqualTo("online");
      assertThat(database(again).outcome()).isEqualTo("unchanged");
      assertThat(again.changedNothing()).isTrue();
      assertThat(env.writes()).isEqualTo(writesAfterResize);
      assertThat(env.databases().clusters().values())
          .singleElement()
          .satisfies(row -> assertThat(row.get("num_nodes")).isEqualTo(2L));
    }
  }

  @Test
  void planLive_whenAbsent_showsTheClusterWithItsUsersAndSettings_thenApplyCreatesThemOnce(
      @TempDir Path dir) {
    try (FakeEnvironment env = FakeEnvironment.start(new FakeDatabases().caPem(caPem))) {
      Stack stack =
          Stack.builder()
              .add(VPC)
              .add(
                  DatabaseClusterResource.builder(env.client(), "orders-db", spec())
                      .vpc(VPC)
                      .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build())
                      .connectionSettings("app", ClusterNetwork.PRIVATE, dir)
                      .build())
              .build();

      ResourcePlan planned = stack.planLive().resources().get(1);
      long writesWhilePlanning = env.writes();
      AppliedResource created = database(stack.apply(1));
      long writesAfterCreate = env.writes();
      ResourcePlan replanned = stack.planLive().resources().get(1);
      AppliedResource again = database(stack.apply(1));

      assertThat(writesWhilePlanning).isZero();
      assertThat(planned.action()).isEqualTo(Diff.Action.CREATE);
      assertThat(planned.diff().changes())
          .contains(
              FieldChange.created("engine", "pg"),
              FieldChange.created("private_network_uuid", VPC_ID),
              FieldChange.created("num_nodes", "1"),
              FieldChange.added("users", "app"),
              FieldChange.added("connection_settings", "app (private)"));
      assertThat(created.outcome()).isEqualTo("created");
      assertThat(created.diff().fields()).contains("users", "connection_settings");
      assertThat(created.output("host"))
          .contains("private-orders-db-do-user-1-0.db.ondigitalocean.com");
      assertThat(env.calls("databases_create_cluster")).hasSize(1);
      assertThat(env.calls("databases_add_user")).hasSize(1);
      assertThat(replanned.action()).isEqualTo(Diff.Action.NONE);
      assertThat(again.outcome()).isEqualTo("unchanged");
      assertThat(env.writes()).isEqualTo(writesAfterCreate);
      assertThat(created.diff().toString()).doesNotContain("fake-pw");
    }
  }

  @Test
  void planLive_whenAUserIsAddedToAnExistingCluster_plansOnlyThatUser() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      database(stack(env.client(), spec()).apply(1));
      Stack withUser =
          Stack.builder()
              .add(VPC)
              .add(
                  DatabaseClusterResource.builder(env.client(), "orders-db", spec())
                      .vpc(VPC)
                      .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, "app").build())
                      .build())
              .build();

      ResourcePlan planned = withUser.planLive().resources().get(1);
      AppliedResource applied = database(withUser.apply(1));

      assertThat(planned.lines())
          .containsExactly("~ database/orders-db (update in-place)", "    users: + app");
      assertThat(planned.operations())
          .contains(DatabasesOperations.DATABASES_ADD_USER)
          .doesNotContain(DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE);
      assertThat(applied.outcome()).isEqualTo("updated");
      assertThat(applied.diff().changes()).containsExactly(FieldChange.added("users", "app"));
      assertThat(env.calls("databases_add_user")).hasSize(1);
    }
  }

  @Test
  void apply_whenTheRegionChanged_isRefusedInThePlanAndSendsNothing() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      database(stack(env.client(), spec()).apply(1));
      long writesBefore = env.writes();
      Stack moved = stack(env.client(), spec().region("ams3").numNodes(2));

      Plan plan = moved.planLive();

      assertThat(plan.refused())
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.lines())
                      .contains("    num_nodes: 1 → 2")
                      .anySatisfy(line -> assertThat(line).contains("region: fra1 → ams3")));
      assertThatThrownBy(() -> moved.apply(plan, 1, StackListener.NONE))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("nothing was sent");
      assertThat(env.writes()).isEqualTo(writesBefore);
    }
  }
}
