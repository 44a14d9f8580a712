package dev.seawall.networking.vpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VpcSpecTest {
  private final VpcAuditor auditor = new VpcAuditor();

  private static VpcSpec.Builder valid() {
    return VpcSpec.builder().name("prod-nyc1").region("nyc1").ipRange("10.10.0.0/20");
  }

  static Vpc vpc(String name, String range, boolean isDefault) {
    return new Vpc(
        "5a4981aa-9653-4bd1-bef5-d6bff52042e4",
        "do:vpc:5a4981aa-9653-4bd1-bef5-d6bff52042e4",
        name,
        Optional.of(""),
        "nyc1",
        Cidr.parse(range),
        isDefault,
        Optional.empty());
  }

  private static List<String> messages(VpcSpec.Builder builder) {
    var result = builder.validate();
    assertThat(result.isInvalid()).isTrue();
    return result
        .getError()
        .map(v -> v.ruleId() + " " + v.resource() + ": " + v.message())
        .asJava();
  }

  @Test
  void build_whenPrivateRangeWithinLimits_accepted() {
    VpcSpec spec = valid().description("production").build();
    assertThat(spec.ipRange()).contains(Cidr.parse("10.10.0.0/20"));
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }

  @Test
  void build_whenNoRange_letsDigitalOceanChoose() {
    assertThat(VpcSpec.builder().name("a").region("fra1").build().ipRange()).isEmpty();
  }

  @Test
  void validate_whenBareAddress_suggestsSlash32() {
    assertThat(messages(valid().ipRange("10.0.0.5")))
        .singleElement()
        .asString()
        .startsWith("SW-INPUT-001 vpc/prod-nyc1.ipRange:")
        .contains("did you mean 10.0.0.5/32?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.0.0/16", "100.64.0.0/16", "172.32.0.0/16"})
  void validate_whenPublicRange_refusedBySwVpc001(String range) {
    assertThat(messages(valid().ipRange(range)))
        .singleElement()
        .asString()
        .startsWith("SW-VPC-001 vpc/prod-nyc1.ipRange:")
        .contains("not a private RFC 1918 range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/8", "10.0.0.0/15", "10.0.0.0/29", "10.0.0.1/32"})
  void validate_whenPrefixOutsideLimits_refusedBySwVpc001(String range) {
    assertThat(messages(valid().ipRange(range)))
        .singleElement()
        .asString()
        .startsWith("SW-VPC-001")
        .contains("between /16")
        .contains("/28");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/16", "172.16.0.0/28", "192.168.10.0/24"})
  void validate_whenPrefixAtLimits_accepted(String range) {
    assertThat(valid().ipRange(range).validate().isValid()).isTrue();
  }

  @Test
  void validate_whenEverythingWrong_reportsAllAtOnce() {
    assertThat(
            messages(
                VpcSpec.builder()
                    .name("bad name")
                    .region("New York")
                    .ipRange("8.8.8.0/29")
                    .description("x".repeat(256))))
        .extracting(m -> m.substring(0, m.indexOf(' ')))
        .containsExactly(
            "SW-INPUT-001", "SW-INPUT-001", "SW-INPUT-001", "SW-VPC-001", "SW-VPC-001");
  }

  @Test
  void overlaps_whenTwoPlannedVpcsOverlap_refused() {
    VpcSpec a = valid().build();
    VpcSpec b = valid().name("prod-inner").ipRange("10.10.4.0/24").build();
    VpcSpec c = valid().name("other").ipRange("10.20.0.0/20").build();
    List<Violation> found = VpcOverlaps.check(List.of(a, b, c));
    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-VPC-001");
              assertThat(v.resource()).isEqualTo("vpc/prod-inner");
              assertThat(v.message())
                  .contains("10.10.4.0/24 overlaps 10.10.0.0/20 of vpc/prod-nyc1");
            });
    assertThatThrownBy(() -> VpcOverlaps.requireDisjoint(List.of(a, b)))
        .isInstanceOf(InvalidSpecException.class);
    assertThat(VpcOverlaps.check(List.of(a, c))).isEmpty();
  }

  @Test
  void overlaps_whenPlannedOverlapsExisting_refusedUnlessSameName() {
    VpcSpec planned = valid().build();
    assertThat(VpcOverlaps.check(List.of(planned), List.of(vpc("legacy", "10.10.8.0/24", false))))
        .extracting(Violation::resource)
        .containsExactly("vpc/prod-nyc1");
    assertThat(
            VpcOverlaps.check(List.of(planned), List.of(vpc("prod-nyc1", "10.10.0.0/20", false))))
        .isEmpty();
  }

  @Test
  void audit_whenReadModelOutsideRules_flagged() {
    assertThat(auditor.audit(vpc("wide", "10.0.0.0/8", false)))
        .extracting(Violation::ruleId)
        .containsExactly("SW-VPC-001");
    assertThat(auditor.audit(vpc("public", "8.8.8.0/24", false)))
        .extracting(Violation::resource)
        .containsExactly("vpc/public.ipRange");
    assertThat(auditor.audit(vpc("default-nyc1", "10.102.0.0/20", true))).isEmpty();
  }

  @Test
  void auditOverlaps_whenExistingVpcsOverlap_flagged() {
    assertThat(
            auditor.auditOverlaps(
                List.of(vpc("a", "10.1.0.0/16", false), vpc("b", "10.1.128.0/20", false))))
        .extracting(Violation::ruleId)
        .containsExactly("SW-VPC-001");
  }
}
