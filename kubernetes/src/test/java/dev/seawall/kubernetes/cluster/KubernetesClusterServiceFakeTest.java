package dev.seawall.kubernetes.cluster;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.kubernetes.Kubernetes;
import dev.seawall.kubernetes.KubernetesOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeKubernetes;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KubernetesClusterService} against the stateful fake; every request is validated against
 * the official specification.
 */
class KubernetesClusterServiceFakeTest {
  private static final List<String> TOKENS = new ArrayList<>();

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeKubernetes().onToken(TOKENS::add))
                  .addResource(new FakeVpcs()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private KubernetesClusterService clusters;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.clusters = Kubernetes.clusters(client);
    FakeVpcs.seed(
        fake.state(), KubernetesClusterSpecTest.VPC, "prod", "fra1", "10.10.0.0/20", false);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private List<FakeCall> writesSince(int calls) {
    return fake.calls().subList(calls, fake.calls().size()).stream()
        .filter(call -> !call.method().equals("GET"))
        .toList();
  }

  @Test
  void stackApply_whenCreated_outputsTheUrnProjectsAssign() {
    dev.seawall.core.stack.ApplyResult result =
        dev.seawall.core.stack.Stack.builder()
            .add(KubernetesClusterResource.of(client, KubernetesClusterSpecTest.secure().build()))
            .build()
            .apply(1);

    assertThat(result.applied())
        .singleElement()
        .satisfies(
            cluster -> assertThat(cluster.output("urn")).contains("do:kubernetes:" + cluster.id()));
  }

  @Test
  void create_whenSecureSpec_sendsEverySecureDefaultAndTheResolvedVersion() {
    Applied<KubernetesCluster> applied = clusters.apply(KubernetesClusterSpecTest.secure().build());

    FakeCall create =
        fake.calls(KubernetesOperations.KUBERNETES_CREATE_CLUSTER.operationId()).get(0);
    assertThat(FakeJson.parse(create.body()))
        .isEqualTo(
            FakeJson.parse(
                """
                {"name":"prod","region":"fra1","version":"1.31.2-do.0",
                 "vpc_uuid":"c33931f2-a26a-4e61-b85c-4e95a2ec431b",
                 "node_pools":[{"size":"s-2vcpu-4gb","name":"workers","count":3,
                   "tags":["prod-nodes"],"labels":{},"taints":[],"auto_scale":false}],
                 "auto_upgrade":true,"surge_upgrade":true,"ha":true,
                 "maintenance_policy":{"day":"sunday","start_time":"03:00"},
                 "control_plane_firewall":{"enabled":true,"allowed_addresses":["203.0.113.0/24"]}}
                """));
    assertThat(applied.created()).isTrue();
    assertThat(applied.diff().changes())
        .extracting(c -> c.field() + "=" + c.after().orElse(""))
        .contains("version=1.31.2-do.0", "ha=true", "auto_upgrade=true");
    assertThat(applied.resource().state()).isEqualTo("running");
    assertThat(new KubernetesClusterAuditor().audit(applied.resource())).isEmpty();
  }

  @Test
  void apply_whenRepeated_createsOnceThenSendsNoWrite() {
    KubernetesClusterSpec spec = KubernetesClusterSpecTest.secure().build();
    clusters.apply(spec);
    int calls = fake.calls().size();

    Applied<KubernetesCluster> second = clusters.apply(spec);

    assertThat(second.diff().isNone()).isTrue();
    assertThat(writesSince(calls)).isEmpty();
    assertThat(fake.callCount(KubernetesOperations.KUBERNETES_CREATE_CLUSTER)).isEqualTo(1);
  }

  @Test
  void apply_whenVersionChangesToAnAvailableUpgrade_upgradesOnly() {
    KubernetesClusterSpec spec = KubernetesClusterSpecTest.secure().version("1.31.1-do.0").build();
    clusters.apply(spec);
    int calls = fake.calls().size();

    Applied<KubernetesCluster> upgraded = clusters.apply(spec.withVersion("1.31.2-do.0"));

    assertThat(upgraded.diff().action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(upgraded.diff().fields()).containsExactly("version");
    assertThat(writesSince(calls))
        .extracting(FakeCall::operationId)
        .containsExactly("kubernetes_upgrade_cluster");
    assertThat(upgraded.resource().version()).isEqualTo("1.31.2-do.0");
  }

  @Test
  void apply_whenVersionIsNotAnAvailableUpgrade_refusesAndSendsNothing() {
    KubernetesClusterSpec spec = KubernetesClusterSpecTest.secure().version("1.31.1-do.0").build();
    clusters.apply(spec);
    int calls = fake.calls().size();

    assertThatThrownBy(() -> clusters.apply(spec.withVersion("1.30.5-do.0")))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("version");
    assertThat(writesSince(calls)).isEmpty();
  }

  @Test
  void apply_whenRegionOrVpcChanges_refusesAndSendsNothing() {
    KubernetesClusterSpec spec = KubernetesClusterSpecTest.secure().build();
    clusters.apply(spec);
    int calls = fake.calls().size();

    assertThatThrownBy(() -> clusters.apply(spec.toBuilder().region("nyc1").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(
            () -> clusters.apply(spec.withVpcUuid("5a4981aa-9653-4bd1-bef5-d6bff52042e4")))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("vpc_uuid");
    assertThat(writesSince(calls)).isEmpty();
  }

  @Test
  void apply_whenNodePoolsAndSettingsChange_updatesInPlaceWithNodePoolOperations() {
    KubernetesClusterSpec spec = KubernetesClusterSpecTest.secure().build();
    clusters.apply(spec);
    int calls = fake.calls().size();
    KubernetesClusterSpec changed =
        spec.toBuilder()
            .nodePools(
                List.of(
                    NodePoolSpec.builder("workers")
                        .size("s-2vcpu-4gb")
                        .autoscale(2, 5)
                        .addTag("prod-nodes")
                        .build(),
                    NodePoolSpec.builder("ingress")
                        .size("s-1vcpu-2gb")
                        .count(2)
                        .addTaint(new Taint("dedicated", "ingress", Taint.Effect.NoSchedule))
                        .putLabel("role", "ingress")
                        .build()))
            .controlPlaneAllowedAddresses("203.0.113.0/24", "198.51.100.7")
            .build();

    Applied<KubernetesCluster> applied = clusters.apply(changed);

    assertThat(applied.diff().action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(writesSince(calls))
        .extracting(FakeCall::operationId)
        .containsExactly(
            "kubernetes_update_cluster", "kubernetes_update_nodePool", "kubernetes_add_nodePool");
    assertThat(clusters.diff(changed, clusters.find("prod")).isNone()).isTrue();
  }

  @Test
  void kubeconfig_whenFetched_isShortLivedOwnerOnlyAndNeverShown(@TempDir Path dir)
      throws Exception {
    KubernetesCluster cluster =
        clusters.apply(KubernetesClusterSpecTest.secure().build()).resource();
    PrintStream err = System.err;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    Kubeconfig kubeconfig;
    try {
      System.setErr(new PrintStream(logs, true, "UTF-8"));
      kubeconfig = clusters.kubeconfig(cluster.id(), Duration.ofMinutes(30));
    } finally {
      System.setErr(err);
    }
    String token = TOKENS.get(TOKENS.size() - 1);

    FakeCall call =
        fake.calls(KubernetesOperations.KUBERNETES_GET_CREDENTIALS.operationId()).get(0);
    assertThat(call.query()).contains("expiry_seconds=1800");
    assertThat(kubeconfig.yaml()).contains(token);
    assertThat(kubeconfig.toString()).doesNotContain(token).contains("(sensitive)");
    assertThat(logs.toString("UTF-8")).doesNotContain(token);
    Path file = kubeconfig.writeTo(dir.resolve("kube/prod.yaml"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThatThrownBy(() -> clusters.kubeconfig(cluster.id(), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void delete_whenRepeated_succeeds() {
    KubernetesCluster cluster =
        clusters.apply(KubernetesClusterSpecTest.secure().build()).resource();

    assertThat(clusters.delete(cluster.id())).isEqualTo(Deletion.DELETED);
    assertThat(clusters.delete(cluster.id())).isEqualTo(Deletion.ALREADY_DELETED);
  }

  @Test
  void audit_whenClusterIsInsecure_flagsEveryRule() {
    KubernetesCluster cluster =
        clusters.apply(KubernetesClusterSpecTest.secure().build()).resource();
    Map<String, @org.jspecify.annotations.Nullable Object> row =
        fake.state().table(FakeKubernetes.TABLE).require(cluster.id());
    row.put("auto_upgrade", false);
    row.put("surge_upgrade", false);
    row.put("ha", false);
    row.put("registry_enabled", true);
    row.put("maintenance_policy", FakeJson.object("start_time", "00:00", "day", "any"));
    row.put(
        "control_plane_firewall",
        FakeJson.object("enabled", true, "allowed_addresses", List.of("0.0.0.0/0")));

    assertThat(
            new KubernetesClusterAuditor()
                .withFirewallCoverage(List.of("web"), List.of())
                .audit(clusters.get(cluster.id())))
        .extracting(v -> v.ruleId())
        .containsExactlyInAnyOrder(
            "SW-K8S-001",
            "SW-K8S-002",
            "SW-K8S-005",
            "SW-K8S-006",
            "SW-K8S-007",
            "SW-K8S-008",
            "SW-DR-003");
    assertThat(
            new KubernetesClusterAuditor()
                .withFirewallCoverage(List.of(cluster.clusterTag()), List.of())
                .audit(clusters.get(cluster.id())))
        .extracting(v -> v.ruleId())
        .doesNotContain("SW-DR-003");
  }
}
