package dev.seawall.networking.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Severity;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every firewall rule three ways: the builder refuses it, the opt-out accepts it and records an
 * {@link AcknowledgedRisk}, and the auditor flags it on a read model.
 */
class FirewallRulesPolicyTest {
  private static final Justification WHY = Justification.of("SEC-1: reviewed");
  private final FirewallAuditor auditor = new FirewallAuditor();

  private static FirewallSpec.Builder base() {
    return FirewallSpec.builder().name("web").outbound(OutboundPreset.DNS_AND_HTTPS).tags("web");
  }

  private static Firewall readModel(List<InboundRule> inbound, List<OutboundRule> outbound) {
    return readModel(inbound, outbound, List.of(), List.of("web"));
  }

  static Firewall readModel(
      List<InboundRule> inbound,
      List<OutboundRule> outbound,
      List<Long> droplets,
      List<String> tags) {
    return new Firewall(
        "fb6045f1-cf1d-4ca3-bfac-18832663025b",
        "web",
        Firewall.Status.SUCCEEDED,
        inbound,
        outbound,
        droplets,
        tags,
        Optional.empty(),
        List.of());
  }

  private static List<String> ruleIds(Validation<Seq<Violation>, FirewallSpec> result) {
    assertThat(result.isInvalid()).as("spec refused").isTrue();
    return result.getError().map(Violation::ruleId).asJava();
  }

  private static List<String> ruleIds(List<Violation> violations) {
    return violations.stream().map(Violation::ruleId).toList();
  }

  @Nested
  class PublicIngress001 {
    private final InboundRule https = InboundRule.tcp(443, Targets.anywhere());

    @Test
    void validate_whenInboundFromAnywhere_refusedNamingOptOut() {
      var result = base().addInboundRule(https).validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-001");
      Violation v = result.getError().head();
      assertThat(v.resource()).isEqualTo("firewall/web.inboundRules[0]");
      assertThat(v.message())
          .contains("tcp 443 is open to 0.0.0.0/0 and ::/0")
          .contains("allowPublicIngress(PortRange.of(443), Justification)");
    }

    @Test
    void build_whenAllowPublicIngressCoversPort_acceptsAndRecordsRisk() {
      FirewallSpec spec = base().addInboundRule(https).allowPublicIngress(443, WHY).build();
      assertThat(spec.acknowledgedRisks())
          .containsExactly(
              AcknowledgedRisk.of(
                  NetworkingRules.SW_FW_001, WHY, "tcp/udp 443 from 0.0.0.0/0 and ::/0"));
    }

    @Test
    void validate_whenOptOutCoversOtherPort_stillRefused() {
      var result =
          base()
              .addInboundRule(InboundRule.tcp(8443, Targets.anywhere()))
              .allowPublicIngress(443, WHY)
              .validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-001");
      assertThat(result.getError().head().message()).contains("tcp 8443");
    }

    @Test
    void validate_whenRangePartlyCovered_namesOnlyUncoveredPart() {
      var result =
          base()
              .addInboundRule(InboundRule.udp(PortRange.of(8000, 9000), Targets.anywhere()))
              .allowPublicIngress(PortRange.of(8000, 8499), WHY)
              .allowPublicIngress(PortRange.of(8600, 9000), WHY)
              .validate();
      assertThat(result.getError().head().message())
          .contains("udp 8500-8599 is open")
          .contains("allowPublicIngress(PortRange.of(8500, 8599), Justification)");
    }

    @Test
    void validate_whenIcmpFromAnywhere_refusedUnlessAllowPublicIcmp() {
      InboundRule ping = InboundRule.icmp(Targets.ofAddresses("0.0.0.0/0"));
      var refused = base().addInboundRule(ping).validate();
      assertThat(ruleIds(refused)).containsExactly("SW-FW-001");
      assertThat(refused.getError().head().message()).contains("allowPublicIcmp(Justification)");

      FirewallSpec spec = base().addInboundRule(ping).allowPublicIcmp(WHY).build();
      assertThat(spec.acknowledgedRisks())
          .extracting(AcknowledgedRisk::ruleId)
          .containsExactly("SW-FW-001");
    }

    @Test
    void validate_whenPrivateSource_accepted() {
      FirewallSpec spec =
          base().addInboundRule(InboundRule.tcp(443, Targets.ofAddresses("10.10.0.0/16"))).build();
      assertThat(spec.acknowledgedRisks()).isEmpty();
      assertThat(spec.warnings()).isEmpty();
    }

    @Test
    void audit_whenReadModelOpenToAnywhere_flagged() {
      List<Violation> found =
          auditor.audit(readModel(List.of(https), OutboundPreset.DNS_AND_HTTPS.rules()));
      assertThat(ruleIds(found)).containsExactly("SW-FW-001");
      assertThat(found.get(0).resource()).isEqualTo("firewall/web.inboundRules[0]");
    }
  }

  @Nested
  class AdminPorts002 {
    private final InboundRule ssh = InboundRule.tcp(22, Targets.anywhere());

    @Test
    void validate_whenSshFromAnywhere_refusedWithStrongerOptOut() {
      var result = base().addInboundRule(ssh).validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-002");
      assertThat(result.getError().head().message())
          .contains("tcp 22 (SSH)")
          .contains("allowPublicAdminIngress(PortRange.of(22), Justification)");
    }

    @Test
    void validate_whenOnlyAllowPublicIngressGiven_stillRefused() {
      var result = base().addInboundRule(ssh).allowPublicIngress(22, WHY).validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-002");
    }

    @Test
    void build_whenAllowPublicAdminIngress_acceptsAndRecordsBothRules() {
      FirewallSpec spec = base().addInboundRule(ssh).allowPublicAdminIngress(22, WHY).build();
      assertThat(spec.acknowledgedRisks())
          .extracting(AcknowledgedRisk::ruleId)
          .containsExactly("SW-FW-002", "SW-FW-001");
    }

    @Test
    void validate_whenWideRangeCoversSeveralAdminPorts_namesEach() {
      var result =
          base()
              .addInboundRule(InboundRule.tcp(PortRange.of(3000, 6000), Targets.anywhere()))
              .allowPublicIngress(PortRange.of(3000, 6000), WHY)
              .validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-002");
      assertThat(result.getError().head().message())
          .contains("3306 (MySQL), 3389 (RDP), 5432 (PostgreSQL)")
          .doesNotContain("6379");
    }

    @Test
    void validate_whenDockerRangePartlyAcknowledged_namesRemainingPort() {
      var result =
          base()
              .addInboundRule(InboundRule.tcp(PortRange.of(2375, 2376), Targets.anywhere()))
              .allowPublicAdminIngress(2376, WHY)
              .validate();
      assertThat(result.getError().head().message()).contains("2375 (Docker API)");
    }

    @Test
    void validate_whenAdminPortFromPrivateCidr_accepted() {
      FirewallSpec spec =
          base().addInboundRule(InboundRule.tcp(5432, Targets.ofAddresses("10.10.0.0/16"))).build();
      assertThat(spec.acknowledgedRisks()).isEmpty();
    }

    @Test
    void audit_whenRedisOpenToIpv6Internet_flagged() {
      List<Violation> found =
          auditor.audit(
              readModel(
                  List.of(InboundRule.tcp(6379, Targets.ofAddresses("::/0"))),
                  OutboundPreset.DNS_AND_HTTPS.rules()));
      assertThat(ruleIds(found)).containsExactly("SW-FW-002");
      assertThat(found.get(0).message()).contains("6379 (Redis)").contains("::/0");
    }
  }

  @Nested
  class AllOutbound003 {
    private final OutboundRule everything = OutboundRule.tcp(PortRange.ALL, Targets.anywhere());

    @Test
    void validate_whenAllPortsToAnywhere_refusedNamingPreset() {
      var result = base().addOutboundRule(everything).validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-003");
      assertThat(result.getError().head().message())
          .contains("OutboundPreset.DNS_AND_HTTPS")
          .contains("allowAllOutbound(Justification)");
      assertThat(result.getError().head().resource()).isEqualTo("firewall/web.outboundRules[3]");
    }

    @Test
    void build_whenAllowAllOutbound_acceptsAndRecordsRisk() {
      FirewallSpec spec = base().addOutboundRule(everything).allowAllOutbound(WHY).build();
      assertThat(spec.acknowledgedRisks())
          .extracting(AcknowledgedRisk::ruleId)
          .containsExactly("SW-FW-003");
    }

    @Test
    void validate_whenPresetsUsed_accepted() {
      for (OutboundPreset preset :
          List.of(OutboundPreset.DNS_AND_HTTPS, OutboundPreset.DNS_HTTPS_NTP)) {
        FirewallSpec spec =
            base()
                .outbound(preset)
                .addInboundRule(InboundRule.tcp(80, Targets.ofTags("lb")))
                .build();
        assertThat(spec.outboundRules()).isEqualTo(preset.rules());
      }
    }

    @Test
    void validate_whenAllPortsToPrivateRange_accepted() {
      FirewallSpec spec =
          base()
              .addOutboundRule(OutboundRule.udp(PortRange.ALL, Targets.ofAddresses("10.0.0.0/8")))
              .build();
      assertThat(spec.acknowledgedRisks()).isEmpty();
    }

    @Test
    void audit_whenReadModelAllowsAllOutbound_flagged() {
      List<Violation> found = auditor.audit(readModel(List.of(), List.of(everything)));
      assertThat(ruleIds(found)).containsExactly("SW-FW-003");
    }
  }

  @Nested
  class AllPorts004 {
    private final InboundRule allFromVpc =
        InboundRule.tcp(PortRange.ALL, Targets.ofAddresses("10.10.0.0/16"));

    @Test
    void validate_whenAllPortsFromAddress_refusedNamingSource() {
      var result = base().addInboundRule(allFromVpc).validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-004");
      assertThat(result.getError().head().message())
          .contains("allowAllPorts(Cidr.parse(\"10.10.0.0/16\"), Justification)");
    }

    @Test
    void build_whenAllowAllPortsCoversSource_acceptsAndRecordsRisk() {
      FirewallSpec spec =
          base().addInboundRule(allFromVpc).allowAllPorts(Cidr.parse("10.0.0.0/8"), WHY).build();
      assertThat(spec.acknowledgedRisks())
          .containsExactly(
              AcknowledgedRisk.of(NetworkingRules.SW_FW_004, WHY, "all ports from 10.0.0.0/8"));
    }

    @Test
    void validate_whenAllPortsFromTag_accepted() {
      FirewallSpec spec =
          base().addInboundRule(InboundRule.tcp(PortRange.ALL, Targets.ofTags("web"))).build();
      assertThat(spec.acknowledgedRisks()).isEmpty();
    }

    @Test
    void validate_whenAllPortsFromAnywhere_needsEveryOptOut() {
      InboundRule wideOpen = InboundRule.tcp(PortRange.ALL, Targets.anywhere());
      assertThat(ruleIds(base().addInboundRule(wideOpen).validate()))
          .containsExactly("SW-FW-001", "SW-FW-002", "SW-FW-004");
      FirewallSpec spec =
          base()
              .addInboundRule(wideOpen)
              .allowPublicIngress(PortRange.ALL, WHY)
              .allowPublicAdminIngress(PortRange.ALL, WHY)
              .allowAllPorts(Cidr.ANY_IPV4, WHY)
              .allowAllPorts(Cidr.ANY_IPV6, WHY)
              .build();
      assertThat(spec.inboundRules()).containsExactly(wideOpen);
    }

    @Test
    void audit_whenReadModelHasAllPortsFromAddress_flagged() {
      List<Violation> found =
          auditor.audit(readModel(List.of(allFromVpc), OutboundPreset.DNS_AND_HTTPS.rules()));
      assertThat(ruleIds(found)).containsExactly("SW-FW-004");
    }
  }

  @Nested
  class ProtectsNothing005 {
    @Test
    void build_whenNoDropletNoTag_acceptedWithWarning() {
      FirewallSpec spec =
          FirewallSpec.builder().name("orphan").outbound(OutboundPreset.DNS_AND_HTTPS).build();
      assertThat(spec.warnings()).extracting(Violation::ruleId).containsExactly("SW-FW-005");
      assertThat(spec.warnings().get(0).rule().severity()).isEqualTo(Severity.WARNING);
      assertThat(spec.warnings().get(0).message()).contains("protects nothing");
    }

    @Test
    void build_whenTagOrDropletGiven_noWarning() {
      assertThat(base().build().warnings()).isEmpty();
      assertThat(base().tags().dropletIds(42L).build().warnings()).isEmpty();
    }

    @Test
    void validate_whenAlsoRefused_reportsWarningWithTheErrors() {
      var result =
          FirewallSpec.builder()
              .name("orphan")
              .addInboundRule(InboundRule.tcp(443, Targets.anywhere()))
              .validate();
      assertThat(ruleIds(result)).containsExactly("SW-FW-001", "SW-FW-005");
    }

    @Test
    void audit_whenReadModelAppliesToNothing_flaggedAsWarning() {
      List<Violation> found =
          auditor.audit(
              readModel(List.of(), OutboundPreset.DNS_AND_HTTPS.rules(), List.of(), List.of()));
      assertThat(ruleIds(found)).containsExactly("SW-FW-005");
    }
  }

  @Test
  void build_whenSeveralProblems_reportsAllAtOnce() {
    assertThatThrownBy(
            () ->
                FirewallSpec.builder()
                    .name("-bad")
                    .addInboundRule(InboundRule.tcp(22, Targets.anywhere()))
                    .addOutboundRule(OutboundRule.tcp(PortRange.ALL, Targets.anywhere()))
                    .tags("web")
                    .build())
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::ruleId)
                    .containsExactly("SW-INPUT-001", "SW-FW-002", "SW-FW-003"));
  }

  @Test
  void audit_whenReadModelIsHardened_noViolation() {
    assertThat(
            auditor.audit(
                readModel(
                    List.of(
                        InboundRule.tcp(
                            443,
                            Targets.ofLoadBalancerUids("4de7ac8b-495b-4884-9a69-1050c6793cd6"))),
                    OutboundPreset.DNS_HTTPS_NTP.rules())))
        .isEmpty();
  }
}
