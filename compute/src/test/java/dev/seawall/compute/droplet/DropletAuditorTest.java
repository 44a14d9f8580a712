package dev.seawall.compute.droplet;

import static dev.seawall.compute.droplet.Droplets.droplet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DropletAuditorTest {
  static final String VPC = "760e09ef-dc84-11e8-981e-3cfdfeaae000";
  static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";

  @Test
  void audit_whenInAnExplicitVpc_passes() {
    assertThat(DropletAuditor.create().audit(droplet(1, "web", Optional.of(VPC), List.of())))
        .isEmpty();
  }

  @Test
  void audit_whenNoVpcUuid_flagsSwDr002() {
    List<Violation> violations =
        DropletAuditor.create().audit(droplet(1, "web", Optional.empty(), List.of()));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-002");
    assertThat(violations.get(0).resource()).isEqualTo("droplet/web");
  }

  @Test
  void audit_whenInAKnownDefaultVpc_flagsSwDr002NamingIt() {
    DropletAuditor auditor = DropletAuditor.builder().defaultVpcUuids(Set.of(DEFAULT_VPC)).build();

    List<Violation> violations =
        auditor.audit(droplet(1, "web", Optional.of(DEFAULT_VPC), List.of()));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-002");
    assertThat(violations.get(0).message()).contains(DEFAULT_VPC);
    assertThat(auditor.audit(droplet(2, "db", Optional.of(VPC), List.of()))).isEmpty();
  }

  @Test
  void audit_whenCoverageUnknown_doesNotCheckSwDr003() {
    assertThat(DropletAuditor.create().audit(droplet(1, "web", Optional.of(VPC), List.of())))
        .extracting(Violation::ruleId)
        .doesNotContain("SW-DR-003");
  }

  @Test
  void audit_whenNoFirewallCoversIdOrTags_flagsSwDr003() {
    DropletAuditor auditor =
        DropletAuditor.builder().firewallCoverage(List.of(7L), List.of("db")).build();

    List<Violation> violations = auditor.audit(droplet(1, "web", Optional.of(VPC), List.of("web")));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-003");
  }

  @Test
  void audit_whenFirewallCoversIdOrATag_passes() {
    DropletAuditor auditor =
        DropletAuditor.builder().firewallCoverage(List.of(7L), List.of("web")).build();

    assertThat(auditor.audit(droplet(7, "a", Optional.of(VPC), List.of()))).isEmpty();
    assertThat(auditor.audit(droplet(8, "b", Optional.of(VPC), List.of("env:prod", "web"))))
        .isEmpty();
  }

  @Test
  void audit_whenBothRulesBroken_reportsSwDr002ThenSwDr003() {
    DropletAuditor auditor =
        DropletAuditor.builder().firewallCoverage(List.of(), List.of()).build();

    assertThat(auditor.audit(droplet(1, "web", Optional.empty(), List.of())))
        .extracting(Violation::ruleId)
        .containsExactly("SW-DR-002", "SW-DR-003");
  }

  @Test
  void auditSshKeys_whenNoKey_flagsSwDr001OnSshKeysLikeTheSpec() {
    Droplet web = droplet(1, "web", Optional.of(VPC), List.of());

    List<Violation> violations = DropletAuditor.create().auditSshKeys(web, List.of());

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-001");
    assertThat(violations.get(0).message()).contains("root password");
    List<String> specResources =
        DropletSpec.builder()
            .name("web")
            .region("fra1")
            .size("s-1vcpu-1gb")
            .image("ubuntu-24-04-x64")
            .vpcUuid(VPC)
            .validate()
            .getError()
            .map(Violation::resource)
            .asJava();
    assertThat(specResources).containsExactly(violations.get(0).resource());
  }

  @Test
  void auditSshKeys_whenOnlyBlankEntries_flagsSwDr001() {
    assertThat(
            DropletAuditor.create()
                .auditSshKeys(droplet(1, "web", Optional.of(VPC), List.of()), List.of(" ", "")))
        .extracting(Violation::ruleId)
        .containsExactly("SW-DR-001");
  }

  @Test
  void auditSshKeys_whenAKeyIsGiven_passes() {
    Droplet web = droplet(1, "web", Optional.of(VPC), List.of());

    assertThat(
            DropletAuditor.create()
                .auditSshKeys(web, List.of("3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa")))
        .isEmpty();
    assertThat(DropletAuditor.create().auditSshKeys(web, List.of("512189"))).isEmpty();
  }
}
