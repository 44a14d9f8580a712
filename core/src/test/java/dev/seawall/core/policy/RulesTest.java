package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesTest {
  /** The starting rule set of DESIGN.md §1, verbatim: the specification this catalog follows. */
  private static final List<String> DESIGN_IDS =
      List.of(
          "SW-FW-001",
          "SW-FW-002",
          "SW-FW-003",
          "SW-FW-004",
          "SW-FW-005",
          "SW-DR-001",
          "SW-DR-002",
          "SW-DR-003",
          "SW-DR-004",
          "SW-LB-001",
          "SW-LB-002",
          "SW-LB-003",
          "SW-LB-004",
          "SW-VPC-001",
          "SW-SP-001",
          "SW-SP-002",
          "SW-SP-003",
          "SW-SP-004",
          "SW-SP-005",
          "SW-SP-006",
          "SW-SP-007",
          "SW-VOL-001",
          "SW-VOL-002",
          "SW-VOL-003",
          "SW-DB-001",
          "SW-DB-002",
          "SW-DB-003",
          "SW-DB-004",
          "SW-TOK-001");

  /** Public scanner ids (Checkov CKV_DIO_*, Trivy/tfsec DIG-*) that DESIGN.md §1 names. */
  private static final Map<String, Set<String>> DESIGN_SCANNER_IDS =
      Map.of(
          "SW-FW-001", Set.of("CKV_DIO_4", "DIG-0001"),
          "SW-FW-003", Set.of("DIG-0003"),
          "SW-DR-001", Set.of("CKV_DIO_2", "DIG-0004"),
          "SW-LB-001", Set.of("DIG-0002"),
          "SW-SP-001", Set.of("CKV_DIO_3", "DIG-0006"),
          "SW-SP-002", Set.of("CKV_DIO_1", "DIG-0007"));

  @Test
  void all_whenListed_idsAreUnique() {
    List<String> ids = Rules.all().stream().map(Rule::id).collect(Collectors.toList());

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void all_whenListed_namesAreUniquePascalCase() {
    List<String> names = Rules.all().stream().map(Rule::name).collect(Collectors.toList());

    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Z][A-Za-z0-9]+"));
  }

  @Test
  void rule_whenCreatedWithoutName_derivesPascalCaseNameFromTitle() {
    Rule rule =
        new Rule("SW-APP-001", Severity.ERROR, "0.0.0.0/0 open: app env var", "r", "m", List.of());

    assertThat(rule.name()).isEqualTo("OpenAppEnvVar");
  }

  @Test
  void rule_whenNameNotPascalCase_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Rule("SW-APP-001", "bad name", Severity.ERROR, "t", "r", "m", List.of()))
        .withMessageContaining("PascalCase");
  }

  @Test
  void all_whenComparedWithDesign_containsEveryDesignRuleAndTheInputRule() {
    List<String> ids = Rules.all().stream().map(Rule::id).collect(Collectors.toList());

    assertThat(ids).containsAll(DESIGN_IDS).contains("SW-INPUT-001");
  }

  @Test
  void all_whenComparedWithDesign_severitiesMatch() {
    for (Rule rule : Rules.all()) {
      Severity expected =
          switch (rule.id()) {
            case "SW-FW-005" -> Severity.WARNING; // "warning" in DESIGN
            case "SW-TOK-001" -> Severity.NOTE; // "informational" in DESIGN
            default -> Severity.ERROR;
          };
      assertThat(rule.severity()).as(rule.id()).isEqualTo(expected);
    }
  }

  @Test
  void all_whenComparedWithDesign_publicScannerIdsMatch() {
    for (Rule rule : Rules.all()) {
      Set<String> scannerIds =
          rule.scannerEquivalents().stream()
              .filter(id -> id.matches("CKV_DIO_\\d+|DIG-\\d{4}"))
              .collect(Collectors.toSet());
      assertThat(scannerIds)
          .as(rule.id())
          .isEqualTo(DESIGN_SCANNER_IDS.getOrDefault(rule.id(), Set.of()));
    }
  }

  @Test
  void all_whenListed_everyRuleHasTitleRationaleAndRemediation() {
    assertThat(Rules.all())
        .allSatisfy(
            rule -> {
              assertThat(rule.title()).as(rule.id()).isNotBlank();
              assertThat(rule.rationale()).as(rule.id()).isNotBlank();
              assertThat(rule.remediation()).as(rule.id()).isNotBlank();
            });
  }

  @Test
  void byId_whenKnown_returnsSameRule() {
    for (Rule rule : Rules.all()) {
      assertThat(Rules.byId(rule.id())).contains(rule);
    }
  }

  @Test
  void byId_whenUnknown_isEmpty() {
    assertThat(Rules.byId("SW-FW-999")).isEmpty();
    assertThat(Rules.byId("sw-fw-001")).isEmpty();
  }

  @Test
  void rule_whenIdMalformed_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Rule("SW-FW-1", Severity.ERROR, "t", "r", "m", List.of()))
        .withMessageContaining("SW-AREA-NNN");
  }

  @Test
  void violation_whenCreatedFromRule_carriesRuleResourceAndMessage() {
    Violation violation = Rules.SW_DR_001.violation("droplet/app", "no SSH key");

    assertThat(violation.ruleId()).isEqualTo("SW-DR-001");
    assertThat(violation.resource()).isEqualTo("droplet/app");
    assertThat(violation).hasToString("SW-DR-001 [ERROR] droplet/app: no SSH key");
  }
}
