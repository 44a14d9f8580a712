package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Deletion;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.SseCustomerKeyMismatchException;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.testing.RecordingInterceptor;
import dev.seawall.spaces.testing.S3ProxyServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objects against a real S3 server (s3proxy over HTTPS). */
class ObjectServiceS3Test {
  private static final S3ProxyServer SERVER = S3ProxyServer.get();
  private static final RecordingInterceptor RECORDER = new RecordingInterceptor();
  private static Spaces spaces;
  private static BucketRef bucket;
  private static ObjectService objects;

  @BeforeAll
  static void createBucket() {
    spaces = SERVER.spaces(RECORDER);
    bucket = SERVER.createBucket(spaces, "objects");
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

  private static PutObjectSpec spec(String key, SseCustomerKey sseKey) {
    return PutObjectSpec.builder().key(key).sseCustomerKey(sseKey).build();
  }

  @Test
  void download_whenRightKey_returnsEqualBytes() {
    SseCustomerKey key = SseCustomerKey.generate();
    byte[] data = "quarterly numbers".getBytes(StandardCharsets.UTF_8);
    ObjectInfo written = objects.put(spec("reports/q1.txt", key), data);

    try (SpacesObject object = objects.download("reports/q1.txt", key)) {
      assertThat(object.readAllBytes()).isEqualTo(data);
      assertThat(object.info().sseCustomerKeyMd5()).isEqualTo(key.md5Base64());
      assertThat(object.info().versionId()).isEqualTo(written.versionId()).isNotEmpty();
    }
  }

  @Test
  void download_whenNoKeyForSseCObject_throwsKeyMismatch() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(spec("secret/no-key.txt", key), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> objects.download("secret/no-key.txt"))
        .isInstanceOf(SseCustomerKeyMismatchException.class)
        .hasMessageContaining("secret/no-key.txt")
        .hasMessageNotContaining(key.toBase64());
  }

  @Test
  void download_whenWrongKey_throwsKeyMismatchWithoutEitherKey() {
    SseCustomerKey key = SseCustomerKey.generate();
    SseCustomerKey wrong = SseCustomerKey.generate();
    objects.put(spec("secret/wrong-key.txt", key), new byte[] {4, 5, 6});

    Throwable thrown = catchThrowable(() -> objects.download("secret/wrong-key.txt", wrong));

    assertThat(thrown).isInstanceOf(SseCustomerKeyMismatchException.class);
    String everything = stackTrace(thrown);
    assertThat(everything).doesNotContain(key.toBase64()).doesNotContain(wrong.toBase64());
    assertThat(everything).doesNotContain(SERVER.credentials().secretAccessKey());
  }

  @Test
  void download_anonymously_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(spec("private.txt", key), new byte[] {7});
    String url = bucket.endpoint().uri() + "/" + bucket.name() + "/private.txt";

    try (Response response =
        SERVER.anonymousClient().newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(response.code()).isEqualTo(403);
    }
  }

  @Test
  void put_twiceInVersionedBucket_listsTwoVersions() {
    SseCustomerKey key = SseCustomerKey.generate();
    ObjectInfo first =
        objects.put(spec("versioned/doc.txt", key), "v1".getBytes(StandardCharsets.UTF_8));
    ObjectInfo second =
        objects.put(spec("versioned/doc.txt", key), "v2".getBytes(StandardCharsets.UTF_8));

    List<ObjectVersion> versions = objects.listVersions("versioned/").toList();

    assertThat(versions)
        .extracting(ObjectVersion::versionId)
        .containsExactlyInAnyOrder(first.versionId(), second.versionId());
    assertThat(versions)
        .filteredOn(ObjectVersion::latest)
        .extracting(ObjectVersion::versionId)
        .containsExactly(second.versionId());
    try (SpacesObject old = objects.downloadVersion("versioned/doc.txt", first.versionId(), key)) {
      assertThat(new String(old.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("v1");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "with space.txt",
        "unicode/ünïcødé/日本語/🙂.bin",
        "plus+sign+c++",
        "percent%20literal%2F%",
        "deep/a/b/c/d/e.txt",
        "symbols !$&'()*,;=:@[]~^`{}|\\\"<>#?.txt"
      })
  void put_whenKeyHasSpecialCharacters_roundTripsExactly(String name) {
    SseCustomerKey key = SseCustomerKey.generate();
    String objectKey = "weird/" + name;
    byte[] data = objectKey.getBytes(StandardCharsets.UTF_8);

    objects.put(spec(objectKey, key), data);

    try (SpacesObject object = objects.download(objectKey, key)) {
      assertThat(object.readAllBytes()).isEqualTo(data);
      assertThat(object.info().key()).isEqualTo(objectKey);
    }
    assertThat(objects.list("weird/").map(ObjectSummary::key)).contains(objectKey);
    assertThat(objects.head(objectKey, key).sizeBytes()).isEqualTo(data.length);
  }

  @Test
  void put_whenEmpty_roundTripsAsEmptyObject() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(spec("empty.bin", key), new byte[0]);

    try (SpacesObject object = objects.download("empty.bin", key)) {
      assertThat(object.readAllBytes()).isEmpty();
    }
    assertThat(objects.head("empty.bin", key).sizeBytes()).isZero();
  }

  @Test
  void put_whenLargerThanPartSize_sendsSseCHeadersOnEveryMultipartRequest() {
    SseCustomerKey key = SseCustomerKey.generate();
    byte[] data = new byte[(int) (2 * PutObjectSpec.MIN_PART_SIZE_BYTES + 123)];
    new Random(42).nextBytes(data);
    PutObjectSpec spec =
        PutObjectSpec.builder()
            .key("big/multipart.bin")
            .sseCustomerKey(key)
            .partSizeBytes(PutObjectSpec.MIN_PART_SIZE_BYTES)
            .build();

    objects.put(spec, new ByteArrayInputStream(data), data.length);

    List<RecordingInterceptor.Recorded> writes =
        RECORDER.requests().stream().filter(r -> r.path().endsWith("/big/multipart.bin")).toList();
    assertThat(writes)
        .extracting(RecordingInterceptor.Recorded::method)
        .containsExactly("POST", "PUT", "PUT", "PUT", "POST");
    assertThat(writes.get(0).query()).isEqualTo("uploads=");
    assertThat(writes.get(4).query()).startsWith("uploadId=");
    assertThat(writes)
        .allSatisfy(
            r -> {
              assertThat(r.has("x-amz-server-side-encryption-customer-algorithm")).isTrue();
              assertThat(r.has("x-amz-server-side-encryption-customer-key")).isTrue();
              assertThat(r.has("x-amz-server-side-encryption-customer-key-md5")).isTrue();
              assertThat(r.has("x-amz-server-side-encryption")).isFalse();
              assertThat(r.has("x-amz-server-side-encryption-aws-kms-key-id")).isFalse();
            });
    assertThat(writes.get(0).has("x-amz-acl")).isTrue();
    try (SpacesObject object = objects.download("big/multipart.bin", key)) {
      assertThat(object.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void put_whenUnknownSize_uploadsStream() {
    SseCustomerKey key = SseCustomerKey.generate();
    byte[] data = new byte[6 * 1024 * 1024 + 7];
    new Random(7).nextBytes(data);
    PutObjectSpec spec =
        PutObjectSpec.builder()
            .key("stream/unknown-size.bin")
            .sseCustomerKey(key)
            .partSizeBytes(PutObjectSpec.MIN_PART_SIZE_BYTES)
            .build();

    objects.put(spec, new ByteArrayInputStream(data), -1);

    try (SpacesObject object = objects.download("stream/unknown-size.bin", key)) {
      assertThat(object.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void put_withoutSseCOptOut_storesPlainObjectThatAuditFlags() {
    PutObjectSpec spec =
        PutObjectSpec.builder()
            .key("plain/readme.txt")
            .withoutSseC(Justification.of("SEC-9: public documentation"))
            .build();

    objects.put(spec, "hello".getBytes(StandardCharsets.UTF_8));

    ObjectInfo info = objects.head("plain/readme.txt");
    assertThat(info.encryptedWithCustomerKey()).isFalse();
    assertThat(new ObjectAuditor().audit(info))
        .extracting(v -> v.ruleId())
        .containsExactly("SW-SP-003");
  }

  @Test
  void head_whenSseC_auditFindsNothing() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(spec("audit/encrypted.txt", key), new byte[] {1});

    ObjectInfo info = objects.head("audit/encrypted.txt", key);

    assertThat(info.encryptedWithCustomerKey()).isTrue();
    assertThat(new ObjectAuditor().audit(info)).isEmpty();
  }

  @Test
  void copy_withSourceAndDestinationKeys_reEncrypts() {
    SseCustomerKey source = SseCustomerKey.generate();
    SseCustomerKey destination = SseCustomerKey.generate();
    objects.put(spec("copy/source.txt", source), "payload".getBytes(StandardCharsets.UTF_8));

    objects.copy(
        CopyObjectSpec.builder()
            .sourceKey("copy/source.txt")
            .sourceSseCustomerKey(source)
            .destinationKey("copy/destination.txt")
            .destinationSseCustomerKey(destination)
            .build());

    try (SpacesObject copy = objects.download("copy/destination.txt", destination)) {
      assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("payload");
    }
    assertThatThrownBy(() -> objects.download("copy/destination.txt", source))
        .isInstanceOf(SseCustomerKeyMismatchException.class);
  }

  @Test
  void rotateKey_copiesOntoItself_oldKeyNoLongerReadsLatest() {
    SseCustomerKey current = SseCustomerKey.generate();
    SseCustomerKey next = SseCustomerKey.generate();
    objects.put(spec("rotate/doc.txt", current), "rotate me".getBytes(StandardCharsets.UTF_8));

    ObjectInfo rotated = objects.rotateKey("rotate/doc.txt", current, next);

    assertThat(rotated.sseCustomerKeyMd5()).isEqualTo(next.md5Base64());
    assertThat(objects.head("rotate/doc.txt", next).sseCustomerKeyMd5())
        .isEqualTo(next.md5Base64());
    try (SpacesObject object = objects.download("rotate/doc.txt", next)) {
      assertThat(new String(object.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("rotate me");
    }
    assertThatThrownBy(() -> objects.download("rotate/doc.txt", current))
        .isInstanceOf(SseCustomerKeyMismatchException.class);
  }

  @Test
  void delete_inVersionedBucket_addsDeleteMarkerAndHidesObject() {
    SseCustomerKey key = SseCustomerKey.generate();
    objects.put(spec("delete/me.txt", key), new byte[] {9});

    assertThat(objects.delete("delete/me.txt")).isEqualTo(Deletion.DELETED);
    assertThat(objects.delete("delete/me.txt")).isEqualTo(Deletion.ALREADY_DELETED);

    assertThatThrownBy(() -> objects.head("delete/me.txt", key))
        .isInstanceOf(SpacesNotFoundException.class);
    assertThat(objects.listVersions("delete/")).anyMatch(ObjectVersion::deleteMarker);
    assertThat(objects.list("delete/")).isEmpty();
  }

  private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    return org.assertj.core.api.Assertions.catchThrowable(c);
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out + " " + t;
  }
}
