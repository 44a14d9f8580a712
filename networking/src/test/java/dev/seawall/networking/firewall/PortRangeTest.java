package dev.seawall.networking.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {

  @ParameterizedTest
  @ValueSource(strings = {"all", "ALL", "0", "1-65535", " all ", "1 - 65535"})
  void parse_whenAnySpellingOfAllPorts_returnsAll(String text) {
    PortRange ports = PortRange.parse(text);
    assertThat(ports).isEqualTo(PortRange.ALL);
    assertThat(ports.isAll()).isTrue();
  }

  @Test
  void wireValue_whenAll_isTheRangeTheApiAccepts() {
    // The API answers 422 "You must specify a positive value for ports" to "0" and "all".
    assertThat(PortRange.ALL.wireValue()).isEqualTo("1-65535");
    assertThat(PortRange.ALL).hasToString("all");
  }

  @Test
  void parse_whenSinglePortOrRange_keepsIt() {
    assertThat(PortRange.parse("443").wireValue()).isEqualTo("443");
    assertThat(PortRange.parse("8000-9000").wireValue()).isEqualTo("8000-9000");
    assertThat(PortRange.parse("8000-9000").from()).isEqualTo(8000);
    assertThat(PortRange.parse("8000-9000").to()).isEqualTo(9000);
  }

  @Test
  void of_whenSamePortTwice_equalsSinglePort() {
    assertThat(PortRange.parse("80-80")).isEqualTo(PortRange.of(80));
    assertThat(PortRange.of(80, 80).isSinglePort()).isTrue();
    assertThat(PortRange.parse("80-80").wireValue()).isEqualTo("80");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-", "65536", "0-80", "80-", "-80", "http", "22,80", "9000-8000", "1.5"})
  void parse_whenInvalid_throwsIllegalArgument(String text) {
    assertThatThrownBy(() -> PortRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_whenReversed_suggestsOrder() {
    assertThatThrownBy(() -> PortRange.of(9000, 8000))
        .hasMessageContaining("did you mean 8000-9000?");
  }

  @Test
  void of_whenZero_pointsToAll() {
    assertThatThrownBy(() -> PortRange.of(0)).hasMessageContaining("PortRange.ALL");
  }

  @Test
  void containsAndOverlaps_compareRanges() {
    PortRange web = PortRange.of(8000, 9000);
    assertThat(web.contains(8080)).isTrue();
    assertThat(web.contains(9001)).isFalse();
    assertThat(web.contains(PortRange.of(8500, 8600))).isTrue();
    assertThat(web.overlaps(PortRange.of(9000, 9100))).isTrue();
    assertThat(web.overlaps(PortRange.of(9001, 9100))).isFalse();
    assertThat(PortRange.ALL.contains(web)).isTrue();
  }
}
