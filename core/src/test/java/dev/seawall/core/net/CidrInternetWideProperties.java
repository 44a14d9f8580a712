package dev.seawall.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The one definition of an internet-wide range ({@link Cidr#isInternetWide()}), shown on generated
 * ranges. The ranges are drawn around the boundaries that matter (the RFC 1918 blocks, {@code
 * 100.64.0.0/10}, {@code fc00::/7}, {@code ::ffff:0:0/96}, documentation ranges, the whole address
 * space) with prefixes on both sides of {@code /8}, {@code /16} and {@code /32}, and the definition
 * is recomputed with integer arithmetic on the first and last address of each range.
 */
class CidrInternetWideProperties {

  private static final List<String> IPV4_BASES =
      List.of(
          "0.0.0.0/0",
          "10.0.0.0/8",
          "172.16.0.0/12",
          "192.168.0.0/16",
          "100.64.0.0/10",
          "8.0.0.0/8",
          "203.0.113.0/24");

  private static final List<String> IPV6_BASES =
      List.of(
          "::/0",
          "2000::/3",
          "2001:db8::/32",
          "fc00::/7",
          "fe80::/10",
          "::ffff:0:0/96",
          "::ffff:10.0.0.0/104",
          "::ffff:172.16.0.0/108",
          "::ffff:100.64.0.0/106");

  @Property(tries = 2000)
  void isInternetWide_matchesTheDefinitionInIntegerArithmetic(@ForAll("ranges") Cidr range) {
    boolean expected = definition(range);

    Statistics.label("family").collect(range.family());
    Statistics.label("internet-wide").collect(expected);
    Statistics.label("internet-wide")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 20);
              coverage.check(false).percentage(p -> p > 20);
            });
    assertThat(range.isInternetWide()).as(range.toString()).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void isInternetWide_whenARangeIsWide_everyRangeHoldingItIsWide(@ForAll("ranges") Cidr range) {
    for (int prefix = range.prefixLength() - 1; prefix >= 0 && range.isInternetWide(); prefix--) {
      Cidr wider = Cidr.containing(range.address(), prefix);
      assertThat(wider.isInternetWide()).as(wider + " holds " + range).isTrue();
    }
  }

  @Property
  void isInternetWide_ofIpv4MappedRange_isThatOfTheIpv4Range(@ForAll("ipv4Ranges") Cidr ipv4) {
    Cidr mapped =
        Cidr.parse("::ffff:" + ipv4.address().getHostAddress() + "/" + (96 + ipv4.prefixLength()));

    assertThat(mapped.isInternetWide()).as(mapped.toString()).isEqualTo(ipv4.isInternetWide());
  }

  @Property
  void isInternetWide_whenPrivateSpace_isFalse(@ForAll("ranges") Cidr range) {
    if (range.isRfc1918() || Cidr.parse("fc00::/7").contains(range)) {
      assertThat(range.isInternetWide()).isFalse();
    }
  }

  /** The definition of {@link Cidr#isInternetWide()}, on numbers. */
  private static boolean definition(Cidr range) {
    if (range.family() == IpFamily.IPV4) {
      boolean inRfc1918 =
          within(range, "10.0.0.0", "10.255.255.255")
              || within(range, "172.16.0.0", "172.31.255.255")
              || within(range, "192.168.0.0", "192.168.255.255");
      return range.prefixLength() < 16 && !inRfc1918;
    }
    BigInteger mappedFirst = number("::ffff:0.0.0.0");
    BigInteger mappedLast = number("::ffff:255.255.255.255");
    if (first(range).compareTo(mappedFirst) >= 0 && last(range).compareTo(mappedLast) <= 0) {
      BigInteger ipv4 = first(range).subtract(mappedFirst);
      return definition(Cidr.of(address(ipv4, 4), range.prefixLength() - 96)); // the range mapped
    }
    if (first(range).compareTo(mappedFirst) <= 0 && last(range).compareTo(mappedLast) >= 0) {
      return true; // holds all of IPv4, mapped
    }
    return range.prefixLength() < 32
        && !within(range, "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
  }

  private static boolean within(Cidr range, String first, String last) {
    return first(range).compareTo(number(first)) >= 0 && last(range).compareTo(number(last)) <= 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  @Provide
  Arbitrary<Cidr> ranges() {
    return Arbitraries.oneOf(ipv4Ranges(), around(IPV6_BASES));
  }

  @Provide
  Arbitrary<Cidr> ipv4Ranges() {
    return around(IPV4_BASES);
  }

  /** Ranges inside or around one of the bases, with prefixes a little shorter or longer. */
  private static Arbitrary<Cidr> around(List<String> bases) {
    return Arbitraries.of(bases)
        .map(Cidr::parse)
        .flatMap(
            base -> {
              int bits = base.family().bits();
              Arbitrary<byte[]> hostBits = Arbitraries.bytes().array(byte[].class).ofSize(bits / 8);
              Arbitrary<Integer> prefixes =
                  Arbitraries.integers()
                      .between(
                          Math.max(0, base.prefixLength() - 6),
                          Math.min(bits, base.prefixLength() + 20));
              return Combinators.combine(hostBits, prefixes)
                  .as(
                      (random, prefix) ->
                          Cidr.containing(
                              address(first(base).or(host(random, base)), bits / 8), prefix));
            });
  }

  /** The bits of {@code random} after the base's prefix. */
  private static BigInteger host(byte[] random, Cidr base) {
    int hostBits = base.family().bits() - base.prefixLength();
    return new BigInteger(1, random)
        .and(BigInteger.ONE.shiftLeft(hostBits).subtract(BigInteger.ONE));
  }

  // ---------------------------------------------------------------------------------------------
  // Addresses as numbers

  private static BigInteger first(Cidr range) {
    return new BigInteger(1, range.address().getAddress());
  }

  private static BigInteger last(Cidr range) {
    int hostBits = range.family().bits() - range.prefixLength();
    return first(range).add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE);
  }

  private static BigInteger number(String literal) {
    return first(Cidr.parseAddressOrCidr(literal));
  }

  private static InetAddress address(BigInteger value, int bytes) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[bytes];
    int copy = Math.min(raw.length, bytes);
    System.arraycopy(raw, raw.length - copy, out, bytes - copy, copy);
    try {
      return bytes == 4 ? InetAddress.getByAddress(out) : Inet6Address.getByAddress(null, out, -1);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
