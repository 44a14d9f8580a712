package dev.seawall.cli.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.networking.loadbalancer.EntryProtocol;
import dev.seawall.networking.loadbalancer.ForwardingRule;
import dev.seawall.networking.loadbalancer.TargetProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The mappers read what the plan holds, as the modules' read models and auditor inputs. */
class PlanMappersTest {
  private static List<PlanResource> plan(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            PlanMappersTest.class.getResourceAsStream("/terraform/scan/" + name), name)) {
      return PlanResources.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static PlanResource first(List<PlanResource> resources, String type) {
    return resources.stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void loadBalancer_keepsTcpRulesAndTheCertificateIdAsObserved() throws IOException {
    List<PlanResource> resources = plan("loadbalancer_tcp.plan.json");
    PlanResource lb = first(resources, "digitalocean_loadbalancer");

    List<ForwardingRule> rules =
        LoadBalancerMapper.toModel(lb, PlanFacts.of(resources)).forwardingRules();

    assertThat(rules)
        .containsExactly(
            ForwardingRule.observed(
                EntryProtocol.TCP, 5432, TargetProtocol.TCP, 5432, "", "", false),
            ForwardingRule.observed(
                EntryProtocol.HTTPS,
                443,
                TargetProtocol.HTTP,
                8080,
                "",
                "892071a0-bb95-49bc-8021-3afd67a210bf",
                false),
            ForwardingRule.http(80, 8080));
    assertThat(rules.get(1).certificateName()).as("known only after apply").isEmpty();
  }

  @Test
  void droplet_sshKeys_knownValuesAndReferencesKnownOnlyAfterApply() throws IOException {
    PlanResource constant = first(plan("droplet.secure.plan.json"), "digitalocean_droplet");
    PlanResource referenced =
        first(plan("droplet_ssh_keys.secure.plan.json"), "digitalocean_droplet");
    PlanResource none = first(plan("droplet_ssh_keys.insecure.plan.json"), "digitalocean_droplet");

    assertThat(DropletMapper.sshKeys(constant))
        .containsExactly("3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa");
    assertThat(DropletMapper.sshKeys(referenced)).containsExactly(PlanFacts.KNOWN_AFTER_APPLY);
    assertThat(DropletMapper.sshKeys(none)).isEmpty();
  }

  @Test
  void kubernetesCluster_readsTheProviderAttributesAndJudgesOnlyWhatIsKnown() throws IOException {
    List<PlanResource> insecure = plan("kubernetes_cluster.insecure.plan.json");
    PlanFacts facts = PlanFacts.of(insecure);
    var prod = KubernetesMapper.cluster(first(insecure, "digitalocean_kubernetes_cluster"), facts);

    assertThat(prod.name()).isEqualTo("prod");
    assertThat(prod.autoUpgrade()).as("not set: the API's default, off").contains(false);
    assertThat(prod.surgeUpgrade()).contains(false);
    assertThat(prod.ha()).contains(false);
    assertThat(prod.registryEnabled()).contains(true);
    assertThat(prod.vpcUuid()).as("not set").contains(KubernetesMapper.REGION_DEFAULT_VPC);
    assertThat(prod.maintenanceWindow().orElseThrow().day())
        .isEqualTo(dev.seawall.kubernetes.cluster.MaintenanceDay.ANY);
    assertThat(prod.controlPlaneFirewall().orElseThrow().allowedAddresses())
        .containsExactly("0.0.0.0/0");
    assertThat(prod.nodePools())
        .singleElement()
        .satisfies(
            pool -> {
              assertThat(pool.name()).isEqualTo("workers");
              assertThat(pool.count()).isEqualTo(3);
              assertThat(pool.tags()).containsExactly("web");
            });
    PlanResource batch = first(insecure, "digitalocean_kubernetes_node_pool");
    assertThat(KubernetesMapper.clusterName(batch, facts)).isEqualTo("prod");

    List<PlanResource> secure = plan("kubernetes_cluster.secure.plan.json");
    var main =
        KubernetesMapper.cluster(
            first(secure, "digitalocean_kubernetes_cluster"), PlanFacts.of(secure));
    assertThat(main.vpcUuid()).as("a reference to the plan's VPC").contains("digitalocean_vpc.app");
    assertThat(main.autoUpgrade()).contains(true);
    assertThat(main.controlPlaneFirewall().orElseThrow().enabled()).isTrue();
  }
}
