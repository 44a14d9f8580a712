package dev.seawall.kubernetes.cluster;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeKubernetes;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cluster stack resource: a live plan shows the diff (with {@code latest} resolved), an apply
 * reports created, updated and unchanged, and sends nothing when nothing differs.
 */
class KubernetesClusterStackTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake -> fake.addResource(new FakeKubernetes()).addResource(new FakeVpcs()));

  private static final ResourceKey PROD = ResourceKey.of(KubernetesClusterResource.KIND, "prod");

  private FakeDigitalOcean fake;
  private DigitalOcean client;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    FakeVpcs.seed(
        fake.state(), KubernetesClusterSpecTest.VPC, "prod", "fra1", "10.10.0.0/20", false);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private Stack stack(KubernetesClusterSpec.Builder spec) {
    return Stack.builder()
        .add(KubernetesClusterResource.builder(client, "prod", spec).build())
        .build();
  }

  private long writes() {
    return fake.calls().stream().map(FakeCall::method).filter(m -> !m.equals("GET")).count();
  }

  @Test
  void planAndApply_whenAbsentThenChanged_createThenUpdateThenChangeNothing() {
    Plan first = stack(KubernetesClusterSpecTest.secure()).planLive();

    assertThat(first.resource(PROD).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(first.resource(PROD).orElseThrow().diff().changes())
        .contains(
            FieldChange.created("version", "1.31.2-do.0"),
            FieldChange.created("maintenance_policy", "sunday 03:00"));
    assertThat(first.render()).contains("1.31.2-do.0").doesNotContain("latest");
    assertThat(first.requiredScopes())
        .contains("kubernetes:read", "kubernetes:create")
        .doesNotContain("kubernetes:access_cluster");
    assertThat(writes()).isZero();

    ApplyResult created =
        stack(KubernetesClusterSpecTest.secure()).apply(first, 1, StackListener.NONE);
    assertThat(created.applied())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo("created");
              assertThat(a.output("version")).contains("1.31.2-do.0");
              assertThat(a.output("cluster_tag")).contains("k8s:" + a.id());
            });

    KubernetesClusterSpec.Builder saturday =
        KubernetesClusterSpecTest.secure()
            .maintenanceWindow(MaintenanceDay.SATURDAY, LocalTime.of(2, 0));
    Plan moved = stack(saturday).planLive();
    assertThat(moved.resource(PROD).orElseThrow().diff().changes())
        .containsExactly(
            FieldChange.updated("maintenance_policy", "sunday 03:00", "saturday 02:00"));
    assertThat(moved.requiredScopes()).contains("kubernetes:update");
    ApplyResult updated = stack(saturday).apply(moved, 1, StackListener.NONE);
    assertThat(updated.applied().get(0).outcome()).isEqualTo("updated");

    long before = writes();
    Plan same =
        stack(
                KubernetesClusterSpecTest.secure()
                    .maintenanceWindow(MaintenanceDay.SATURDAY, LocalTime.of(2, 0)))
            .planLive();
    assertThat(same.hasChanges()).isFalse();
    assertThat(same.requiredScopes()).containsExactly("kubernetes:read");
    ApplyResult again =
        stack(
                KubernetesClusterSpecTest.secure()
                    .maintenanceWindow(MaintenanceDay.SATURDAY, LocalTime.of(2, 0)))
            .apply(same, 1, StackListener.NONE);
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.applied().get(0).outcome()).isEqualTo("unchanged");
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void planLive_whenTheRegionWouldChange_isRefusedWithoutWriting() {
    stack(KubernetesClusterSpecTest.secure())
        .apply(stack(KubernetesClusterSpecTest.secure()).planLive(), 1, StackListener.NONE);
    long before = writes();

    Plan moved = stack(KubernetesClusterSpecTest.secure().region("ams3")).planLive();

    assertThat(moved.refused()).extracting(r -> r.key()).containsExactly(PROD);
    assertThat(moved.resource(PROD).orElseThrow().diff().changes())
        .extracting(FieldChange::field, FieldChange::effect)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("region", FieldChange.Effect.REFUSED));
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void tags_areTheTagsEveryNodeCarries() {
    KubernetesClusterResource cluster =
        KubernetesClusterResource.builder(
                client,
                "prod",
                KubernetesClusterSpecTest.secure()
                    .addNodePool(
                        NodePoolSpec.builder("batch")
                            .size("s-2vcpu-4gb")
                            .addTag("prod-nodes")
                            .addTag("batch")
                            .build()))
            .build();

    assertThat(cluster.tags()).containsExactlyInAnyOrder("prod-nodes", "k8s", "k8s:worker");
    assertThat(List.copyOf(cluster.tags())).doesNotContain("batch");
  }
}
