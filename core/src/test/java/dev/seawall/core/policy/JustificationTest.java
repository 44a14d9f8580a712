package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JustificationTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
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
}
