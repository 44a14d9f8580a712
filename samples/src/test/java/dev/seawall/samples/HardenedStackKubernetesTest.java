package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.testkit.fakes.FakeFirewalls;
import dev.seawall.testkit.fakes.FakeKubernetes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HardenedStack} with {@code --with-kubernetes}: the optional DOKS cluster is created once
 * in the stack's VPC with every secure default, its control plane reachable only from the admin
 * range and its nodes covered by a firewall; a second run changes nothing.
 */
class HardenedStackKubernetesTest {
  @TempDir static Path output;

  private static SampleAppliedTwice applied;

  @BeforeAll
  static void applyTwice() {
    applied = SampleAppliedTwice.run(output, "--with-kubernetes");
  }

  @AfterAll
  static void close() {
    if (applied != null) {
      applied.close();
    }
  }

  @Test
  void withKubernetes_createsOneHardenedClusterInTheVpcBehindTheAdminRange() {
    assertThat(applied.first().status()).as(applied.first().err()).isZero();
    List<Map<String, Object>> clusters =
        applied.fake().state().table(FakeKubernetes.TABLE).values();
    assertThat(clusters).hasSize(1);
    Map<String, Object> cluster = clusters.get(0);
    assertThat(cluster.get("name")).isEqualTo("seawall-demo-k8s");
    assertThat(cluster.get("auto_upgrade")).isEqualTo(true);
    assertThat(cluster.get("surge_upgrade")).isEqualTo(true);
    assertThat(cluster.get("ha")).isEqualTo(true);
    assertThat(cluster.get("control_plane_firewall"))
        .isEqualTo(
            Map.of(
                "enabled", true, "allowed_addresses", List.of(SampleOptions.DEFAULT_ADMIN_CIDR)));
    String vpc = (String) cluster.get("vpc_uuid");
    assertThat(applied.fake().state().table("vpcs").require(vpc).get("name"))
        .isEqualTo("seawall-demo-vpc");
    assertThat(applied.fake().state().table(FakeFirewalls.TABLE).values())
        .anySatisfy(
            firewall -> {
              assertThat(firewall.get("name")).isEqualTo("seawall-demo-nodes");
              assertThat(List.<Object>copyOf((List<?>) firewall.get("tags")))
                  .containsExactly("seawall-demo-nodes");
            });
  }

  @Test
  void withKubernetes_secondRun_sendsNoWrite() {
    assertThat(applied.second().status()).isZero();
    assertThat(applied.secondCalls())
        .isNotEmpty()
        .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
  }
}
