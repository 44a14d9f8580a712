package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.key.SpacesCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The object field table, computed offline ({@link ObjectService#diff(ObjectSpec, Optional)}). */
class ObjectDiffTest {
  private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

  private final Spaces spaces =
      Spaces.builder()
          .credentials(SpacesCredentials.of("DO00DIFF", "diff-secret-not-sent"))
          .build();
  private final ObjectService objects = spaces.objects(BucketRef.of("acme-invoices", "fra1"));
  private final SseCustomerKey key = SseCustomerKey.generate();

  @AfterEach
  void close() {
    spaces.close();
  }

  private ObjectSpec spec(byte[] content) {
    return ObjectSpec.build(
        PutObjectSpec.builder()
            .key("reports/q1.txt")
            .sseCustomerKey(key)
            .contentType("text/plain")
            .putUserMetadata("Origin", "ci"),
        content);
  }

  private static ObjectInfo stored(
      long size, String contentType, Map<String, String> metadata, String md5, String digest) {
    return new ObjectInfo(
        "acme-invoices",
        "reports/q1.txt",
        size,
        "etag",
        "v1",
        Instant.EPOCH,
        contentType,
        metadata,
        md5,
        digest.isEmpty() ? Optional.empty() : Optional.of(digest));
  }

  @Test
  void diff_whenTheStoredObjectMatches_isNoChange() {
    ObjectSpec spec = spec(HELLO);

    Diff diff =
        objects.diff(
            spec,
            Optional.of(
                stored(
                    5,
                    "text/plain",
                    Map.of("origin", "ci"),
                    key.md5Base64(),
                    spec.contentDigest())));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenContentTypeAndMetadataDiffer_updatesThem() {
    ObjectSpec spec = spec(HELLO);

    Diff diff =
        objects.diff(
            spec,
            Optional.of(
                stored(
                    5,
                    "application/octet-stream",
                    Map.of("origin", "laptop"),
                    key.md5Base64(),
                    spec.contentDigest())));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("content_type", "application/octet-stream", "text/plain"),
            FieldChange.removed("metadata", "origin=laptop"),
            FieldChange.added("metadata", "origin=ci"));
  }

  @Test
  void diff_whenTheServerRespellsTheContentType_isNoChange() {
    ObjectSpec spec =
        ObjectSpec.build(
            PutObjectSpec.builder()
                .key("reports/q1.txt")
                .sseCustomerKey(key)
                .contentType("text/plain; charset=UTF-8"),
            HELLO);

    Diff diff =
        objects.diff(
            spec,
            Optional.of(
                stored(
                    5,
                    "Text/Plain;Charset=UTF-8",
                    Map.of(),
                    key.md5Base64(),
                    spec.contentDigest())));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenTheContentDiffers_showsSizesAndShortDigestsOnly() {
    ObjectSpec spec = spec(HELLO);
    ObjectSpec old = spec("good bye".getBytes(StandardCharsets.UTF_8));

    Diff diff =
        objects.diff(
            spec,
            Optional.of(
                stored(
                    8,
                    "text/plain",
                    Map.of("origin", "ci"),
                    key.md5Base64(),
                    old.contentDigest())));

    assertThat(diff.fields()).containsExactly("content");
    FieldChange content = diff.changes().get(0);
    assertThat(content.before().orElseThrow())
        .isEqualTo("8 bytes, hmac-sha256 " + old.contentDigest().substring(12, 24));
    assertThat(content.after().orElseThrow()).startsWith("5 bytes, hmac-sha256 ");
    assertThat(diff.toString()).doesNotContain("hello").doesNotContain("good bye");
  }

  @Test
  void diff_whenTheStoredObjectIsNotEncrypted_updatesTheKeyAsSensitive() {
    ObjectSpec spec = spec(HELLO);

    Diff diff =
        objects.diff(
            spec,
            Optional.of(stored(5, "text/plain", Map.of("origin", "ci"), "", spec.contentDigest())));

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("sse_customer_key", FieldChange.SENSITIVE, FieldChange.SENSITIVE));
  }

  @Test
  void diff_whenContentTypeAndDigestWereNotReported_treatsThemAsUnknown() {
    ObjectSpec spec = spec(HELLO);

    Diff diff =
        objects.diff(spec, Optional.of(stored(5, "", Map.of("origin", "ci"), key.md5Base64(), "")));

    assertThat(diff.fields()).containsExactly("content");
    assertThat(diff.changes().get(0).before()).contains("5 bytes");
    assertThat(
            objects
                .diff(
                    spec,
                    Optional.of(
                        stored(
                            5, "", Map.of("origin", "ci"), key.md5Base64(), spec.contentDigest())))
                .isNone())
        .isTrue();
  }

  @Test
  void diff_whenAbsent_createsWithTheKeyShownAsSensitive() {
    Diff diff = objects.diff(spec(HELLO), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::field)
        .containsExactly("content", "content_type", "metadata", "acl", "sse_customer_key");
    assertThat(diff.changes())
        .contains(FieldChange.created("sse_customer_key", FieldChange.SENSITIVE))
        .contains(FieldChange.created("acl", "private"));
    assertThat(diff.toString()).doesNotContain(key.toBase64());
  }

  @Test
  void diff_whenTheSpecOptsOutOfSseC_andTheObjectIsPlain_isNoChange() {
    ObjectSpec plain =
        ObjectSpec.build(
            PutObjectSpec.builder()
                .key("reports/q1.txt")
                .contentType("text/plain")
                .withoutSseC(Justification.of("TEST-8: public fixture")),
            HELLO);

    assertThat(plain.contentDigest()).startsWith("sha256:");
    assertThat(
            objects
                .diff(
                    plain,
                    Optional.of(stored(5, "text/plain", Map.of(), "", plain.contentDigest())))
                .isNone())
        .isTrue();
  }

  @Test
  void contentDigest_isKeyedByTheSseCKey_soItRevealsNothingWithoutIt() {
    ObjectSpec a = spec(HELLO);
    ObjectSpec b =
        ObjectSpec.build(
            PutObjectSpec.builder().key("reports/q1.txt").sseCustomerKey(SseCustomerKey.generate()),
            HELLO);

    assertThat(a.contentDigest()).startsWith("hmac-sha256:").isNotEqualTo(b.contentDigest());
    assertThat(a.toString()).doesNotContain(key.toBase64()).doesNotContain("hello");
  }
}
