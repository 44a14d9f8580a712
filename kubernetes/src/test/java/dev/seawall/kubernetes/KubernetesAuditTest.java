package dev.seawall.kubernetes;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Location;
import dev.seawall.kubernetes.cluster.KubernetesCluster;
import dev.seawall.kubernetes.cluster.KubernetesClusterService;
import dev.seawall.kubernetes.cluster.KubernetesClusterSpec;
import dev.seawall.kubernetes.cluster.NodePoolSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FactSource;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeKubernetes;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link KubernetesAudit} run by the full {@link Audit} against the fake with mixed clusters. */
class KubernetesAuditTest {
  private static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";
  private static final String PROD_VPC = "c33931f2-a26a-4e61-b85c-4e95a2ec431b";

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake -> fake.addResource(new FakeKubernetes()).addResource(new FakeVpcs()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private KubernetesCluster secure;
  private KubernetesCluster noSurge;
  private KubernetesCluster inDefault;
  private KubernetesCluster uncovered;
  private int setupCalls;

  private static KubernetesClusterSpec.Builder spec(String name, String vpc, String tag) {
    return KubernetesClusterSpec.builder()
        .name(name)
        .region("fra1")
        .vpcUuid(vpc)
        .addNodePool(NodePoolSpec.builder("workers").size("s-2vcpu-4gb").addTag(tag).build())
        .controlPlaneAllowedAddresses("203.0.113.0/24");
  }

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    FakeVpcs.seed(fake.state(), DEFAULT_VPC, "default-fra1", "fra1", "10.114.0.0/20", true);
    FakeVpcs.seed(fake.state(), PROD_VPC, "prod", "fra1", "10.10.0.0/20", false);
    KubernetesClusterService clusters = Kubernetes.clusters(client);
    secure = clusters.apply(spec("secure", PROD_VPC, "prod-nodes").build()).resource();
    noSurge = clusters.apply(spec("no-surge", PROD_VPC, "prod-nodes").build()).resource();
    fake.state().table(FakeKubernetes.TABLE).require(noSurge.id()).put("surge_upgrade", false);
    inDefault = clusters.apply(spec("in-default", DEFAULT_VPC, "prod-nodes").build()).resource();
    uncovered = clusters.apply(spec("uncovered", PROD_VPC, "batch").build()).resource();
    setupCalls = fake.calls().size();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private AuditResult audit() {
    return Audit.builder(client)
        .sources(
            List.of(
                new KubernetesAudit(),
                FactSource.of(
                    "networking",
                    Map.of(
                        AuditFact.DEFAULT_VPC_IDS, List.of(DEFAULT_VPC),
                        AuditFact.FIREWALL_DROPLET_IDS, List.of(),
                        AuditFact.FIREWALL_TAGS, List.of("prod-nodes")))))
        .build()
        .run();
  }

  private static String uri(KubernetesCluster cluster) {
    return Location.resource("kubernetes_cluster", cluster.id()).uri();
  }

  @Test
  void run_findsEachInsecureClusterOnceWithItsRuleAndLocation() {
    AuditResult result = audit();

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, Finding::resource, f -> f.location().uri())
        .containsExactlyInAnyOrder(
            tuple("SW-K8S-002", "kubernetes_cluster/no-surge", uri(noSurge)),
            tuple("SW-K8S-003", "kubernetes_cluster/in-default", uri(inDefault)),
            tuple("SW-DR-003", "kubernetes_cluster/uncovered.nodePools[workers]", uri(uncovered)));
    assertThat(result.report().findings())
        .extracting(f -> f.location().uri())
        .doesNotContain(uri(secure));
    assertThat(result.resources()).containsExactly(Map.entry("kubernetes_cluster", 4L));
    assertThat(result.report().remediation(result.report().findings().get(0)))
        .isIn(
            KubernetesRules.SW_K8S_002.auditRemediation(),
            KubernetesRules.SW_K8S_003.auditRemediation(),
            CoreRules.SW_DR_003.auditRemediation());
  }

  @Test
  void run_whenNoSourceListsFirewalls_skipsNodePoolCoverage() {
    AuditResult result =
        Audit.builder(client).sources(List.of(new KubernetesAudit())).build().run();

    assertThat(result.report().findings()).extracting(Finding::ruleId).doesNotContain("SW-DR-003");
    assertThat(result.skipped()).containsKey("node pool firewall coverage");
  }

  @Test
  void run_sendsOnlyTheDeclaredGets() {
    audit();

    List<FakeCall> calls = fake.calls().subList(setupCalls, fake.calls().size());
    assertThat(calls)
        .isNotEmpty()
        .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"))
        .extracting(FakeCall::operationId)
        .containsOnly(KubernetesOperations.KUBERNETES_LIST_CLUSTERS.operationId());
    assertThat(new KubernetesAudit().readOperations())
        .containsExactly(KubernetesOperations.KUBERNETES_LIST_CLUSTERS);
  }

  @Test
  void installedSources_includeThisSource() {
    assertThat(Audit.installedSources()).hasAtLeastOneElementOfType(KubernetesAudit.class);
  }
}
