package dev.seawall.networking.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ForwardingRulePropertyTest {

  @Property
  void parse_ofToString_isIdentity(@ForAll("rules") ForwardingRule rule) {
    assertThat(ForwardingRule.parse(rule.toString())).isEqualTo(rule);
  }

  @Property
  void parse_isInsensitiveToKeyOrderCaseAndWhiteSpace(
      @ForAll("rules") ForwardingRule rule, @ForAll long seed) {
    List<String> pairs = new ArrayList<>(List.of(rule.toString().split(",")));
    Random random = new Random(seed);
    Collections.shuffle(pairs, random);
    List<String> noisy = new ArrayList<>();
    for (String pair : pairs) {
      int colon = pair.indexOf(':');
      String key = pair.substring(0, colon);
      String value = pair.substring(colon + 1);
      if (random.nextBoolean()) {
        key = key.toUpperCase(Locale.ROOT);
      }
      if (key.toLowerCase(Locale.ROOT).endsWith("protocol") && random.nextBoolean()) {
        value = value.toUpperCase(Locale.ROOT);
      }
      noisy.add(" ".repeat(random.nextInt(3)) + key + " : " + value + "\t");
    }

    assertThat(ForwardingRule.parse(String.join(",", noisy))).isEqualTo(rule);
  }

  @Property
  void parse_whenPortOutOfRange_throws(
      @ForAll @IntRange(min = 65536, max = 99999) int port, @ForAll boolean entry) {
    String text =
        "entry_protocol:http,entry_port:"
            + (entry ? port : 80)
            + ",target_protocol:http,target_port:"
            + (entry ? 80 : port);
    assertThatThrownBy(() -> ForwardingRule.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 1..65535");
  }

  @Property
  void equalRules_haveEqualHashCodes(@ForAll("rules") ForwardingRule rule) {
    ForwardingRule again = ForwardingRule.parse(rule.toString());
    assertThat(again.hashCode()).isEqualTo(rule.hashCode());
  }

  @Provide
  Arbitrary<ForwardingRule> rules() {
    Arbitrary<Integer> ports = Arbitraries.integers().between(1, 65535);
    Arbitrary<String> names =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .withChars("-._")
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(n -> !n.isBlank());
    Arbitrary<EntryProtocol> tlsEntries =
        Arbitraries.of(EntryProtocol.HTTPS, EntryProtocol.HTTP2, EntryProtocol.HTTP3);
    Arbitrary<TargetProtocol> targets =
        Arbitraries.of(TargetProtocol.HTTP, TargetProtocol.HTTPS, TargetProtocol.HTTP2);
    Arbitrary<ForwardingRule> terminated =
        Combinators.combine(tlsEntries, ports, names, targets, ports)
            .as(ForwardingRule::terminateTls);
    Arbitrary<ForwardingRule> passthrough =
        Combinators.combine(
                Arbitraries.of(EntryProtocol.HTTPS, EntryProtocol.HTTP2),
                ports,
                Arbitraries.of(TargetProtocol.HTTPS, TargetProtocol.HTTP2),
                ports)
            .as(ForwardingRule::tlsPassthrough);
    Arbitrary<ForwardingRule> http = Combinators.combine(ports, ports).as(ForwardingRule::http);
    return Arbitraries.oneOf(terminated, passthrough, http);
  }
}
