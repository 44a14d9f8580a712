package dev.seawall.spaces.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.SeawallException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpacesCredentialsTest {
  private final String secret = "s3cr3t-" + UUID.randomUUID();

  @Test
  void of_trimsAndKeepsBoth() {
    SpacesCredentials credentials = SpacesCredentials.of(" DO00ABC ", secret + "\n");

    assertThat(credentials.accessKeyId()).isEqualTo("DO00ABC");
    assertThat(credentials.secretAccessKey()).isEqualTo(secret);
  }

  @Test
  void toString_showsIdNeverSecret() {
    SpacesCredentials credentials = SpacesCredentials.of("DO00ABC", secret);

    assertThat(credentials.toString())
        .contains("DO00ABC")
        .contains("redacted")
        .doesNotContain(secret);
  }

  @Test
  void of_whenBlankOrWhitespaceInside_throwsWithoutSecret() {
    assertThatThrownBy(() -> SpacesCredentials.of("", secret))
        .hasMessageContaining("access key id is blank");
    assertThatThrownBy(() -> SpacesCredentials.of("DO00ABC", " "))
        .hasMessageContaining("secret access key is blank");
    String spaced = "abc def-" + UUID.randomUUID();
    assertThatThrownBy(() -> SpacesCredentials.of("DO00ABC", spaced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(spaced);
  }

  @Test
  void fromEnvironment_readsSpacesVariables() {
    SpacesCredentials credentials =
        SpacesCredentials.fromEnvironment(
            Map.of("SPACES_ACCESS_KEY_ID", "DO00ENV", "SPACES_SECRET_ACCESS_KEY", secret));

    assertThat(credentials).isEqualTo(SpacesCredentials.of("DO00ENV", secret));
  }

  @Test
  void fromEnvironment_whenMissing_namesVariables() {
    assertThatThrownBy(
            () -> SpacesCredentials.fromEnvironment(Map.of("SPACES_ACCESS_KEY_ID", "DO00ENV")))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("SPACES_SECRET_ACCESS_KEY");
  }

  @Test
  void equals_comparesIdAndSecret() {
    assertThat(SpacesCredentials.of("DO00A", secret))
        .isEqualTo(SpacesCredentials.of("DO00A", secret))
        .isNotEqualTo(SpacesCredentials.of("DO00A", secret + "x"))
        .isNotEqualTo(SpacesCredentials.of("DO00B", secret));
  }

  @org.junit.jupiter.api.Test
  void of_whenIdAndSecretSwapped_refusesWithoutEchoingEither() {
    String secret =
        java.util.Base64.getEncoder()
            .withoutPadding()
            .encodeToString(new java.security.SecureRandom().generateSeed(32));

    assertThatThrownBy(() -> SpacesCredentials.of(secret, "DO00ABCDEFGHIJKLMNOP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("swapped")
        .hasMessageNotContaining(secret);
  }
}
