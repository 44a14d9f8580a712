package dev.seawall.networking.firewall;

import static dev.seawall.networking.firewall.FirewallRulesPolicyTest.readModel;
import static dev.seawall.networking.firewall.FirewallSpecTest.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link FirewallService#DIFFER}: rules compared as sets of single-endpoint rules, droplet ids and
 * tags as sets; every difference is an in-place change.
 */
class FirewallDifferTest {

  private static Diff diff(FirewallSpec spec, Firewall observed) {
    return FirewallService.DIFFER.diff(spec, observed);
  }

  @Test
  void diff_whenObservedEqualsTheSpec_isNone() {
    FirewallSpec spec = valid().dropletIds(8043964L).build();
    Firewall same =
        readModel(spec.inboundRules(), spec.outboundRules(), spec.dropletIds(), List.of("web"));

    assertThat(diff(spec, same).isNone()).isTrue();
  }

  @Test
  void diff_whenOrderGroupingDuplicatesAndPortSpellingDiffer_isNone() {
    FirewallSpec spec =
        FirewallSpec.builder()
            .name("web")
            .addInboundRule(
                InboundRule.tcp(PortRange.parse("all"), Targets.ofTags("web", "workers")))
            .addInboundRule(InboundRule.icmp(Targets.ofAddresses("10.0.0.0/8")))
            .outbound(OutboundPreset.DNS_AND_HTTPS)
            .tags("web")
            .build();
    Firewall reported =
        readModel(
            List.of(
                InboundRule.icmp(Targets.ofAddresses("10.0.0.0/8")),
                InboundRule.tcp(PortRange.parse("0"), Targets.ofTags("workers")),
                InboundRule.tcp(PortRange.parse("1-65535"), Targets.ofTags("web")),
                InboundRule.tcp(PortRange.ALL, Targets.ofTags("web"))),
            List.of(
                OutboundRule.tcp(443, Targets.ofAddresses("::/0", "0.0.0.0/0")),
                OutboundRule.tcp(53, Targets.anywhere()),
                OutboundRule.udp(53, Targets.anywhere())),
            List.of(),
            List.of("web", "web"));

    assertThat(diff(spec, reported).isNone()).isTrue();
  }

  @Test
  void diff_whenRulesAndAssignmentsDiffer_listsEachSingleEndpointChangeReadably() {
    FirewallSpec spec = valid().dropletIds(1L, 2L).build();
    Firewall reported =
        readModel(
            List.of(InboundRule.tcp(443, Targets.ofTags("lb", "old"))),
            List.of(OutboundRule.tcp(443, Targets.anywhere())),
            List.of(2L, 3L),
            List.of("web", "legacy"));

    Diff diff = diff(spec, reported);

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.removed("inbound_rules", "tcp 443 from tag:old"),
            FieldChange.added("outbound_rules", "udp 53 to 0.0.0.0/0"),
            FieldChange.added("outbound_rules", "udp 53 to ::/0"),
            FieldChange.added("outbound_rules", "tcp 53 to 0.0.0.0/0"),
            FieldChange.added("outbound_rules", "tcp 53 to ::/0"),
            FieldChange.removed("droplet_ids", "3"),
            FieldChange.added("droplet_ids", "1"),
            FieldChange.removed("tags", "legacy"));
  }

  @Test
  void diff_whenPortsDiffer_removesTheOldRuleAndAddsTheNew() {
    Firewall reported =
        readModel(
            List.of(InboundRule.tcp(8443, Targets.ofTags("lb"))),
            OutboundPreset.DNS_AND_HTTPS.rules(),
            List.of(),
            List.of("web"));

    assertThat(diff(valid().build(), reported).changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "inbound_rules: - tcp 8443 from tag:lb", "inbound_rules: + tcp 443 from tag:lb");
  }

  @Test
  void diff_whenTheFirewallWasOpenedToTheInternet_removesThatRule() {
    FirewallSpec spec = valid().build();
    Firewall opened =
        readModel(
            List.of(
                InboundRule.tcp(443, Targets.ofTags("lb")),
                InboundRule.tcp(22, Targets.ofAddresses("0.0.0.0/0"))),
            spec.outboundRules(),
            List.of(),
            List.of("web"));

    assertThat(diff(spec, opened).changes())
        .containsExactly(FieldChange.removed("inbound_rules", "tcp 22 from 0.0.0.0/0"));
  }

  @Test
  void diff_whenAbsent_createsWithEveryRuleAndAssignment() {
    Diff diff = FirewallService.DIFFER.diff(valid().dropletIds(7L).build(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "inbound_rules = [tcp 443 from tag:lb]",
            "outbound_rules = [udp 53 to 0.0.0.0/0, udp 53 to ::/0, tcp 53 to 0.0.0.0/0,"
                + " tcp 53 to ::/0, tcp 443 to 0.0.0.0/0, tcp 443 to ::/0]",
            "droplet_ids = [7]",
            "tags = [web]");
  }
}
