package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.seawall.core.support.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
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
  void rule_whenIdMalformed_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Rule("SW-FW-1", Severity.ERROR, "t", "r", "m", List.of()))
        .withMessageContaining("SW-AREA-NNN");
  }

  @Test
  void violation_whenCreatedFromRule_carriesRuleResourceAndMessage() {
    Violation violation = Examples.SW_DR_001.violation("droplet/app", "no SSH key");

    assertThat(violation.ruleId()).isEqualTo("SW-DR-001");
    assertThat(violation.resource()).isEqualTo("droplet/app");
    assertThat(violation).hasToString("SW-DR-001 [ERROR] droplet/app: no SSH key");
  }
}
