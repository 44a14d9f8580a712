package dev.seawall.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @ParameterizedTest
  @CsvSource({
    "10.10.0.0/16, 10.10.0.0/16",
    "' 192.168.1.0/24 ', 192.168.1.0/24",
    "0.0.0.0/0, 0.0.0.0/0",
    "2001:DB8:0:0::/32, 2001:db8::/32",
    "::/0, ::/0",
    "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1/128",
    "2001:0:0:1:0:0:0:0/64, 2001:0:0:1::/64",
    "::ffff:10.0.0.1/128, ::ffff:a00:1/128",
    "fe80::/10, fe80::/10"
  })
  void parse_whenValidCidr_returnsCanonicalRange(String text, String canonical) {
    assertThat(Cidr.parse(text)).hasToString(canonical);
  }

  @Test
  void parse_whenBareIpv4Address_suggestsHostRange() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did you mean 10.0.0.5/32?");
  }

  @Test
  void parse_whenBareIpv6Address_suggestsHostRange() {
    assertThatThrownBy(() -> Cidr.parse("2001:db8::1"))
        .hasMessageContaining("did you mean 2001:db8::1/128?");
  }

  @Test
  void parse_whenHostBitsSet_suggestsNetworkAndHost() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.5/24"))
        .hasMessageContaining("did you mean 10.0.0.0/24 (the network) or 10.0.0.5/32");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "web",
        "10.0.0/8",
        "10.0.0.0.0/8",
        "256.0.0.0/8",
        "010.0.0.0/8",
        "10.0.0.0/33",
        "10.0.0.0/",
        "10.0.0.0/-1",
        "10.0.0.0/08",
        "10.0.0.0/8/8",
        "10.0.0.0/a",
        "2001:db8::/129",
        "2001:db8:::/32",
        "2001::db8::/32",
        "1:2:3:4:5:6:7:8:9/128",
        "1:2:3:4:5:6:7/128",
        "12345::/16",
        "fe80::1%eth0/128",
        "[::1]/128",
        "::1.2.3.4:5/128",
        "g::/16"
      })
  void parse_whenMalformed_throwsIllegalArgument(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void parse_whenNotAnAddress_explainsExpectedNotation() {
    assertThatThrownBy(() -> Cidr.parse("web"))
        .hasMessageContaining("'web' is not an IPv4 or IPv6 address range")
        .hasMessageContaining("10.10.0.0/16");
  }

  @Test
  void parse_whenLeadingZeroOctet_refusesAmbiguousOctal() {
    assertThatThrownBy(() -> Cidr.parse("010.0.0.0/8")).hasMessageContaining("leading zero");
  }

  @Test
  void parseAddressOrCidr_whenBareAddress_returnsHostRange() {
    assertThat(Cidr.parseAddressOrCidr("203.0.113.7")).hasToString("203.0.113.7/32");
    assertThat(Cidr.parseAddressOrCidr("2001:db8::7")).hasToString("2001:db8::7/128");
    assertThat(Cidr.parseAddressOrCidr("203.0.113.0/24").prefixLength()).isEqualTo(24);
  }

  @Test
  void isRfc1918_whenPrivateRanges_true() {
    assertThat(Cidr.parse("10.0.0.0/8").isRfc1918()).isTrue();
    assertThat(Cidr.parse("10.200.16.0/20").isRfc1918()).isTrue();
    assertThat(Cidr.parse("172.16.0.0/12").isRfc1918()).isTrue();
    assertThat(Cidr.parse("172.31.255.0/28").isRfc1918()).isTrue();
    assertThat(Cidr.parse("192.168.0.0/16").isRfc1918()).isTrue();
  }

  @Test
  void isRfc1918_whenPublicWiderOrIpv6_false() {
    assertThat(Cidr.parse("172.32.0.0/16").isRfc1918()).isFalse();
    assertThat(Cidr.parse("172.0.0.0/8").isRfc1918()).isFalse();
    assertThat(Cidr.parse("8.8.8.0/24").isRfc1918()).isFalse();
    assertThat(Cidr.parse("100.64.0.0/10").isRfc1918()).isFalse();
    assertThat(Cidr.parse("fd00::/8").isRfc1918()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0/0, true",
    "0.0.0.0/1, true",
    "128.0.0.0/1, true",
    "10.0.0.0/7, true",
    "8.0.0.0/8, true",
    "3.0.0.0/8, true",
    "8.0.0.0/9, true",
    "172.0.0.0/12, true",
    "100.64.0.0/10, true",
    "100.64.0.0/12, true",
    "203.0.0.0/15, true",
    "10.0.0.0/8, false",
    "172.16.0.0/12, false",
    "192.168.0.0/16, false",
    "203.0.0.0/16, false",
    "203.0.113.0/24, false",
    "203.0.113.7, false",
    "::/0, true",
    "::/1, true",
    "2000::/3, true",
    "2001:db8::/31, true",
    "fc00::/6, true",
    "::/64, true",
    "::ffff:0:0/96, true",
    "::ffff:0:0/97, true",
    "::ffff:100.64.0.0/108, true",
    "2001:db8::/32, false",
    "fc00::/7, false",
    "fd00::/8, false",
    "::ffff:10.0.0.0/104, false",
    "::ffff:198.51.0.0/112, false",
    "::1, false",
  })
  void isInternetWide_forTypicalRanges_followsTheDefinition(String text, boolean wide) {
    assertThat(Cidr.parseAddressOrCidr(text).isInternetWide()).isEqualTo(wide);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "example.com",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "1.2.3.4/08",
        "1.2.3.4 /32",
        "2001:db8::g",
        "[::1]",
        "fe80::1%eth0"
      })
  void parseAddressOrCidr_whenNotALiteralAddressOrCidr_throwsIllegalArgument(String text) {
    assertThatThrownBy(() -> Cidr.parseAddressOrCidr(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseAddressOrCidr_whenHostBitsSet_suggestsTheNetwork() {
    assertThatThrownBy(() -> Cidr.parseAddressOrCidr("10.0.0.1/8"))
        .hasMessageContaining("did you mean 10.0.0.0/8 (the network)");
  }

  @Test
  void parseLenient_whenHostBitsSetOrBareAddress_readsTheNetwork() {
    assertThat(Cidr.parseLenient("10.0.0.5/24")).hasToString("10.0.0.0/24");
    assertThat(Cidr.parseLenient(" 203.0.113.7 ")).hasToString("203.0.113.7/32");
    assertThat(Cidr.parseLenient("2001:db8::1/32")).hasToString("2001:db8::/32");
    assertThatThrownBy(() -> Cidr.parseLenient("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toCompactString_whenSingleAddress_dropsThePrefixLength() {
    assertThat(Cidr.parse("192.0.2.1/32").toCompactString()).isEqualTo("192.0.2.1");
    assertThat(Cidr.parse("2001:db8::1/128").toCompactString()).isEqualTo("2001:db8::1");
    assertThat(Cidr.parse("192.0.2.0/24").toCompactString()).isEqualTo("192.0.2.0/24");
    assertThat(Cidr.parse("::/0").toCompactString()).isEqualTo("::/0");
  }

  @Test
  void parse_whenIpv4MappedIpv6Range_staysIpv6() {
    Cidr range = Cidr.parse("::ffff:0.0.0.0/96");

    assertThat(range.family()).isEqualTo(IpFamily.IPV6);
    assertThat(range.prefixLength()).isEqualTo(96);
    assertThat(range).hasToString("::ffff:0:0/96");
  }

  @Test
  void overlaps_whenNestedOrDisjointOrOtherFamily() {
    Cidr wide = Cidr.parse("10.0.0.0/8");
    Cidr inner = Cidr.parse("10.20.0.0/16");
    Cidr other = Cidr.parse("11.0.0.0/8");
    assertThat(wide.overlaps(inner)).isTrue();
    assertThat(inner.overlaps(wide)).isTrue();
    assertThat(wide.contains(inner)).isTrue();
    assertThat(inner.contains(wide)).isFalse();
    assertThat(wide.overlaps(other)).isFalse();
    assertThat(Cidr.ANY_IPV4.overlaps(Cidr.ANY_IPV6)).isFalse();
    assertThat(Cidr.parse("10.0.0.0/25").overlaps(Cidr.parse("10.0.0.128/25"))).isFalse();
  }

  @Test
  void equals_whenSameRangeSpelledDifferently_equal() {
    assertThat(Cidr.parse("2001:DB8::/32")).isEqualTo(Cidr.parse("2001:db8:0:0:0:0:0:0/32"));
    assertThat(Cidr.parse("2001:DB8::/32").hashCode())
        .isEqualTo(Cidr.parse("2001:db8:0::/32").hashCode());
    assertThat(Cidr.parse("10.0.0.0/8")).isNotEqualTo(Cidr.parse("10.0.0.0/9"));
  }

  @Test
  void address_whenIpv4MappedIpv6_staysIpv6() throws Exception {
    Cidr mapped = Cidr.parse("::ffff:10.0.0.1/128");
    assertThat(mapped.family()).isEqualTo(IpFamily.IPV6);
    assertThat(mapped.address()).isInstanceOf(Inet6Address.class);
    assertThat(Cidr.parse("10.0.0.1/32").address()).isEqualTo(InetAddress.getByName("10.0.0.1"));
  }

  @Test
  void of_whenHostBitsSet_throws() throws Exception {
    assertThatThrownBy(() -> Cidr.of(InetAddress.getByName("10.0.0.1"), 8))
        .hasMessageContaining("did you mean 10.0.0.0/8");
    assertThatThrownBy(() -> Cidr.of(InetAddress.getByName("10.0.0.0"), 40))
        .hasMessageContaining("0..32");
    assertThat(Cidr.of(InetAddress.getByName("10.0.0.0"), 8)).isEqualTo(Cidr.parse("10.0.0.0/8"));
  }

  @Test
  void compareTo_ordersIpv4BeforeIpv6ThenAddressThenPrefix() {
    assertThat(Cidr.parse("255.0.0.0/8")).isLessThan(Cidr.parse("::/0"));
    assertThat(Cidr.parse("10.0.0.0/8")).isLessThan(Cidr.parse("10.0.0.0/16"));
    assertThat(Cidr.parse("10.0.0.0/16")).isLessThan(Cidr.parse("128.0.0.0/1"));
  }
}
