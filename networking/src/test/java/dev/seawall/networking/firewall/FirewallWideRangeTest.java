package dev.seawall.networking.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wide public ranges count as "the internet" ({@code Cidr.isInternetWide()}): splitting 0.0.0.0/0
 * must not bypass the rules.
 */
class FirewallWideRangeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0/1,128.0.0.0/1",
        "8.0.0.0/8",
        "8.0.0.0/9",
        "100.64.0.0/12",
        "2000::/3",
        "::ffff:0:0/96"
      })
  void validate_whenSshFromWidePublicRanges_refusesAsInternetIngress(String ranges) {
    var result =
        FirewallSpec.builder()
            .name("web")
            .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses(ranges.split(","))))
            .dropletIds(8043964L)
            .validate();

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(Violation::ruleId).toJavaList()).contains("SW-FW-002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/8", "203.0.113.0/24", "198.51.0.0/16", "fd00::/8"})
  void validate_whenSshFromPrivateOrNarrowRange_accepts(String range) {
    var result =
        FirewallSpec.builder()
            .name("web")
            .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses(range)))
            .dropletIds(8043964L)
            .validate();

    assertThat(result.isValid()).isTrue();
  }
}
