package dev.seawall.kubernetes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each SW-K8S rule: the builder refuses the risky case and accepts it with a justification. */
class KubernetesClusterSpecTest {
  static final String VPC = "c33931f2-a26a-4e61-b85c-4e95a2ec431b";
  static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";
  private static final Justification WHY =
      Justification.of("OPS-42: accepted by the platform team");

  static KubernetesClusterSpec.Builder secure() {
    return KubernetesClusterSpec.builder()
        .name("prod")
        .region("fra1")
        .vpcUuid(VPC)
        .addNodePool(
            NodePoolSpec.builder("workers").size("s-2vcpu-4gb").addTag("prod-nodes").build())
        .controlPlaneAllowedAddresses("203.0.113.0/24");
  }

  private static List<String> ruleIds(KubernetesClusterSpec.Builder builder) {
    return builder.validate().fold(v -> v.map(Violation::ruleId).toJavaList(), spec -> List.of());
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("SW-K8S-001", b -> b, b -> b.disableAutoUpgrade(WHY)),
        rule("SW-K8S-002", b -> b, b -> b.disableSurgeUpgrade(WHY)),
        rule(
            "SW-K8S-003",
            b ->
                KubernetesClusterSpec.builder()
                    .name("prod")
                    .region("fra1")
                    .addNodePool(NodePoolSpec.builder("workers").size("s-2vcpu-4gb").build())
                    .controlPlaneAllowedAddresses("203.0.113.0/24"),
            b -> b.inDefaultVpc(WHY)),
        rule(
            "SW-K8S-004",
            b -> b.controlPlaneAllowedAddresses(List.of()),
            b -> b.disableControlPlaneFirewall(WHY)),
        rule(
            "SW-K8S-005",
            b -> b.addControlPlaneAllowedAddress("0.0.0.0/0"),
            b -> b.allowInternetWideControlPlane("0.0.0.0/0", WHY)),
        rule("SW-K8S-006", b -> b, b -> b.singleControlPlane(WHY)),
        rule(
            "SW-K8S-007",
            b -> b.maintenanceWindow(MaintenanceDay.ANY, LocalTime.of(3, 0)),
            b -> b.maintenanceOnAnyDay(LocalTime.of(3, 0), WHY)),
        rule("SW-K8S-008", b -> b, b -> b.integrateRegistry(WHY)));
  }

  private static Arguments rule(
      String id,
      UnaryOperator<KubernetesClusterSpec.Builder> risky,
      UnaryOperator<KubernetesClusterSpec.Builder> optOut) {
    return Arguments.of(id, risky, optOut);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_whenRiskyWithoutJustification_refusesWithTheRuleAndAcceptsTheOptOut(
      String id,
      UnaryOperator<KubernetesClusterSpec.Builder> risky,
      UnaryOperator<KubernetesClusterSpec.Builder> optOut) {
    // the risky value without its opt-out is refused; for rules whose opt-out is the only way to
    // set the value (auto_upgrade, surge_upgrade, ha, registry) the builder cannot express it, so
    // the secure default is what a spec without the opt-out holds, and the audit agrees
    KubernetesClusterSpec.Builder refused = risky.apply(secure());
    if (ruleIds(refused).isEmpty()) {
      KubernetesClusterSpec plain = refused.build();
      assertThat(plain.acknowledgedRisks()).isEmpty();
      assertThat(
              new KubernetesClusterAuditor()
                  .withDefaultVpcs(List.of(DEFAULT_VPC))
                  .audit(model(plain)))
          .extracting(Violation::ruleId)
          .doesNotContain(id);
    } else {
      assertThat(ruleIds(refused)).containsExactly(id);
    }

    KubernetesClusterSpec spec = optOut.apply(risky.apply(secure())).build();
    assertThat(spec.acknowledgedRisks()).extracting(AcknowledgedRisk::ruleId).containsExactly(id);
    assertThat(
            new KubernetesClusterAuditor().withDefaultVpcs(List.of(DEFAULT_VPC)).audit(model(spec)))
        .extracting(Violation::ruleId)
        .containsExactly(id);
  }

  /** A read model holding what the spec would create. */
  static KubernetesCluster model(KubernetesClusterSpec spec) {
    return new KubernetesCluster(
        "bd5f5959-5e1e-4205-a714-a914373942af",
        spec.name(),
        spec.region(),
        "1.31.1-do.0",
        java.util.Optional.of(spec.vpcUuid().orElse(DEFAULT_VPC)),
        spec.tags(),
        List.of(),
        java.util.Optional.of(spec.maintenanceWindow()),
        java.util.Optional.of(spec.autoUpgrade()),
        java.util.Optional.of(spec.surgeUpgrade()),
        java.util.Optional.of(spec.ha()),
        java.util.Optional.of(spec.registryIntegration()),
        java.util.Optional.of(
            new KubernetesCluster.ControlPlaneFirewall(
                spec.controlPlaneFirewall(),
                spec.controlPlaneAllowedAddresses().stream().map(Object::toString).toList())),
        "running",
        java.util.Optional.empty(),
        java.util.Optional.empty());
  }

  @Test
  void build_whenSecure_hasEveryDefaultAndNoRisk() {
    KubernetesClusterSpec spec = secure().build();

    assertThat(spec.version()).isEqualTo(KubernetesClusterSpec.LATEST);
    assertThat(spec.autoUpgrade()).isTrue();
    assertThat(spec.surgeUpgrade()).isTrue();
    assertThat(spec.ha()).isTrue();
    assertThat(spec.controlPlaneFirewall()).isTrue();
    assertThat(spec.registryIntegration()).isFalse();
    assertThat(spec.maintenanceWindow()).isEqualTo(MaintenanceWindow.DEFAULT);
    assertThat(spec.acknowledgedRisks()).isEmpty();
    assertThat(new KubernetesClusterAuditor().audit(model(spec))).isEmpty();
  }

  @Test
  void validate_whenManyProblems_reportsEveryOneAtOnce() {
    KubernetesClusterSpec.Builder builder =
        KubernetesClusterSpec.builder()
            .name("Bad_Name")
            .region("")
            .version("1.31")
            .addControlPlaneAllowedAddress("0.0.0.0/0")
            .addControlPlaneAllowedAddress("not-an-address");

    assertThat(ruleIds(builder))
        .contains("SW-INPUT-001", "SW-K8S-003", "SW-K8S-005")
        .hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void allowInternetWideControlPlane_whenAnotherWideRangeIsGiven_stillRefusesThatOne() {
    KubernetesClusterSpec.Builder builder =
        secure()
            .allowInternetWideControlPlane("0.0.0.0/0", WHY)
            .addControlPlaneAllowedAddress("::/0");

    assertThat(builder.validate().getError().map(Violation::resource).toJavaList())
        .containsExactly("kubernetes_cluster/prod.controlPlaneAllowedAddresses[2]");
  }

  @Test
  void toBuilder_whenRebuilt_keepsTheOptOuts() {
    KubernetesClusterSpec spec =
        secure().allowInternetWideControlPlane("0.0.0.0/0", WHY).disableSurgeUpgrade(WHY).build();

    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }
}
