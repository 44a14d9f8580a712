package dev.seawall.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.255.0.9", "::1"})
  void isLoopback_acceptsLoopbackNamesAndAddresses(String host) {
    assertThat(BaseUrl.isLoopback(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1.nip.io",
        "localhost.example.com",
        "10.0.0.1",
        "0.0.0.0",
        "::",
        "2001:db8::1",
        "api.digitalocean.com",
        "128.0.0.1"
      })
  void isLoopback_refusesEverythingElse(String host) {
    assertThat(BaseUrl.isLoopback(host)).isFalse();
  }

  @Test
  void resolve_keepsPathPrefixAndEncodesQuery() {
    BaseUrl base = BaseUrl.parse("https://proxy.example.com/do/");

    assertThat(base.resolve("/v2/droplets", List.of(Map.entry("tag_name", "a b&c"))).toString())
        .isEqualTo("https://proxy.example.com/do/v2/droplets?tag_name=a%20b%26c");
    assertThat(base).hasToString("https://proxy.example.com/do");
  }

  @Test
  void parse_whenNonHttpUrlCarriesUserInfo_neverEchoesIt() {
    String secret = "S3cr3t" + System.nanoTime();

    assertThatThrownBy(() -> BaseUrl.parse("ftp://" + secret + "@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an absolute http(s) URL")
        .hasMessageNotContaining(secret);
  }
}
