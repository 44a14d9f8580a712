package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void of_whenBlank_isRefusedWithHowToFix(String blank) {
    assertThatThrownBy(() -> ApiToken.of(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing or blank")
        .hasMessageContaining("https://cloud.digitalocean.com/account/api/tokens")
        .hasMessageContaining("DIGITALOCEAN_TOKEN");
  }

  @Test
  void of_whenNull_isRefusedWithHowToFix() {
    assertThatThrownBy(() -> ApiToken.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DIGITALOCEAN_TOKEN");
  }

  @Test
  void of_trimsSurroundingWhitespace() {
    String text = TestClients.randomTokenText();

    assertThat(ApiToken.of("  " + text + "\n")).isEqualTo(ApiToken.of(text));
  }

  @Test
  void of_whenInnerWhitespace_isRefusedWithoutEchoingTheValue() {
    String text = TestClients.randomTokenText();
    String broken = text.substring(0, 20) + "\n" + text.substring(20);

    assertThatThrownBy(() -> ApiToken.of(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace or a non-printable character at index 20")
        .hasMessageNotContaining(text.substring(0, 20))
        .hasMessageNotContaining(text.substring(20));
  }

  @Test
  void of_whenBearerPrefixIncluded_saysToPassOnlyTheToken() {
    assertThatThrownBy(() -> ApiToken.of("Bearer " + TestClients.randomTokenText()))
        .hasMessageContaining("pass only the token");
  }

  @Test
  void kind_recognisesDocumentedPrefixes() {
    assertThat(ApiToken.of("dop_v1_abc").kind()).isEqualTo(ApiToken.Kind.PERSONAL_ACCESS_TOKEN);
    assertThat(ApiToken.of("doo_v1_abc").kind()).isEqualTo(ApiToken.Kind.OAUTH_ACCESS_TOKEN);
    assertThat(ApiToken.of("dor_v1_abc").kind()).isEqualTo(ApiToken.Kind.OAUTH_REFRESH_TOKEN);
    assertThat(ApiToken.of("0123456789abcdef").kind()).isEqualTo(ApiToken.Kind.UNKNOWN);
  }

  @Test
  void toString_isRedacted() {
    String text = TestClients.randomTokenText();

    assertThat(ApiToken.of(text)).hasToString("ApiToken[redacted]");
  }

  @Test
  void equalsAndHashCode_compareTheValueWithoutExposingIt() {
    String text = TestClients.randomTokenText();
    ApiToken token = ApiToken.of(text);

    assertThat(token).isEqualTo(ApiToken.of(text)).hasSameHashCodeAs(ApiToken.of(text));
    assertThat(token).isNotEqualTo(ApiToken.of(TestClients.randomTokenText()));
    assertThat(token.hashCode()).isNotEqualTo(text.hashCode());
  }

  @Test
  void reveal_returnsTheTrimmedValueForTheTransport() {
    String text = TestClients.randomTokenText();

    assertThat(ApiToken.of(" " + text).reveal()).isEqualTo(text);
  }
}
