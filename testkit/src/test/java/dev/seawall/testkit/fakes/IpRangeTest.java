package dev.seawall.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {
  @Test
  void parse_whenHostBitsSet_masksThemAndParseNetworkRefuses() {
    assertThat(IpRange.parse("10.0.0.5/24")).hasToString("10.0.0.0/24");
    assertThatThrownBy(() -> IpRange.parseNetwork("10.0.0.5/24"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IpRange.parseNetwork("10.0.0.0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(IpRange.parseNetwork("10.0.0.0/24")).hasToString("10.0.0.0/24");
  }

  @Test
  void parse_whenBareAddress_isAHostRange() {
    assertThat(IpRange.parse("203.0.113.7").prefixLength()).isEqualTo(32);
    assertThat(IpRange.parse("2001:db8::1").prefixLength()).isEqualTo(128);
    assertThat(IpRange.parse("::/0")).hasToString("0:0:0:0:0:0:0:0/0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "web", "10.0.0", "10.0.0.256", "10.0.0.0/33", "1::2::3", "2001:db8::g", "::/"})
  void parse_whenNotAnAddressOrCidr_refuses(String text) {
    assertThatThrownBy(() -> IpRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlaps_whenOneContainsTheOther_isTrueAcrossPrefixes() {
    assertThat(IpRange.parse("10.0.0.0/8").overlaps(IpRange.parse("10.20.0.0/24"))).isTrue();
    assertThat(IpRange.parse("10.20.0.0/24").overlaps(IpRange.parse("10.21.0.0/24"))).isFalse();
    assertThat(IpRange.parse("10.0.0.0/8").overlaps(IpRange.parse("::/0"))).isFalse();
  }

  @Test
  void isRfc1918_onlyForPrivateIpv4Ranges() {
    assertThat(IpRange.parse("172.16.0.0/12").isRfc1918()).isTrue();
    assertThat(IpRange.parse("192.168.10.0/24").isRfc1918()).isTrue();
    assertThat(IpRange.parse("172.32.0.0/16").isRfc1918()).isFalse();
    assertThat(IpRange.parse("10.0.0.0/7").isRfc1918()).isFalse();
    assertThat(IpRange.parse("fd00::/8").isRfc1918()).isFalse();
  }
}
