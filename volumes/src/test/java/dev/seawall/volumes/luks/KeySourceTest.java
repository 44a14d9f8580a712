package dev.seawall.volumes.luks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class KeySourceTest {
  @Test
  void isUnattended_forEachSource_isFalseOnlyForStandardInput() {
    assertThat(KeySource.standardInput().isUnattended()).isFalse();
    assertThat(KeySource.keyFile("/run/k").isUnattended()).isTrue();
    assertThat(KeySource.httpsUrl(URI.create("https://h/k"), "/run/t").isUnattended()).isTrue();
    assertThat(KeySource.embedded(LuksKey.generate()).isUnattended()).isTrue();
  }

  @Test
  void httpsUrlToString_whenUrlHasAQuery_hidesTheQuery() {
    KeySource source =
        KeySource.httpsUrl(
            URI.create("https://keys.example.com/k/data?X-Amz-Signature=abcdef"), "/run/t");

    assertThat(source.toString())
        .contains("https://keys.example.com/k/data")
        .doesNotContain("abcdef");
  }
}
