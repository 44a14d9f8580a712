package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.support.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditorTest {
  /** A stand-in read model: a droplet with its SSH key count and VPC. */
  record Droplet(String name, int sshKeys, String vpcUuid) {}

  private final Auditor<Droplet> keys =
      d ->
          d.sshKeys() > 0
              ? List.of()
              : List.of(Examples.SW_DR_001.violation("droplet/" + d.name(), "no SSH key"));
  private final Auditor<Object> vpc =
      o ->
          o instanceof Droplet d && d.vpcUuid().isEmpty()
              ? List.of(Examples.SW_DR_002.violation("droplet/" + d.name(), "default VPC"))
              : List.of();

  @Test
  void and_whenBothFind_reportsThisThenOther() {
    List<Violation> found = keys.and(vpc).audit(new Droplet("app", 0, ""));

    assertThat(found).extracting(Violation::ruleId).containsExactly("SW-DR-001", "SW-DR-002");
  }

  @Test
  void and_whenResourcePasses_reportsNothing() {
    List<Violation> found = keys.and(vpc).audit(new Droplet("app", 1, "5a4981aa"));

    assertThat(found).isEmpty();
  }

  @Test
  void audit_whenFedIntoReport_becomesOpenFindings() {
    PolicyReport report =
        PolicyReport.builder().addAll(keys.audit(new Droplet("app", 0, "v"))).build();

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("SW-DR-001");
              assertThat(f.acknowledged()).isFalse();
            });
    assertThat(report.hasUnacknowledgedErrors()).isTrue();
  }
}
