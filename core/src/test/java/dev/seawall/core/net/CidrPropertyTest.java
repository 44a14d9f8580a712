package dev.seawall.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.InetAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CidrPropertyTest {

  @Property
  void parse_ofToString_isIdentity(@ForAll("cidrs") Cidr cidr) {
    assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
  }

  @Property
  void toString_ofParse_isIdempotent(@ForAll("cidrs") Cidr cidr) {
    String canonical = cidr.toString();
    assertThat(Cidr.parse(canonical).toString()).isEqualTo(canonical);
  }

  @Property
  void parse_whenJavaSpellsTheAddressUncompressed_agreesWithInetAddress(@ForAll("cidrs") Cidr cidr)
      throws Exception {
    // InetAddress#getHostAddress writes IPv6 uncompressed (1:0:0:0:0:0:0:0), a different spelling.
    String javaSpelling = cidr.address().getHostAddress();
    Cidr reparsed = Cidr.parse(javaSpelling + "/" + cidr.prefixLength());
    assertThat(reparsed).isEqualTo(cidr);
    byte[] ours = reparsed.address().getAddress();
    byte[] javas = InetAddress.getByName(javaSpelling).getAddress();
    // Java turns IPv4-mapped IPv6 (::ffff:a.b.c.d) into an Inet4Address; compare the IPv4 part.
    assertThat(java.util.Arrays.copyOfRange(ours, ours.length - javas.length, ours.length))
        .isEqualTo(javas);
  }

  @Property
  void overlaps_isSymmetric(@ForAll("cidrs") Cidr a, @ForAll("cidrs") Cidr b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
  }

  @Property
  void overlaps_holdsExactlyWhenOneContainsTheOther(
      @ForAll("nearbyIpv4") Cidr a, @ForAll("nearbyIpv4") Cidr b) {
    assertThat(a.overlaps(b)).isEqualTo(a.contains(b) || b.contains(a));
  }

  @Property
  void contains_agreesWithIntegerArithmetic(
      @ForAll("nearbyIpv4") Cidr a, @ForAll("nearbyIpv4") Cidr b) {
    BigInteger aFirst = first(a);
    BigInteger aLast = last(a);
    boolean expected = first(b).compareTo(aFirst) >= 0 && last(b).compareTo(aLast) <= 0;
    assertThat(a.contains(b)).isEqualTo(expected);
  }

  @Property
  void contains_isTransitive(
      @ForAll("nearbyIpv4") Cidr a, @ForAll("nearbyIpv4") Cidr b, @ForAll("nearbyIpv4") Cidr c) {
    if (a.contains(b) && b.contains(c)) {
      assertThat(a.contains(c)).isTrue();
    }
  }

  @Property
  void parseAddressOrCidr_ofBareAddress_isHostRange(@ForAll("cidrs") Cidr cidr) {
    Cidr host = Cidr.parseAddressOrCidr(cidr.address().getHostAddress());
    assertThat(host.isHost()).isTrue();
    assertThat(cidr.contains(host)).isTrue();
  }

  @Property
  void parseAddressOrCidr_ofToCompactString_isIdentity(@ForAll("cidrs") Cidr cidr) {
    String compact = cidr.toCompactString();
    assertThat(Cidr.parseAddressOrCidr(compact)).isEqualTo(cidr);
    assertThat(compact.contains("/")).isEqualTo(!cidr.isHost());
  }

  @Property
  void parse_whenHostBitsSet_refusesAndSuggestsTheNetwork(
      @ForAll("hosts") Cidr host, @ForAll @IntRange(min = 0, max = 31) int prefix) {
    Cidr network = Cidr.containing(host.address(), prefix);
    String text = host.toCompactString() + "/" + prefix;
    if (network.address().equals(host.address())) {
      assertThat(Cidr.parse(text)).isEqualTo(network);
    } else {
      assertThatThrownBy(() -> Cidr.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("did you mean " + network + " (the network)");
    }
  }

  private static BigInteger first(Cidr cidr) {
    return new BigInteger(1, cidr.address().getAddress());
  }

  private static BigInteger last(Cidr cidr) {
    int hostBits = cidr.family().bits() - cidr.prefixLength();
    return first(cidr).add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE);
  }

  /** Single IPv4 addresses. */
  @Provide
  Arbitrary<Cidr> hosts() {
    return Arbitraries.bytes().array(byte[].class).ofSize(4).map(bytes -> masked(bytes, 32));
  }

  @Provide
  Arbitrary<Cidr> cidrs() {
    return Arbitraries.oneOf(ranges(4), ranges(16));
  }

  /** IPv4 ranges in 10.0.0.0/8 with long prefixes, so that overlaps are frequent. */
  @Provide
  Arbitrary<Cidr> nearbyIpv4() {
    Arbitrary<byte[]> addresses =
        Arbitraries.integers()
            .between(0, 255)
            .map(x -> new byte[] {10, 0, (byte) (x & 0xf0), (byte) ((x & 0x0f) << 4)});
    return Combinators.combine(addresses, Arbitraries.integers().between(16, 32))
        .as(CidrPropertyTest::masked);
  }

  private static Arbitrary<Cidr> ranges(int bytes) {
    Arbitrary<byte[]> addresses = Arbitraries.bytes().array(byte[].class).ofSize(bytes);
    Arbitrary<Integer> prefixes = Arbitraries.integers().between(0, bytes * 8);
    return Combinators.combine(addresses, prefixes).as(CidrPropertyTest::masked);
  }

  private static Cidr masked(byte[] address, int prefix) {
    byte[] network = address.clone();
    for (int i = 0; i < network.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - 8 * i));
      network[i] = (byte) (network[i] & (keep == 0 ? 0 : (0xff << (8 - keep)) & 0xff));
    }
    try {
      InetAddress inet =
          network.length == 4
              ? InetAddress.getByAddress(network)
              : java.net.Inet6Address.getByAddress(null, network, -1);
      return Cidr.of(inet, prefix);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
