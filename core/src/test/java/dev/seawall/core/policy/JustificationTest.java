package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.seawall.core.support.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JustificationTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003", "\u00A0", "\u200B", " \u200B\u00A0 "})
  void of_whenBlank_refusedWithExample(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Justification.of(text))
        .withMessageContaining("Justification.of(");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SEC-142: public status page", "  SEC-7: load test  "})
  void of_whenText_keepsItTrimmed(String text) {
    Justification justification = Justification.of(text);

    assertThat(justification.text()).isEqualTo(text.strip());
    assertThat(justification).hasToString(text.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SEC-1: ok\nSW-FW-001 forged line", "SEC-1: \u202Eevil", "SEC-1\u0000"})
  void of_whenControlOrFormatCharacters_refused(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Justification.of(text))
        .withMessageContaining("one line of plain text");
  }

  @org.junit.jupiter.api.Test
  void of_whenLongerThanMaximum_refusedWithLength() {
    String text = "SEC-1: " + "x".repeat(Justification.MAX_LENGTH);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Justification.of(text))
        .withMessageContaining("at most " + Justification.MAX_LENGTH);
    assertThat(Justification.of(text.substring(0, Justification.MAX_LENGTH)).text())
        .hasSize(Justification.MAX_LENGTH);
  }

  @org.junit.jupiter.api.Test
  void violation_whenResourceOrMessageHoldsLineBreaksOrBidi_escapesThem() {
    Violation violation =
        Examples.SW_FW_001.violation("firewall/web\nSW-FAKE.name", "name \u202Ereversed");

    assertThat(violation.resource()).isEqualTo("firewall/web\\u000ASW-FAKE.name");
    assertThat(violation.message()).isEqualTo("name \\u202Ereversed");
    assertThat(violation.toString()).doesNotContain("\n");
  }
}
