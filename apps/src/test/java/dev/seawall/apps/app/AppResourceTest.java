package dev.seawall.apps.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.testing.FakeEnvironment;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link AppResource} in a stack, bound to a database cluster of the stack. */
class AppResourceTest {
  private FakeEnvironment env;
  private String clusterId;
  private final String secret = FakeEnvironment.generatedSecret();

  /**
   * Stands in for the databases module's cluster resource (apps does not depend on databases): a
   * cluster of kind {@code database} that exists already.
   */
  private record ExistingCluster(String name, String id) implements StackResource {
    @Override
    public ResourceKey key() {
      return ResourceKey.of("database", name);
    }

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
      return new ResourcePlan(key(), Diff.NONE, Optional.of(id), Map.of(), List.of());
    }

    @Override
    public AppliedResource apply(StackContext context) {
      return AppliedResource.of(key(), id, "online", Diff.NONE);
    }
  }

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    clusterId = env.createCluster("orders-db");
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private Stack stack() {
    ExistingCluster cluster = new ExistingCluster("orders-db", clusterId);
    AppResource app =
        AppResource.builder(
                env.client(),
                "orders",
                AppSpec.builder()
                    .region("fra")
                    .addComponent(
                        AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                            .withEnv(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL"))
                            .withEnv(EnvVar.secret("STRIPE_API_KEY", secret))))
            .database(cluster, "db", "PG", "orders", "orders_app")
            .build();
    return Stack.builder().add(cluster).add(app).build();
  }

  @Test
  void planLive_whenAppIsNew_showsTheCreateAndTheTrustedSourceKnownAfterApply() {
    Plan plan = stack().planLive();

    ResourcePlan app = plan.resource(ResourceKey.of("app", "orders")).orElseThrow();
    assertThat(app.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(app.diff().toString())
        .contains("trusted_sources")
        .contains("database/orders-db: app (known after apply)");
    assertThat(app.operations())
        .extracting(Operation::operationId)
        .contains("apps_create", "databases_update_firewall_rules");
  }

  @Test
  void apply_bindsTheDatabaseAndAddsTheAppToItsTrustedSourcesKeepingTheOthers() {
    ApplyResult result = stack().apply(1);

    assertThat(result.succeeded()).isTrue();
    AppliedResource app =
        result.applied().stream()
            .filter(a -> a.key().kind().equals("app"))
            .findFirst()
            .orElseThrow();
    assertThat(app.created()).isTrue();
    assertThat(app.diff().toString()).contains("database/orders-db: app " + app.id());
    assertThat(env.databases().rules(clusterId))
        .extracting(r -> r.get("type") + ":" + r.get("value"))
        .containsExactlyInAnyOrder("tag:web", "app:" + app.id());
    assertThat(env.calls("apps_create").get(0).body())
        .contains("\"cluster_name\":\"orders-db\"")
        .contains("\"${db.DATABASE_URL}\"");
  }

  @Test
  void apply_twice_theSecondPlansAndSendsNothing() {
    stack().apply(1);
    long writes = env.writes();

    Plan plan = stack().planLive();
    ApplyResult again = stack().apply(1);

    assertThat(plan.hasChanges()).as(plan.render()).isFalse();
    assertThat(again.changedNothing()).isTrue();
    assertThat(env.writes()).isEqualTo(writes);
  }

  @Test
  void database_whenReferenceIsNotADatabase_isRefused() {
    StackResource notADatabase =
        AppResource.of(
            env.client(),
            AppSpec.builder()
                .name("other")
                .addComponent(AppComponent.worker("worker", ImageSource.docr("worker", "1")))
                .build());

    assertThatThrownBy(
            () ->
                AppResource.builder(env.client(), "orders", AppSpec.builder())
                    .database(notADatabase, "db", "PG"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind database");
  }
}
