package dev.seawall.spaces.presign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.object.SseCustomerKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresignSpecTest {
  private static final SseCustomerKey KEY = SseCustomerKey.generate();

  private static List<Violation> violations(PresignSpec.Builder builder) {
    return builder.validate().getError().asJava();
  }

  @Test
  void build_byDefault_livesFifteenMinutes() {
    PresignSpec spec = PresignSpec.get("a.txt").build();

    assertThat(spec.lifetime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(spec.method()).isEqualTo(PresignMethod.GET);
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {3601, 86_400, 604_800})
  void validate_whenLongerThanOneHour_refusesWithSwSp004NamingOptOut(long seconds) {
    assertThat(violations(PresignSpec.get("a").lifetime(Duration.ofSeconds(seconds))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-004");
              assertThat(v.message()).contains("allowLongLifetime(Justification)");
            });
  }

  @Test
  void validate_whenExactlyOneHour_accepts() {
    assertThat(PresignSpec.get("a").lifetime(Duration.ofHours(1)).validate().isValid()).isTrue();
  }

  @Test
  void allowLongLifetime_acceptsUpToSevenDaysAndRecordsRisk() {
    PresignSpec spec =
        PresignSpec.get("a")
            .lifetime(Duration.ofDays(7))
            .allowLongLifetime(Justification.of("SEC-5: weekly export"))
            .build();

    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-SP-004");
  }

  @Test
  void validate_whenLongerThanSevenDays_refusesEvenWithOptOut() {
    assertThat(
            violations(
                PresignSpec.get("a")
                    .lifetime(Duration.ofDays(7).plusSeconds(1))
                    .allowLongLifetime(Justification.of("SEC-5: x"))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-004");
              assertThat(v.message()).contains("longer than 7 days").contains("no opt-out");
            });
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -5})
  void validate_whenLifetimeNotPositive_invalid(long seconds) {
    assertThat(violations(PresignSpec.get("a").lifetime(Duration.ofSeconds(seconds))))
        .extracting(Violation::ruleId)
        .containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenFractionalSeconds_invalid() {
    assertThat(violations(PresignSpec.get("a").lifetime(Duration.ofMillis(1500))))
        .extracting(Violation::message)
        .singleElement()
        .asString()
        .contains("whole seconds");
  }

  @Test
  void validate_whenPutWithoutSseC_refusesWithSwSp003() {
    assertThat(violations(PresignSpec.put("upload.bin")))
        .extracting(Violation::ruleId)
        .containsExactly("SW-SP-003");
    assertThat(
            PresignSpec.put("upload.bin")
                .withoutSseC(Justification.of("SEC-6: public drop box"))
                .validate()
                .isValid())
        .isTrue();
  }

  @Test
  void validate_whenGetWithoutSseC_accepts() {
    assertThat(PresignSpec.get("plain.txt").validate().isValid()).isTrue();
  }

  @Test
  void validate_whenMethodSpecificOptionsMisused_invalid() {
    assertThat(violations(PresignSpec.put("a").sseCustomerKey(KEY).versionId("v1")))
        .extracting(Violation::message)
        .containsExactly("applies to GET only");
    assertThat(violations(PresignSpec.get("a").contentType("image/png")))
        .extracting(Violation::message)
        .containsExactly("applies to PUT only");
  }

  @Test
  void toStrings_neverShowKeyOrSignature() {
    PresignSpec spec = PresignSpec.get("a").sseCustomerKey(KEY).build();
    PresignedRequest request =
        new PresignedRequest(
            PresignMethod.GET,
            URI.create("https://nyc3.digitaloceanspaces.com/b/a?X-Amz-Signature=abcdef0123"),
            Map.of("x-amz-server-side-encryption-customer-key", KEY.toBase64()),
            Instant.EPOCH);

    assertThat(spec.toString()).doesNotContain(KEY.toBase64()).contains(KEY.md5Base64());
    assertThat(request.toString())
        .doesNotContain(KEY.toBase64())
        .doesNotContain("abcdef0123")
        .contains("X-Amz-Signature=redacted")
        .contains("x-amz-server-side-encryption-customer-key");
  }
}
