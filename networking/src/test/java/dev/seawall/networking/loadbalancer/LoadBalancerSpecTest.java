package dev.seawall.networking.loadbalancer;

import static dev.seawall.networking.loadbalancer.LoadBalancers.VPC;
import static dev.seawall.networking.loadbalancer.LoadBalancers.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerSpecTest {

  private static List<String> problems(LoadBalancerSpec.Builder builder) {
    var result = builder.validate();
    assertThat(result.isInvalid()).as("spec refused").isTrue();
    return result.getError().map(v -> v.ruleId() + " " + v.resource()).asJava();
  }

  @Test
  void build_whenMinimal_hasDocumentedDefaults() {
    LoadBalancerSpec spec = base().build();

    assertThat(spec.sizeUnit()).isEqualTo(1);
    assertThat(spec.size()).isEmpty();
    assertThat(spec.healthCheck()).isEqualTo(HealthCheck.DEFAULT);
    assertThat(spec.stickySessions()).isEqualTo(StickySessions.none());
    assertThat(spec.redirectHttpToHttps()).isFalse();
    assertThat(spec.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.STRONG);
    assertThat(spec.httpIdleTimeoutSeconds()).isEqualTo(60);
    assertThat(spec.firewall().isOpen()).isTrue();
    assertThat(spec.network()).isEqualTo(LoadBalancerNetwork.EXTERNAL);
    assertThat(spec.networkStack()).isEqualTo(NetworkStack.IPV4);
    assertThat(spec.certificateNames()).containsExactly("web-cert");
  }

  @Test
  void validate_whenEverythingMissing_reportsEveryProblemAtOnce() {
    List<String> problems = problems(LoadBalancerSpec.builder());

    assertThat(problems)
        .containsExactly(
            "SW-INPUT-001 load_balancer/(unnamed).name",
            "SW-INPUT-001 load_balancer/(unnamed).region",
            "SW-INPUT-001 load_balancer/(unnamed).tag",
            "SW-INPUT-001 load_balancer/(unnamed).forwardingRules",
            "SW-LB-004 load_balancer/(unnamed).vpcUuid");
  }

  @Test
  void validate_whenValuesMalformed_reportsEachField() {
    List<String> problems =
        problems(
            base()
                .name("-bad")
                .region("New York")
                .sizeUnit(101)
                .httpIdleTimeoutSeconds(29)
                .vpcUuid("not-a-uuid")
                .tag("bad tag"));

    assertThat(problems)
        .containsExactly(
            "SW-INPUT-001 load_balancer/-bad.name",
            "SW-INPUT-001 load_balancer/-bad.region",
            "SW-INPUT-001 load_balancer/-bad.sizeUnit",
            "SW-INPUT-001 load_balancer/-bad.tag",
            "SW-INPUT-001 load_balancer/-bad.httpIdleTimeoutSeconds",
            "SW-INPUT-001 load_balancer/-bad.vpcUuid");
  }

  @Test
  void validate_whenTagAndDropletIds_refusedAsMutuallyExclusive() {
    var result = base().dropletIds(3164444L, 3164445L).validate();

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().head().message()).contains("mutually exclusive");
  }

  @Test
  void build_whenDropletIdsInsteadOfTag_keepsThemWithoutDuplicates() {
    LoadBalancerSpec spec =
        base().tag("").dropletIds(3164444L, 3164445L).addDropletId(3164444L).build();

    assertThat(spec.dropletIds()).containsExactly(3164444L, 3164445L);
    assertThat(spec.tag()).isEmpty();
  }

  @Test
  void validate_whenDropletIdNotPositive_refused() {
    assertThat(problems(base().tag("").dropletIds(0L)))
        .containsExactly("SW-INPUT-001 load_balancer/web-lb.dropletIds[0]");
  }

  @Test
  void validate_whenTwoRulesOnOneEntryPort_refused() {
    var result = base().addForwardingRule(ForwardingRule.tlsPassthrough(443, 8443)).validate();

    assertThat(result.isInvalid()).isTrue();
    Violation v = result.getError().head();
    assertThat(v.resource()).isEqualTo("load_balancer/web-lb.forwardingRules[1]");
    assertThat(v.message()).contains("entry port 443 is already used by forwardingRules[0]");
  }

  @Test
  void validate_whenRuleOnlyObservable_refusedAsInput() {
    List<String> problems =
        problems(
            base()
                .forwardingRules(
                    ForwardingRule.https("web-cert", 8080),
                    ForwardingRule.observed(
                        EntryProtocol.TCP, 5432, TargetProtocol.TCP, 5432, "", "", false),
                    ForwardingRule.observed(
                        EntryProtocol.HTTP2, 8443, TargetProtocol.HTTP, 80, "", "c-1", false)));

    assertThat(problems)
        .containsExactly(
            "SW-INPUT-001 load_balancer/web-lb.forwardingRules[1]",
            "SW-INPUT-001 load_balancer/web-lb.forwardingRules[2]");
  }

  @Test
  void build_whenHttp3SharesPort443WithHttps_accepted() {
    LoadBalancerSpec spec =
        base()
            .addForwardingRule(ForwardingRule.http3(443, "web-cert", TargetProtocol.HTTP, 8080))
            .build();

    assertThat(spec.forwardingRules()).hasSize(2);
    assertThat(spec.certificateNames()).containsExactly("web-cert");
  }

  @Test
  void validate_whenSizeAndSizeUnit_refused() {
    assertThat(problems(base().size("lb-small").sizeUnit(2)))
        .containsExactly("SW-INPUT-001 load_balancer/web-lb.size");
    assertThat(problems(base().size("lb-huge")))
        .containsExactly("SW-INPUT-001 load_balancer/web-lb.size");
    LoadBalancerSpec legacy = base().size("lb-medium").build();
    assertThat(legacy.size()).isEqualTo("lb-medium");
    assertThat(legacy.sizeUnit()).isZero();
  }

  @Test
  void validate_whenVpcAndInDefaultVpc_refusedAsContradiction() {
    assertThat(problems(base().inDefaultVpc(Justification.of("SEC-1: shared"))))
        .containsExactly("SW-INPUT-001 load_balancer/web-lb.vpcUuid");
  }

  @Test
  void validate_whenRangeAllowedAndDenied_refused() {
    Cidr office = Cidr.parse("203.0.113.0/24");

    assertThat(problems(base().firewallAllow(office).firewallDeny(office)))
        .containsExactly("SW-INPUT-001 load_balancer/web-lb.firewall");
  }

  @Test
  void build_whenInvalid_throwsListingEveryViolation() {
    assertThatThrownBy(() -> LoadBalancerSpec.builder().name("web-lb").build())
        .isInstanceOf(InvalidSpecException.class)
        .satisfies(e -> assertThat(((InvalidSpecException) e).violations()).hasSizeGreaterThan(2));
  }

  @Test
  void setters_copyTheirInput() {
    List<ForwardingRule> rules = new ArrayList<>(List.of(ForwardingRule.https("web-cert", 80)));
    LoadBalancerSpec.Builder builder =
        LoadBalancerSpec.builder().name("web-lb").region("nyc3").vpcUuid(VPC).tag("web");
    builder.forwardingRules(rules);
    rules.add(ForwardingRule.http(8080, 8080));

    assertThat(builder.build().forwardingRules()).hasSize(1);
  }

  @Test
  void toBuilder_keepsValuesAndRisks() {
    LoadBalancerSpec spec =
        base()
            .addForwardingRule(ForwardingRule.httpRedirect())
            .redirectHttpToHttps(true)
            .allowDefaultCipherPolicy(Justification.of("SEC-2: old phones"))
            .healthCheck(HealthCheck.http(8080, "/healthz"))
            .stickySessions(StickySessions.cookies("DO-LB", 300))
            .firewallAllow(Cidr.parse("203.0.113.0/24"))
            .addFirewallDeny(Cidr.parse("198.51.100.7/32"))
            .enableProxyProtocol(true)
            .enableBackendKeepalive(true)
            .httpIdleTimeoutSeconds(90)
            .disableLetsEncryptDnsRecords(true)
            .network(LoadBalancerNetwork.INTERNAL)
            .networkStack(NetworkStack.DUALSTACK)
            .sizeUnit(3)
            .build();

    LoadBalancerSpec again = spec.toBuilder().build();

    assertThat(again).isEqualTo(spec);
    assertThat(again.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.DEFAULT);
    assertThat(again.acknowledgedRisks()).hasSize(1);
    assertThat(spec.toString()).contains("web-lb").contains("sizeUnit=3");
  }
}
