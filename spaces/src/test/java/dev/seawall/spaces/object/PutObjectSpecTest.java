package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.bucket.CannedAcl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PutObjectSpecTest {
  private static final SseCustomerKey KEY = SseCustomerKey.generate();

  private static List<Violation> violations(PutObjectSpec.Builder builder) {
    return builder.validate().getError().asJava();
  }

  @Test
  void build_byDefault_isPrivateWithSseCAndEightMiBParts() {
    PutObjectSpec spec = PutObjectSpec.builder().key("a.txt").sseCustomerKey(KEY).build();

    assertThat(spec.acl()).isEqualTo(CannedAcl.PRIVATE);
    assertThat(spec.sseCustomerKey()).containsSame(KEY);
    assertThat(spec.contentType()).isEqualTo("application/octet-stream");
    assertThat(spec.partSizeBytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @Test
  void validate_whenNoSseCKey_refusesWithSwSp003NamingOptOut() {
    assertThat(violations(PutObjectSpec.builder().key("a.txt")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-003");
              assertThat(v.message()).contains("withoutSseC(Justification)");
            });
  }

  @Test
  void withoutSseC_acceptsAndRecordsRisk() {
    PutObjectSpec spec =
        PutObjectSpec.builder()
            .key("a.txt")
            .withoutSseC(Justification.of("SEC-3: public docs"))
            .build();

    assertThat(spec.sseCustomerKey()).isEmpty();
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-SP-003");
  }

  @Test
  void validate_whenKeyAndOptOutBoth_asksToChoose() {
    assertThat(
            violations(
                PutObjectSpec.builder()
                    .key("a.txt")
                    .sseCustomerKey(KEY)
                    .withoutSseC(Justification.of("SEC-3: x"))))
        .extracting(Violation::message)
        .containsExactly("both an SSE-C key and withoutSseC(...) were given; choose one");
  }

  @Test
  void validate_whenPublicRead_refusedUnlessOptOut() {
    assertThat(
            violations(
                PutObjectSpec.builder().key("a").sseCustomerKey(KEY).acl(CannedAcl.PUBLIC_READ)))
        .extracting(Violation::ruleId)
        .containsExactly("SW-SP-001");
    assertThat(
            PutObjectSpec.builder()
                .key("a")
                .sseCustomerKey(KEY)
                .allowPublicRead(Justification.of("SEC-4: logo"))
                .build()
                .acl())
        .isEqualTo(CannedAcl.PUBLIC_READ);
    assertThat(
            violations(
                PutObjectSpec.builder()
                    .key("a")
                    .sseCustomerKey(KEY)
                    .allowPublicRead(Justification.of("SEC-4: logo"))
                    .acl(CannedAcl.PUBLIC_READ_WRITE)))
        .extracting(Violation::message)
        .containsExactly("acl public-read-write is never accepted");
  }

  @Test
  void validate_whenEverythingIsWrong_reportsAllAtOnce() {
    PutObjectSpec.Builder builder =
        PutObjectSpec.builder()
            .key("a//b")
            .contentType("not a type")
            .putUserMetadata("bad name", "ok")
            .putUserMetadata("note", "ünïcode")
            .partSizeBytes(1024)
            .acl(CannedAcl.PUBLIC_READ);

    assertThat(violations(builder))
        .extracting(Violation::ruleId)
        .containsExactlyInAnyOrder(
            "SW-INPUT-001",
            "SW-SP-003",
            "SW-SP-001",
            "SW-INPUT-001",
            "SW-INPUT-001",
            "SW-INPUT-001",
            "SW-INPUT-001");
    assertThatThrownBy(builder::build).isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void userMetadata_copiesInputAndPluralSetterReplaces() {
    Map<String, String> metadata = new HashMap<>(Map.of("origin", "upload"));
    PutObjectSpec.Builder builder =
        PutObjectSpec.builder()
            .key("a")
            .sseCustomerKey(KEY)
            .putUserMetadata("old", "x")
            .userMetadata(metadata);
    metadata.put("late", "y");

    assertThat(builder.build().userMetadata()).containsExactly(Map.entry("origin", "upload"));
  }

  @Test
  void toString_showsFingerprintNeverKey() {
    PutObjectSpec spec = PutObjectSpec.builder().key("a").sseCustomerKey(KEY).build();

    assertThat(spec.toString()).contains(KEY.md5Base64()).doesNotContain(KEY.toBase64());
    assertThat(spec.toBuilder().build().toString()).isEqualTo(spec.toString());
  }

  @Test
  void copySpec_whenNoDestinationKey_refusesWithSwSp003() {
    assertThat(
            CopyObjectSpec.builder().sourceKey("a").sourceSseCustomerKey(KEY).validate().getError())
        .extracting(Violation::ruleId)
        .containsExactly("SW-SP-003");
  }

  @Test
  void copySpec_whenInPlaceWithSameKey_isRefusedAsNoChange() {
    assertThat(
            CopyObjectSpec.builder()
                .sourceKey("a")
                .sourceSseCustomerKey(KEY)
                .destinationSseCustomerKey(SseCustomerKey.fromBase64(KEY.toBase64()))
                .validate()
                .getError())
        .extracting(Violation::message)
        .singleElement()
        .asString()
        .contains("changes nothing");
  }

  @Test
  void copySpec_defaultsDestinationToSourceAndPrivate() {
    SseCustomerKey next = SseCustomerKey.generate();
    CopyObjectSpec spec =
        CopyObjectSpec.builder()
            .sourceKey("a")
            .sourceSseCustomerKey(KEY)
            .destinationSseCustomerKey(next)
            .build();

    assertThat(spec.destinationKey()).isEqualTo("a");
    assertThat(spec.acl()).isEqualTo(CannedAcl.PRIVATE);
    assertThat(spec.toString()).doesNotContain(KEY.toBase64()).doesNotContain(next.toBase64());
  }
}
