package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SseCustomerKeyTest {
  @Test
  void generate_makes256BitKeysThatDiffer() {
    SseCustomerKey a = SseCustomerKey.generate();
    SseCustomerKey b = SseCustomerKey.generate();

    assertThat(a.keyBytes()).hasSize(32);
    assertThat(a.keyBytes()).isNotEqualTo(b.keyBytes());
    assertThat(a.md5Base64()).isNotEqualTo(b.md5Base64());
  }

  @Test
  void md5Base64_isTheBase64Md5OfTheKey() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();

    byte[] expected = MessageDigest.getInstance("MD5").digest(key.keyBytes());

    assertThat(Base64.getDecoder().decode(key.md5Base64())).isEqualTo(expected);
  }

  @Test
  void of_copiesInput() {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) 7);
    SseCustomerKey key = SseCustomerKey.of(bytes);
    Arrays.fill(bytes, (byte) 0);

    assertThat(key.keyBytes()).containsOnly((byte) 7);
  }

  @Test
  void fromBase64_roundTripsToBase64() {
    SseCustomerKey key = SseCustomerKey.generate();

    SseCustomerKey copy = SseCustomerKey.fromBase64(" " + key.toBase64() + "\n");

    assertThat(copy.keyBytes()).isEqualTo(key.keyBytes());
    assertThat(copy.md5Base64()).isEqualTo(key.md5Base64());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 16, 31, 33, 64})
  void of_whenNot32Bytes_throwsNamingOnlyLength(int length) {
    assertThatThrownBy(() -> SseCustomerKey.of(new byte[length]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was " + length + " bytes");
  }

  @Test
  void fromBase64_whenInvalid_messageDoesNotEchoInput() {
    String secretish = "c2VjcmV0LWJ1dC10b28tc2hvcnQ=!!";

    assertThatThrownBy(() -> SseCustomerKey.fromBase64(secretish))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(secretish)
        .hasNoCause();
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> SseCustomerKey.fromBase64(shortKey)).hasMessageNotContaining(shortKey);
  }

  @Test
  void toString_neverShowsTheKey() {
    SseCustomerKey key = SseCustomerKey.generate();

    assertThat(key.toString())
        .contains("redacted")
        .contains(key.md5Base64())
        .doesNotContain(key.toBase64());
  }

  @Test
  void destroy_zeroesKeyAndRefusesFurtherUse() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    java.lang.reflect.Field field = SseCustomerKey.class.getDeclaredField("key");
    field.setAccessible(true);
    byte[] internal = (byte[]) field.get(key);
    String md5 = key.md5Base64();

    key.destroy();

    assertThat(key.isDestroyed()).isTrue();
    assertThat(internal).containsOnly((byte) 0);
    assertThatThrownBy(key::keyBytes).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(key::toBase64).isInstanceOf(IllegalStateException.class);
    assertThat(key.md5Base64()).isEqualTo(md5);
    assertThat(key.toString()).contains("destroyed");
  }

  @Test
  void destroyedKey_isRefusedBySpecs() {
    SseCustomerKey key = SseCustomerKey.generate();
    key.destroy();

    assertThat(PutObjectSpec.builder().key("a").sseCustomerKey(key).validate().getError())
        .extracting(v -> v.message())
        .contains("the SSE-C key was destroyed");
  }
}
