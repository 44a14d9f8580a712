package dev.seawall.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The shared secret shapes find what they name and not their look-alikes. */
class SecretPatternsTest {
  private static final String HEX64 = "0123456789abcdef".repeat(4);

  @Test
  void digitalOceanToken_whenAPrefixAnd64Hex_isFoundOtherwiseNot() {
    assertThat(SecretPatterns.DIGITALOCEAN_TOKEN.matcher("TOKEN=dop_v1_" + HEX64).find()).isTrue();
    assertThat(SecretPatterns.DIGITALOCEAN_TOKEN.matcher("dor_v1_" + HEX64).find()).isTrue();
    assertThat(SecretPatterns.DIGITALOCEAN_TOKEN.matcher("dop_v1_" + HEX64.substring(1)).find())
        .isFalse();
    assertThat(SecretPatterns.DIGITALOCEAN_TOKEN.matcher("xdop_v1_" + HEX64).find()).isFalse();
  }

  @Test
  void privateKeyLines_whenPemBoundaries_areFoundButNotPublicKeys() {
    assertThat(
            SecretPatterns.PRIVATE_KEY_BEGIN.matcher("-----BEGIN OPENSSH PRIVATE KEY-----").find())
        .isTrue();
    assertThat(SecretPatterns.PRIVATE_KEY_END.matcher("-----END RSA PRIVATE KEY-----").find())
        .isTrue();
    assertThat(SecretPatterns.PRIVATE_KEY_BEGIN.matcher("-----BEGIN PUBLIC KEY-----").find())
        .isFalse();
  }

  @Test
  void accessKeysAndGithubTokens_whenWellFormed_areFound() {
    assertThat(SecretPatterns.AWS_ACCESS_KEY_ID.matcher("id AKIAIOSFODNN7EXAMPLE").find()).isTrue();
    assertThat(SecretPatterns.AWS_ACCESS_KEY_ID.matcher("AKIAshort").find()).isFalse();
    assertThat(SecretPatterns.GITHUB_TOKEN.matcher("ghp_" + "a".repeat(36)).find()).isTrue();
    assertThat(SecretPatterns.GITHUB_TOKEN.matcher("ghp_" + "a".repeat(20)).find()).isFalse();
  }

  @Test
  void urlCredentials_whenUserInfoHasAPassword_giveSchemeAndPassword() {
    Matcher url =
        SecretPatterns.URL_CREDENTIALS.matcher("DATABASE_URL=postgresql://app:s3cr3t@db:5432/x");

    assertThat(url.find()).isTrue();
    assertThat(url.group(1)).isEqualTo("postgresql");
    assertThat(url.group(2)).isEqualTo("s3cr3t");
    assertThat(SecretPatterns.URL_CREDENTIALS.matcher("https://user@host/path").find()).isFalse();
  }
}
