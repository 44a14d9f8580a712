package dev.seawall.databases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

  @Provide
  Arbitrary<String> ipv4Addresses() {
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
    return Combinators.combine(octet, octet, octet, octet)
        .as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
  }

  @Property
  void parse_whenAnyIpv4Address_canonicalRoundTrips(@ForAll("ipv4Addresses") String address) {
    IpRange range = IpRange.parse(address);

    assertThat(range.canonical()).isEqualTo(address);
    assertThat(range.isSingleAddress()).isTrue();
    assertThat(range.prefixLength()).isEqualTo(32);
    assertThat(IpRange.parse(address + "/32")).isEqualTo(range);
  }

  @Property
  void parse_whenNetworkOfAnyPrefix_isAcceptedAndHostBitsAreRefused(
      @ForAll("ipv4Addresses") String address, @ForAll @IntRange(min = 0, max = 31) int prefix) {
    long value = 0;
    for (String part : address.split("\\.")) {
      value = (value << 8) | Integer.parseInt(part);
    }
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    long network = value & mask;
    String networkText =
        ((network >> 24) & 0xff)
            + "."
            + ((network >> 16) & 0xff)
            + "."
            + ((network >> 8) & 0xff)
            + "."
            + (network & 0xff);

    IpRange range = IpRange.parse(networkText + "/" + prefix);
    assertThat(range.canonical()).isEqualTo(networkText + "/" + prefix);
    if (network != value) {
      assertThatThrownBy(() -> IpRange.parse(address + "/" + prefix))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("host bits")
          .hasMessageContaining(networkText + "/" + prefix);
    }
  }

  @Property
  void isInternetWide_whenIpv4PrefixBelow8_isAlwaysTrue(
      @ForAll("ipv4Addresses") String address, @ForAll @IntRange(min = 0, max = 7) int prefix) {
    String first = address.substring(0, address.indexOf('.'));
    int octet = Integer.parseInt(first) & (0xff << (8 - prefix)) & 0xff;
    assertThat(IpRange.parse(octet + ".0.0.0/" + prefix).isInternetWide()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0/0, true",
    "128.0.0.0/1, true",
    "10.0.0.0/7, true",
    "10.0.0.0/8, false",
    "172.16.0.0/12, false",
    "192.168.0.0/16, false",
    "172.0.0.0/12, true",
    "3.0.0.0/8, true",
    "100.64.0.0/10, true",
    "203.0.0.0/15, true",
    "203.0.0.0/16, false",
    "203.0.113.7, false",
    "::/0, true",
    "2000::/3, true",
    "2001:db8::/31, true",
    "2001:db8::/32, false",
    "::1, false",
  })
  void isInternetWide_forTypicalRanges_matchesPolicy(String text, boolean wide) {
    assertThat(IpRange.parse(text).isInternetWide()).isEqualTo(wide);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "localhost",
        "example.com",
        "1.2.3",
        "1.2.3.4.5",
        "256.1.1.1",
        "01.2.3.4",
        "1.2.3.4/33",
        "1.2.3.4/",
        "1.2.3.4/-1",
        "1.2.3.4/08",
        "::/129",
        "fe80::1%eth0",
        "2001:db8::g",
        "[::1]",
        "1.2.3.4 /32",
      })
  void parse_whenNotALiteralAddressOrCidr_throwsIllegalArgument(String text) {
    assertThatThrownBy(() -> IpRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_whenIpv6_isIpv6AndCanonical() {
    IpRange range = IpRange.parse("2001:DB8::/32");

    assertThat(range.isIpv6()).isTrue();
    assertThat(range.canonical()).isEqualTo("2001:db8:0:0:0:0:0:0/32");
    assertThat(IpRange.parse("2001:db8:0::/32")).isEqualTo(range);
  }

  @Test
  void parse_whenIpv4MappedIpv6_staysIpv6() {
    IpRange range = IpRange.parse("::ffff:0.0.0.0/96");

    assertThat(range.isIpv6()).isTrue();
    assertThat(range.prefixLength()).isEqualTo(96);
  }

  @Test
  void parse_whenSurroundedByWhitespace_isTrimmed() {
    assertThat(IpRange.parse("  10.1.0.0/16 ").canonical()).isEqualTo("10.1.0.0/16");
  }
}
