package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.Stack;
import dev.seawall.kubernetes.cluster.KubernetesClusterResource;
import dev.seawall.kubernetes.cluster.KubernetesClusterSpec;
import dev.seawall.kubernetes.cluster.NodePoolSpec;
import dev.seawall.networking.firewall.FirewallCoverageRule;
import dev.seawall.networking.firewall.FirewallResource;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundPreset;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Node pools are droplets: the stack's firewall coverage rule (networking) sees a real Kubernetes
 * cluster resource (kubernetes) through its kind and the tags all its nodes carry. Offline plans:
 * nothing is sent.
 */
class KubernetesFirewallCoverageTest {
  private final DigitalOcean offline =
      DigitalOcean.builder().token(TestClients.TOKEN).baseUrl("http://127.0.0.1:9").build();

  @AfterEach
  void tearDown() {
    offline.close();
  }

  private Plan plan(String firewallTag, String... secondPoolTags) {
    VpcResource vpc =
        VpcResource.of(
            offline, VpcSpec.builder().name("prod").region("fra1").ipRange("10.10.0.0/20").build());
    NodePoolSpec.Builder batch = NodePoolSpec.builder("batch").size("s-2vcpu-4gb");
    for (String tag : secondPoolTags) {
      batch.addTag(tag);
    }
    KubernetesClusterResource cluster =
        KubernetesClusterResource.builder(
                offline,
                "prod",
                KubernetesClusterSpec.builder()
                    .region("fra1")
                    .addNodePool(
                        NodePoolSpec.builder("workers")
                            .size("s-2vcpu-4gb")
                            .addTag("prod-nodes")
                            .build())
                    .addNodePool(batch.build())
                    .controlPlaneAllowedAddresses("203.0.113.0/24"))
            .vpc(vpc)
            .build();
    FirewallResource firewall =
        FirewallResource.builder(
                offline,
                "nodes",
                FirewallSpec.builder()
                    .tags(firewallTag)
                    .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses("203.0.113.10/32")))
                    .outbound(OutboundPreset.DNS_AND_HTTPS))
            .build();
    return Stack.builder()
        .add(vpc)
        .add(cluster)
        .add(firewall)
        .rule(new FirewallCoverageRule())
        .build()
        .plan();
  }

  @Test
  void plan_whenAFirewallCoversATagEveryPoolCarries_reportsNoCoverageFinding() {
    assertThat(plan("prod-nodes", "prod-nodes", "batch").violations())
        .extracting(Violation::ruleId)
        .doesNotContain("SW-DR-003");
    assertThat(plan("k8s:worker", "batch").violations())
        .extracting(Violation::ruleId)
        .doesNotContain("SW-DR-003");
  }

  @Test
  void plan_whenTheFirewallCoversOnlyOnePool_reportsSwDr003OnTheCluster() {
    Plan plan = plan("prod-nodes", "batch");

    assertThat(plan.violations())
        .filteredOn(v -> v.ruleId().equals("SW-DR-003"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.resource()).isEqualTo("kubernetes_cluster/prod");
              assertThat(v.message()).contains("[k8s, k8s:worker]");
            });
    assertThat(plan.isValid()).isFalse();
  }
}
