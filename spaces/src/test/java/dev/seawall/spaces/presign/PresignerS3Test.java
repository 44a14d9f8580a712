package dev.seawall.spaces.presign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Justification;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.object.ObjectService;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SpacesObject;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.spaces.testing.S3ProxyServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Presigned URLs against a real S3 server (s3proxy over HTTPS). */
class PresignerS3Test {
  private static final S3ProxyServer SERVER = S3ProxyServer.get();
  private static Spaces spaces;
  private static BucketRef bucket;
  private static ObjectService objects;

  @BeforeAll
  static void createBucket() {
    spaces = SERVER.spaces();
    bucket = SERVER.createBucket(spaces, "presign");
    objects = spaces.objects(bucket);
  }

  @AfterAll
  static void close() {
    spaces.close();
  }

  /** A presigner whose clock stands at the given instant. */
  private static Presigner presignerAt(Instant now) {
    Spaces atTime =
        Spaces.builder()
            .credentials(SERVER.credentials())
            .httpClient(SERVER.anonymousClient())
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .build();
    return atTime.presigner(bucket);
  }

  private static Response send(PresignedRequest request, Map<String, String> headers, byte[] body)
      throws IOException {
    Request.Builder http =
        new Request.Builder()
            .url(HttpUrl.get(request.url().toString()))
            .method(
                request.method().name(),
                request.method() == PresignMethod.PUT ? RequestBody.create(body) : null);
    headers.forEach(http::header);
    return SERVER.anonymousClient().newCall(http.build()).execute();
  }

  private static String putSecret(String key, SseCustomerKey sseKey, String content) {
    objects.put(
        PutObjectSpec.builder().key(key).sseCustomerKey(sseKey).build(),
        content.getBytes(StandardCharsets.UTF_8));
    return key;
  }

  /** A presigned download of {@code objectKey}, signed with its SSE-C key. */
  private static PresignedRequest presignedGet(String objectKey, SseCustomerKey key) {
    return spaces.presigner(bucket).presign(PresignSpec.get(objectKey).sseCustomerKey(key).build());
  }

  /** {@code request} with {@code target} in its URL replaced: a tampered copy. */
  private static PresignedRequest withUrlReplaced(
      PresignedRequest request, String target, String replacement) {
    return new PresignedRequest(
        request.method(),
        java.net.URI.create(request.url().toString().replace(target, replacement)),
        request.headers(),
        request.expiresAt());
  }

  @Test
  void presignGet_withSseCHeaders_downloadsPlaintext() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    putSecret("shared/report 1+1.txt", key, "for your eyes");

    PresignedRequest request = presignedGet("shared/report 1+1.txt", key);

    try (Response response = send(request, request.headers(), new byte[0])) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).isEqualTo("for your eyes");
    }
    assertThat(request.url().toString())
        .doesNotContain(key.toBase64())
        .doesNotContain(java.net.URLEncoder.encode(key.toBase64(), StandardCharsets.UTF_8))
        .contains("X-Amz-Expires=900")
        .contains("x-amz-server-side-encryption-customer-key");
    assertThat(request.headers())
        .containsEntry("x-amz-server-side-encryption-customer-key", key.toBase64())
        .containsEntry("x-amz-server-side-encryption-customer-key-md5", key.md5Base64())
        .containsEntry("x-amz-server-side-encryption-customer-algorithm", "AES256");
    assertThat(request.toString())
        .doesNotContain(key.toBase64())
        .contains("X-Amz-Signature=redacted");
  }

  @Test
  void presignGet_withoutTheSignedHeaders_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    putSecret("shared/headers-required.txt", key, "x");
    PresignedRequest request = presignedGet("shared/headers-required.txt", key);

    try (Response response = send(request, Map.of(), new byte[0])) {
      assertThat(response.code()).isEqualTo(403);
    }
  }

  @Test
  void presignGet_whenExpired_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    putSecret("shared/expired.txt", key, "old");
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));

    PresignedRequest request =
        presignerAt(twoHoursAgo)
            .presign(PresignSpec.get("shared/expired.txt").sseCustomerKey(key).build());

    assertThat(request.expiresAt()).isEqualTo(twoHoursAgo.plus(Duration.ofMinutes(15)));
    try (Response response = send(request, request.headers(), new byte[0])) {
      assertThat(response.code()).isEqualTo(403);
      assertThat(response.body().string()).contains("expired");
    }
  }

  @Test
  void presignGet_whenPathTampered_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    putSecret("shared/a.txt", key, "a");
    putSecret("shared/b.txt", key, "b");
    PresignedRequest request = presignedGet("shared/a.txt", key);
    PresignedRequest tampered = withUrlReplaced(request, "/shared/a.txt", "/shared/b.txt");

    try (Response response = send(tampered, tampered.headers(), new byte[0])) {
      assertThat(response.code()).isEqualTo(403);
    }
  }

  @Test
  void presignGet_whenExpiryTampered_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    putSecret("shared/expiry.txt", key, "e");
    PresignedRequest request = presignedGet("shared/expiry.txt", key);
    PresignedRequest tampered =
        withUrlReplaced(request, "X-Amz-Expires=900", "X-Amz-Expires=86400");

    try (Response response = send(tampered, tampered.headers(), new byte[0])) {
      assertThat(response.code()).isEqualTo(403);
    }
  }

  @Test
  void presignGet_withAnotherKeysHeaders_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    SseCustomerKey other = SseCustomerKey.generate();
    putSecret("shared/swap.txt", key, "s");
    PresignedRequest request = presignedGet("shared/swap.txt", key);
    Map<String, String> swapped =
        Map.of(
            "x-amz-server-side-encryption-customer-algorithm", "AES256",
            "x-amz-server-side-encryption-customer-key", other.toBase64(),
            "x-amz-server-side-encryption-customer-key-md5", other.md5Base64());

    try (Response response = send(request, swapped, new byte[0])) {
      assertThat(response.code()).isEqualTo(403);
    }
  }

  @Test
  void presignPut_withSseC_uploadIsPrivateAndEncrypted() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    PresignedRequest request =
        spaces
            .presigner(bucket)
            .presign(
                PresignSpec.put("uploads/from-browser.bin")
                    .sseCustomerKey(key)
                    .contentType("application/octet-stream")
                    .build());
    assertThat(request.headers())
        .containsEntry("x-amz-acl", "private")
        .containsEntry("content-type", "application/octet-stream");

    try (Response response =
        send(request, request.headers(), "uploaded".getBytes(StandardCharsets.UTF_8))) {
      assertThat(response.code()).isEqualTo(200);
    }

    try (SpacesObject object = objects.download("uploads/from-browser.bin", key)) {
      assertThat(new String(object.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("uploaded");
      assertThat(object.info().sseCustomerKeyMd5()).isEqualTo(key.md5Base64());
    }
  }

  @Test
  void presignPut_whenAclHeaderChangedToPublic_isForbidden() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    PresignedRequest request =
        spaces
            .presigner(bucket)
            .presign(PresignSpec.put("uploads/acl.bin").sseCustomerKey(key).build());
    Map<String, String> headers = new java.util.HashMap<>(request.headers());
    headers.put("x-amz-acl", "public-read");

    try (Response response = send(request, headers, new byte[] {1})) {
      assertThat(response.code()).isEqualTo(403);
    }
  }

  @Test
  void presign_withLongLifetimeOptOut_isAcceptedByServer() throws Exception {
    SseCustomerKey key = SseCustomerKey.generate();
    putSecret("shared/week.txt", key, "w");

    PresignedRequest request =
        spaces
            .presigner(bucket)
            .presign(
                PresignSpec.get("shared/week.txt")
                    .sseCustomerKey(key)
                    .lifetime(Duration.ofDays(7))
                    .allowLongLifetime(Justification.of("TEST-5: weekly export"))
                    .build());

    assertThat(request.url().toString()).contains("X-Amz-Expires=604800");
    try (Response response = send(request, request.headers(), new byte[0])) {
      assertThat(response.code()).isEqualTo(200);
    }
  }
}
