package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.seawall.core.Page;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.SseCustomerKeyMismatchException;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.testing.RecordingInterceptor;
import dev.seawall.spaces.testing.S3ProxyServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ObjectService#apply} and the rest of the one vocabulary against s3proxy (HTTPS). */
class ObjectApplyS3Test {
  private static final S3ProxyServer SERVER = S3ProxyServer.get();
  private static final RecordingInterceptor RECORDER = new RecordingInterceptor();
  private static Spaces spaces;
  private static BucketRef bucket;
  private static ObjectService objects;

  @BeforeAll
  static void createBucket() {
    spaces = SERVER.spaces(RECORDER);
    bucket = SERVER.createBucket(spaces, "apply");
    objects = spaces.objects(bucket);
  }

  @AfterAll
  static void close() {
    spaces.close();
  }

  @BeforeEach
  void clearRecorder() {
    RECORDER.clear();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectSpec spec(String key, SseCustomerKey sse, String content) {
    return ObjectSpec.build(
        PutObjectSpec.builder()
            .key(key)
            .sseCustomerKey(sse)
            .contentType("text/plain; charset=utf-8")
            .putUserMetadata("origin", "ci"),
        utf8(content));
  }

  private static List<String> methods() {
    return RECORDER.requests().stream().map(RecordingInterceptor.Recorded::method).toList();
  }

  @Test
  void apply_whenRepeated_writesOnceThenSendsOnlyAHeadWithTheSseCHeaders() {
    SseCustomerKey key = SseCustomerKey.generate();
    ObjectSpec spec = spec("apply/twice.txt", key, "same content");

    Applied<ObjectInfo> first = objects.apply(spec);
    RECORDER.clear();
    Applied<ObjectInfo> second = objects.apply(spec);

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(methods()).containsExactly("HEAD");
    assertThat(RECORDER.requests().get(0).has("x-amz-server-side-encryption-customer-key"))
        .isTrue();
    assertThat(second.resource().contentDigest()).contains(spec.contentDigest());
    assertThat(second.resource().userMetadata())
        .containsExactly(java.util.Map.entry("origin", "ci"));
    assertThat(second.resource().sseCustomerKeyMd5()).isEqualTo(key.md5Base64());
    try (SpacesObject object = objects.download("apply/twice.txt", key)) {
      assertThat(object.readAllBytes()).isEqualTo(utf8("same content"));
    }
  }

  @Test
  void apply_whenContentAndMetadataChange_rewritesTheObjectOnce() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.apply(spec("apply/changed.txt", key, "first"));
    ObjectSpec next =
        spec("apply/changed.txt", key, "second")
            .withPut(
                PutObjectSpec.builder()
                    .key("apply/changed.txt")
                    .sseCustomerKey(key)
                    .contentType("text/plain; charset=utf-8")
                    .putUserMetadata("origin", "release")
                    .build());
    RECORDER.clear();

    Applied<ObjectInfo> applied = objects.apply(next);

    assertThat(applied.updated()).isTrue();
    assertThat(applied.diff().fields()).containsExactly("content", "metadata");
    assertThat(applied.diff().changes())
        .contains(
            FieldChange.removed("metadata", "origin=ci"),
            FieldChange.added("metadata", "origin=release"));
    assertThat(methods()).containsExactly("HEAD", "PUT");
    assertThat(objects.apply(next).diff().isNone()).isTrue();
    try (SpacesObject object = objects.download("apply/changed.txt", key)) {
      assertThat(object.readAllBytes()).isEqualTo(utf8("second"));
    }
  }

  @Test
  void apply_whenAPlainObjectIsThere_encryptsItWithoutShowingTheKey() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(
        PutObjectSpec.builder()
            .key("apply/plain.txt")
            .contentType("text/plain; charset=utf-8")
            .putUserMetadata("origin", "ci")
            .withoutSseC(Justification.of("TEST-10: legacy object"))
            .build(),
        utf8("legacy"));

    Applied<ObjectInfo> applied = objects.apply(spec("apply/plain.txt", key, "legacy"));

    assertThat(applied.diff().changes())
        .containsExactly(
            FieldChange.updated("sse_customer_key", FieldChange.SENSITIVE, FieldChange.SENSITIVE));
    assertThat(applied.diff().toString()).doesNotContain(key.toBase64());
    assertThat(objects.head("apply/plain.txt", key).encryptedWithCustomerKey()).isTrue();
  }

  @Test
  void observe_whenWrittenByAnotherToolWithTheSameBytes_computesTheDigestAndWritesNothing() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(
        PutObjectSpec.builder()
            .key("apply/foreign.txt")
            .sseCustomerKey(key)
            .contentType("text/plain; charset=utf-8")
            .putUserMetadata("origin", "ci")
            .build(),
        utf8("written elsewhere"));
    ObjectSpec spec = spec("apply/foreign.txt", key, "written elsewhere");
    RECORDER.clear();

    Applied<ObjectInfo> applied = objects.apply(spec);

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(applied.resource().contentDigest()).contains(spec.contentDigest());
    assertThat(methods()).containsExactly("HEAD", "GET");
  }

  @Test
  void apply_whenEncryptedWithAnotherKey_refusesToWriteAndNamesNoKey() {
    SseCustomerKey theirs = SseCustomerKey.generate();
    SseCustomerKey ours = SseCustomerKey.generate();
    objects.apply(spec("apply/other-key.txt", theirs, "theirs"));
    RECORDER.clear();

    Throwable thrown = catchThrowable(() -> objects.apply(spec("apply/other-key.txt", ours, "x")));

    assertThat(thrown)
        .isInstanceOf(SseCustomerKeyMismatchException.class)
        .hasMessageContaining("apply/other-key.txt")
        .hasMessageContaining("rotateKey");
    assertThat(methods()).containsOnly("HEAD");
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(theirs.toBase64()).doesNotContain(ours.toBase64());
    try (SpacesObject object = objects.download("apply/other-key.txt", theirs)) {
      assertThat(object.readAllBytes()).isEqualTo(utf8("theirs"));
    }
  }

  @Test
  void update_whenTheKeyIsNotTheSpecs_isRefusedBeforeSending() {
    ObjectSpec spec = spec("apply/update.txt", SseCustomerKey.generate(), "u");

    assertThatThrownBy(() -> objects.update("apply/other.txt", spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing was sent");
    assertThatThrownBy(() -> objects.update("apply/update.txt", spec))
        .isInstanceOf(SpacesNotFoundException.class);
    assertThat(methods()).containsExactly("HEAD");
  }

  @Test
  void delete_whenRepeated_isAlreadyDeletedTheSecondTime() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.apply(spec("apply/delete.txt", key, "bye"));

    assertThat(objects.delete("apply/delete.txt")).isEqualTo(Deletion.DELETED);
    assertThat(objects.delete("apply/delete.txt")).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(objects.observe(spec("apply/delete.txt", key, "bye"))).isEmpty();
  }

  @Test
  void list_walksTheListingInPagesOfPerPageKeys() {
    SseCustomerKey key = SseCustomerKey.generate();
    for (String name : List.of("a", "b", "c")) {
      objects.apply(spec("pages/" + name + ".txt", key, name));
    }

    Page<ObjectInfo> first = objects.list(1, 2);
    Page<ObjectInfo> all = objects.list(1, 1000);

    assertThat(first.items()).hasSize(2);
    assertThat(first.next()).contains("2");
    assertThat(first.total()).isEqualTo(-1);
    assertThat(all.next()).isEmpty();
    assertThat(objects.listAll().map(ObjectInfo::key))
        .contains("pages/a.txt", "pages/b.txt", "pages/c.txt");
    assertThatThrownBy(() -> objects.list(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
