package dev.seawall.networking.firewall;

import static dev.seawall.networking.firewall.FirewallRulesPolicyTest.readModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FirewallSpecTest {

  static FirewallSpec.Builder valid() {
    return FirewallSpec.builder()
        .name("web")
        .addInboundRule(InboundRule.tcp(443, Targets.ofTags("lb")))
        .outbound(OutboundPreset.DNS_AND_HTTPS)
        .tags("web");
  }

  private static List<String> problems(FirewallSpec.Builder builder) {
    var result = builder.validate();
    assertThat(result.isInvalid()).isTrue();
    return result.getError().map(v -> v.resource() + ": " + v.message()).asJava();
  }

  @Test
  void builder_byDefault_allowsNothingAndIsRefusedAsEmpty() {
    var result = FirewallSpec.builder().name("empty").tags("web").validate();
    assertThat(result.getError().map(Violation::ruleId)).containsExactly("SW-INPUT-001");
    assertThat(result.getError().head().message())
        .contains("at least one inbound or outbound rule");
  }

  @Test
  void validate_whenNameMissingOrMalformed_refused() {
    assertThat(problems(valid().name(""))).singleElement().asString().contains("needs a name");
    assertThat(problems(valid().name("web fw")))
        .singleElement()
        .asString()
        .startsWith("firewall/web fw.name:");
    assertThat(problems(valid().name("x"))).hasSize(1);
    assertThat(valid().name("web-1.prod").build().name()).isEqualTo("web-1.prod");
  }

  @Test
  void validate_whenMoreThanTenDroplets_refusedWithTagHint() {
    var builder = valid().tags().dropletIds(LongStream.rangeClosed(1, 11).toArray());
    assertThat(problems(builder))
        .singleElement()
        .asString()
        .contains("11 droplet ids given, at most 10")
        .contains("use tags(...)");
    assertThat(valid().dropletIds(LongStream.rangeClosed(1, 10).toArray()).build().dropletIds())
        .hasSize(10);
  }

  @Test
  void validate_whenBadTagOrDropletId_refused() {
    assertThat(problems(valid().tags("ok", "", "has space").addDropletId(0)))
        .containsExactly(
            "firewall/web.dropletIds[0]: droplet ids are positive, was 0",
            "firewall/web.tags[1]: '' is not a valid tag name: 1 to 255 letters, digits, ':', '-'"
                + " or '_'",
            "firewall/web.tags[2]: 'has space' is not a valid tag name: 1 to 255 letters, digits,"
                + " ':', '-' or '_'");
  }

  @Test
  void validate_whenRuleHasNoSources_refused() {
    assertThat(problems(valid().addInboundRule(InboundRule.tcp(80, Targets.none()))))
        .singleElement()
        .asString()
        .startsWith("firewall/web.inboundRules[1].sources:");
    assertThat(problems(valid().addOutboundRule(OutboundRule.icmp(Targets.none()))))
        .singleElement()
        .asString()
        .startsWith("firewall/web.outboundRules[3].destinations:");
  }

  @Test
  void setters_copyInput_andPluralReplaces() {
    List<String> tags = new java.util.ArrayList<>(List.of("a"));
    FirewallSpec.Builder builder = valid().tags(tags);
    tags.add("b");
    assertThat(builder.build().tags()).containsExactly("a");
    assertThat(builder.addTag("c").build().tags()).containsExactly("a", "c");
    assertThat(builder.tags("d").build().tags()).containsExactly("d");
  }

  @Test
  void toBuilder_keepsOptOutsAndRisks() {
    FirewallSpec spec =
        valid()
            .addInboundRule(InboundRule.tcp(443, Targets.anywhere()))
            .allowPublicIngress(443, Justification.of("SEC-2: public site"))
            .build();
    FirewallSpec copy = spec.toBuilder().build();
    assertThat(copy).isEqualTo(spec);
    assertThat(copy.acknowledgedRisks()).isEqualTo(spec.acknowledgedRisks());
  }

  @Test
  void builderFrom_whenFirewallHasRiskyRule_requiresOptOutAgain() {
    Firewall existing =
        readModel(
            List.of(InboundRule.tcp(443, Targets.anywhere())),
            OutboundPreset.DNS_AND_HTTPS.rules(),
            List.of(),
            List.of("web"));
    var builder = FirewallSpec.builderFrom(existing);
    assertThat(builder.validate().isInvalid()).isTrue();
    FirewallSpec spec = builder.allowPublicIngress(443, Justification.of("SEC-3")).build();
    assertThat(FirewallService.DIFFER.diff(spec, existing).isNone()).isTrue();
  }

  @Test
  void adminPorts_listsTheCatalogPorts() {
    assertThat(FirewallSpec.adminPorts())
        .extracting(PortRange::toString)
        .containsExactlyInAnyOrder(
            "22", "2375-2376", "3306", "3389", "5432", "6379", "9200", "10250", "27017");
  }

  @Test
  void rules_whenIcmp_haveNoPorts() {
    assertThat(InboundRule.icmp(Targets.ofTags("web")).ports()).isEmpty();
    assertThat(InboundRule.tcp(22, Targets.ofTags("web")).ports()).contains(PortRange.of(22));
    assertThatThrownBy(() -> InboundRule.of(Protocol.ICMP, PortRange.ALL, Targets.ofTags("web")))
        .hasMessageContaining("InboundRule.icmp(sources)");
    assertThatThrownBy(() -> OutboundRule.of(Protocol.UNKNOWN, PortRange.ALL, Targets.anywhere()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rules_whenSameTargetsInBothDirections_shareOneTypeButDifferByDirection() {
    Targets web = Targets.ofTags("web");
    InboundRule in = InboundRule.tcp(443, web);
    OutboundRule out = OutboundRule.tcp(443, web);

    assertThat(in.sources()).isSameAs(out.destinations()).isSameAs(in.targets());
    assertThat(in).isNotEqualTo(out);
    assertThat(in).hasToString("tcp 443 from tag:web");
    assertThat(out).hasToString("tcp 443 to tag:web");
    assertThat(in.withSources(Targets.ofTags("api")).ports()).contains(PortRange.of(443));
    assertThat(OutboundRule.icmp(web).withDestinations(Targets.anywhere()))
        .hasToString("icmp to 0.0.0.0/0, ::/0");
  }

  @Test
  void toString_neverThrowsAndNamesRules() {
    assertThat(valid().build().toString()).contains("tcp 443 from tag:lb");
  }
}
