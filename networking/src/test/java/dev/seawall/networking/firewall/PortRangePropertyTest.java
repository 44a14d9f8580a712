package dev.seawall.networking.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PortRangePropertyTest {

  @Property
  void parse_ofWireValue_isIdentity(@ForAll("ranges") PortRange ports) {
    assertThat(PortRange.parse(ports.wireValue())).isEqualTo(ports);
  }

  @Property
  void parse_ofToString_isIdentity(@ForAll("ranges") PortRange ports) {
    assertThat(PortRange.parse(ports.toString())).isEqualTo(ports);
  }

  @Property
  void parse_ofFromDashTo_equalsOf(
      @ForAll @IntRange(min = 1, max = 65535) int a,
      @ForAll @IntRange(min = 1, max = 65535) int b) {
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    PortRange parsed = PortRange.parse(from + "-" + to);
    assertThat(parsed).isEqualTo(PortRange.of(from, to));
    assertThat(parsed.isAll()).isEqualTo(from == 1 && to == 65535);
    assertThat(parsed.isSinglePort()).isEqualTo(from == to);
  }

  @Property
  void parse_whenPortOutOfRange_throws(@ForAll @IntRange(min = 65536, max = 10_000_000) int port) {
    assertThatThrownBy(() -> PortRange.parse(Integer.toString(port)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void overlaps_isSymmetricAndImpliedByContainment(
      @ForAll("ranges") PortRange a, @ForAll("ranges") PortRange b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    if (a.contains(b)) {
      assertThat(a.overlaps(b)).isTrue();
    }
  }

  @Property
  void subtract_leavesExactlyTheUncoveredPorts(
      @ForAll("smallRanges") PortRange range, @ForAll("smallRanges") PortRange cover) {
    var rest = FirewallPolicy.subtract(java.util.List.of(range), java.util.List.of(cover));
    for (int port = 1; port <= 120; port++) {
      boolean expected = range.contains(port) && !cover.contains(port);
      int p = port;
      assertThat(rest.stream().anyMatch(r -> r.contains(p))).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<PortRange> ranges() {
    Arbitrary<Integer> ports = Arbitraries.integers().between(1, 65535);
    return Combinators.combine(ports, ports)
        .as((a, b) -> PortRange.of(Math.min(a, b), Math.max(a, b)));
  }

  @Provide
  Arbitrary<PortRange> smallRanges() {
    Arbitrary<Integer> ports = Arbitraries.integers().between(1, 120);
    return Combinators.combine(ports, ports)
        .as((a, b) -> PortRange.of(Math.min(a, b), Math.max(a, b)));
  }
}
