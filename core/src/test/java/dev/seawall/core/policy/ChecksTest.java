package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.seawall.core.support.Examples;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final Justification WHY = Justification.of("SEC-1: public status page");

  @Test
  void result_whenSeveralProblems_reportsEveryViolationInOrder() {
    Checks checks = Checks.on("firewall/web");

    checks.invalid("name", "must not be blank");
    checks.at("inboundRules[0]").refuse(Examples.SW_FW_001, "tcp 22 from 0.0.0.0/0");
    checks.require(false, Examples.SW_FW_003, "all ports to 0.0.0.0/0");
    Validation<Seq<Violation>, String> result = checks.result(() -> "spec");

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().asJava())
        .extracting(Violation::ruleId, Violation::resource, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "SW-INPUT-001", "firewall/web.name", "must not be blank"),
            org.assertj.core.groups.Tuple.tuple(
                "SW-FW-001", "firewall/web.inboundRules[0]", "tcp 22 from 0.0.0.0/0"),
            org.assertj.core.groups.Tuple.tuple(
                "SW-FW-003", "firewall/web", "all ports to 0.0.0.0/0"));
  }

  @Test
  void result_whenNoViolation_isValidWithSuppliedValue() {
    Checks checks = Checks.on("firewall/web").require(true, Examples.SW_FW_003, "unused");

    Validation<Seq<Violation>, String> result = checks.result(() -> "spec");

    assertThat(result.isValid()).isTrue();
    assertThat(result.get()).isEqualTo("spec");
    assertThat(checks.violations()).isEmpty();
  }

  @Test
  void result_whenInvalid_neverCallsSupplier() {
    AtomicInteger calls = new AtomicInteger();
    Checks checks = Checks.on("droplet/app").refuse(Examples.SW_DR_001, "no SSH key");

    checks.result(calls::incrementAndGet);

    assertThat(calls).hasValue(0);
  }

  @Test
  void result_whenOnlyWarnings_isValidAndKeepsWarningsReadable() {
    Checks checks = Checks.on("firewall/web").refuse(Examples.SW_FW_005, "applies to nothing");

    Validation<Seq<Violation>, String> result = checks.result(() -> "spec");

    assertThat(result.isValid()).isTrue();
    assertThat(checks.hasErrors()).isFalse();
    assertThat(checks.violations()).extracting(Violation::ruleId).containsExactly("SW-FW-005");
  }

  @Test
  void result_whenErrorAndWarning_invalidListsBoth() {
    Checks checks =
        Checks.on("firewall/web")
            .refuse(Examples.SW_FW_005, "applies to nothing")
            .refuse(Examples.SW_FW_004, "all ports from 10.0.0.0/8");

    Validation<Seq<Violation>, String> result = checks.result(() -> "spec");

    assertThat(result.getError().map(Violation::ruleId).asJava())
        .containsExactly("SW-FW-005", "SW-FW-004");
  }

  @Test
  void refuseUnlessAcknowledged_whenRuleAcknowledged_suppressesOnlyThatRule() {
    List<AcknowledgedRisk> acks = List.of(AcknowledgedRisk.of(Examples.SW_FW_001, WHY, "tcp 443"));
    Checks checks = Checks.on("firewall/web");

    checks.refuseUnlessAcknowledged(
        Examples.SW_FW_001, true, acks, "tcp 443 from 0.0.0.0/0", "allowPublicIngress(...)");
    checks.refuseUnlessAcknowledged(
        Examples.SW_FW_003,
        true,
        acks,
        "all ports to 0.0.0.0/0",
        "allowAllOutbound(Justification)");

    assertThat(checks.violations()).extracting(Violation::ruleId).containsExactly("SW-FW-003");
  }

  @Test
  void refuseUnlessAcknowledged_whenNotAcknowledged_messageNamesOptOut() {
    Checks checks = Checks.on("firewall/web");

    checks.refuseUnlessAcknowledged(
        Examples.SW_FW_001,
        true,
        List.of(),
        "tcp 443 from 0.0.0.0/0",
        "allowPublicIngress(ports, Justification)");

    assertThat(checks.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(Examples.SW_FW_001);
              assertThat(v.message())
                  .isEqualTo(
                      "tcp 443 from 0.0.0.0/0; to accept this risk use"
                          + " allowPublicIngress(ports, Justification)");
            });
  }

  @Test
  void refuseUnlessAcknowledged_whenNotViolated_recordsNothing() {
    Checks checks = Checks.on("firewall/web");

    checks.refuseUnlessAcknowledged(Examples.SW_FW_001, false, List.of(), "unused", "allowX(J)");

    assertThat(checks.violations()).isEmpty();
  }

  @Test
  void refuseUnlessAcknowledged_whenHintBlank_throws() {
    Checks checks = Checks.on("firewall/web");

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> checks.refuseUnlessAcknowledged(Examples.SW_FW_001, true, List.of(), "m", " "))
        .withMessageContaining("refuse(");
  }

  @Test
  void at_whenNested_extendsResourceAndSharesAccumulator() {
    Checks checks = Checks.on("lb/edge");

    checks.at("forwardingRules").at("[1]").invalid("entryPort", "must be 1..65535");
    checks.at("").refuse(Examples.SW_LB_004, "no VPC");

    assertThat(checks.violations())
        .extracting(Violation::resource)
        .containsExactly("lb/edge.forwardingRules[1].entryPort", "lb/edge");
    assertThat(checks.at("forwardingRules").resource()).isEqualTo("lb/edge.forwardingRules");
  }

  @Test
  void include_whenNestedInvalid_recordsItsViolationsAndReturnsEmpty() {
    Checks nested = Checks.on("firewall/web.inboundRules[0]").invalid("ports", "empty range");
    Checks checks = Checks.on("firewall/web");

    var part = checks.include(nested.result(() -> "rule"));

    assertThat(part).isEmpty();
    assertThat(checks.violations())
        .extracting(Violation::resource)
        .containsExactly("firewall/web.inboundRules[0].ports");
    assertThat(checks.hasErrors()).isTrue();
  }

  @Test
  void include_whenNestedValid_returnsValue() {
    Checks checks = Checks.on("firewall/web");

    var part = checks.include(Checks.on("x").result(() -> 42));

    assertThat(part).contains(42);
    assertThat(checks.violations()).isEmpty();
  }

  @Test
  void isAcknowledged_whenOtherRuleAcknowledged_isFalse() {
    List<AcknowledgedRisk> acks = List.of(AcknowledgedRisk.of(Examples.SW_FW_002, WHY));

    assertThat(Checks.isAcknowledged(Examples.SW_FW_002, acks)).isTrue();
    assertThat(Checks.isAcknowledged(Examples.SW_FW_001, acks)).isFalse();
  }

  @Test
  void violations_whenModifiedByCaller_doesNotChangeChecks() {
    Checks checks = Checks.on("a/b").refuse(Examples.SW_DR_001, "no key");

    List<Violation> copy = checks.violations();

    assertThat(copy).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(copy::clear)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_whenInvalidSpecExceptionFromResult_listsAllViolations() {
    Checks checks =
        Checks.on("droplet/app")
            .invalid("name", "must not be blank")
            .refuse(Examples.SW_DR_001, "no SSH key");

    InvalidSpecException e = InvalidSpecException.of(checks.result(() -> "spec").getError());

    assertThat(e.violations()).hasSize(2);
    assertThat(e.getMessage())
        .contains("2 policy violations")
        .contains("SW-INPUT-001")
        .contains("SW-DR-001");
  }
}
