package dev.seawall.databases.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedSourceSpecTest {
  private static final String UUID = "bd5f5959-5e1e-4205-a714-a914373942af";

  private static List<String> ruleIds(TrustedSourceSpec spec) {
    return spec.validate()
        .fold(errors -> errors.map(Violation::ruleId).toJavaList(), ok -> List.of());
  }

  @Test
  void factories_whenWellFormed_produceTypedValidSources() {
    assertThat(TrustedSourceSpec.droplet(3164444))
        .extracting(TrustedSourceSpec::type, TrustedSourceSpec::value)
        .containsExactly(TrustedSourceType.DROPLET, "3164444");
    assertThat(TrustedSourceSpec.k8s(UUID).type()).isEqualTo(TrustedSourceType.K8S);
    assertThat(TrustedSourceSpec.app(UUID).type()).isEqualTo(TrustedSourceType.APP);
    assertThat(TrustedSourceSpec.tag("web:prod").value()).isEqualTo("web:prod");
    assertThat(TrustedSourceSpec.ipAddr(" 203.0.113.0/24 ").value()).isEqualTo("203.0.113.0/24");
    for (TrustedSourceSpec spec :
        List.of(
            TrustedSourceSpec.droplet(1),
            TrustedSourceSpec.k8s(UUID),
            TrustedSourceSpec.app(UUID),
            TrustedSourceSpec.tag("web"),
            TrustedSourceSpec.ipAddr("10.0.0.0/8"))) {
      assertThat(spec.validate().isValid()).as(spec.toString()).isTrue();
    }
  }

  @Test
  void ipAddr_whenSingleAddressWithSlash32_isCanonicalisedWithoutPrefix() {
    assertThat(TrustedSourceSpec.ipAddr("192.0.2.1/32").value()).isEqualTo("192.0.2.1");
    assertThat(
            TrustedSourceSpec.ipAddr("192.0.2.1/32")
                .sameSourceAs(TrustedSourceSpec.ipAddr("192.0.2.1")))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0/0", "0.0.0.0/1", "8.0.0.0/8", "100.64.0.0/10"})
  void validate_whenInternetWideRange_refusesWithSwDb002NamingTheOptOut(String cidr) {
    var result = TrustedSourceSpec.ipAddr(cidr).validate();

    assertThat(result.isInvalid()).isTrue();
    Violation violation = result.getError().head();
    assertThat(violation.ruleId()).isEqualTo("SW-DB-002");
    assertThat(violation.message()).contains(cidr).contains("allowWideRange");
  }

  @Test
  void wideRange_whenJustified_isValidAndRecordsTheRiskForThatRange() {
    TrustedSourceSpec spec =
        TrustedSourceSpec.wideRange("0.0.0.0/0", Justification.of("SEC-9: vendor scanner"));

    assertThat(spec.validate().isValid()).isTrue();
    assertThat(spec.acknowledgedRisks())
        .containsExactly(
            new AcknowledgedRisk(
                "SW-DB-002", Justification.of("SEC-9: vendor scanner"), "0.0.0.0/0"));
  }

  @Test
  void validate_whenIpv6_isInvalidBecauseDigitalOceanRefusesIt() {
    assertThat(ruleIds(TrustedSourceSpec.ipAddr("2001:db8::/48"))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.ipAddr("::/0")))
        .containsExactly("SW-DB-002", "SW-INPUT-001");
  }

  @Test
  void validate_whenValuesMalformed_reportsInvalidInput() {
    assertThat(ruleIds(TrustedSourceSpec.droplet(0))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.droplet(-5))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.k8s("not-a-uuid"))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.app(UUID.toUpperCase(java.util.Locale.ROOT))))
        .containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.tag("has space"))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.tag(""))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.ipAddr("db.example.com"))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.ipAddr("10.0.0.1/8"))).containsExactly("SW-INPUT-001");
    assertThat(ruleIds(TrustedSourceSpec.of(TrustedSourceType.UNKNOWN, "x")))
        .containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenHostBitsSet_messageSuggestsTheNetwork() {
    var result = TrustedSourceSpec.ipAddr("10.0.0.1/8").validate();

    assertThat(result.getError().head().message()).contains("10.0.0.0/8");
    assertThat(result.getError().head().resource())
        .isEqualTo("trustedSource/ip_addr:10.0.0.1/8.value");
  }

  @Test
  void withDescription_keepsSourceAndChangesOnlyDescription() {
    TrustedSourceSpec plain = TrustedSourceSpec.tag("web");
    TrustedSourceSpec described = plain.withDescription("  web tier ");

    assertThat(described.description()).isEqualTo("web tier");
    assertThat(described).isNotEqualTo(plain);
    assertThat(described.sameSourceAs(plain)).isTrue();
    assertThat(plain.description()).isEmpty();
  }

  @Test
  void sameSourceAs_whenTypeDiffers_isFalse() {
    assertThat(TrustedSourceSpec.tag("123").sameSourceAs(TrustedSourceSpec.droplet(123))).isFalse();
  }
}
