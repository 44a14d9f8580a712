package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesAccessDeniedException;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.testing.RecordingInterceptor;
import dev.seawall.spaces.testing.S3ProxyServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Buckets against a real S3 server (s3proxy over HTTPS). */
class BucketServiceS3Test {
  private static final S3ProxyServer SERVER = S3ProxyServer.get();
  private static final RecordingInterceptor RECORDER = new RecordingInterceptor();
  private static Spaces spaces;

  @BeforeAll
  static void open() {
    spaces =
        Spaces.builder()
            .credentials(SERVER.credentials())
            .httpClient(
                SERVER.anonymousClient().newBuilder().addNetworkInterceptor(RECORDER).build())
            .build();
  }

  @AfterAll
  static void close() {
    spaces.close();
  }

  private static BucketSpec.Builder spec(BucketRef ref) {
    return S3ProxyServer.bucketSpec(ref);
  }

  @Test
  void create_byDefault_isPrivateAndVersioned() throws Exception {
    BucketRef ref = SERVER.newBucket("private");

    Bucket bucket = spaces.buckets().create(spec(ref).build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(bucket.listingPublic()).isFalse();
    Bucket described = spaces.buckets().describe(ref);
    assertThat(described.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(described.listingPublic()).isFalse();
    assertThat(new BucketAuditor().audit(described)).isEmpty();
    try (Response anonymous =
        SERVER
            .anonymousClient()
            .newCall(new Request.Builder().url(ref.endpoint().uri() + "/" + ref.name()).build())
            .execute()) {
      assertThat(anonymous.code()).isEqualTo(403);
    }
  }

  @Test
  void create_whenBucketAlreadyOwned_adoptsIt() {
    BucketRef ref = SERVER.newBucket("adopt");
    spaces.buckets().create(spec(ref).build());

    Bucket again = spaces.buckets().create(spec(ref).build());

    assertThat(again.ref()).isEqualTo(ref);
    assertThat(again.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(spaces.buckets().exists(ref)).isTrue();
  }

  @Test
  void create_whenAdoptingPublicBucket_makesItPrivateAgain() {
    BucketRef ref = SERVER.newBucket("repair");
    spaces
        .buckets()
        .create(spec(ref).allowPublicRead(Justification.of("TEST-1: public listing")).build());
    assertThat(spaces.buckets().describe(ref).listingPublic()).isTrue();

    spaces.buckets().create(spec(ref).build());

    assertThat(spaces.buckets().describe(ref).listingPublic()).isFalse();
  }

  @Test
  void create_withPublicReadOptOut_listingIsPublicAndAuditReportsIt() {
    BucketRef ref = SERVER.newBucket("public");

    Bucket bucket =
        spaces
            .buckets()
            .create(spec(ref).allowPublicRead(Justification.of("TEST-2: open data set")).build());

    assertThat(bucket.listingPublic()).isTrue();
    Bucket described = spaces.buckets().describe(ref);
    assertThat(described.listingPublic()).isTrue();
    assertThat(new BucketAuditor().audit(described))
        .extracting(Violation::ruleId, Violation::message)
        .singleElement()
        .satisfies(
            tuple -> {
              assertThat(tuple.toList().get(0)).isEqualTo("SW-SP-001");
              assertThat((String) tuple.toList().get(1)).contains("listing is public");
            });
  }

  @Test
  void create_withVersioningOptOut_leavesVersioningOffAndAuditReportsIt() {
    BucketRef ref = SERVER.newBucket("unversioned");

    Bucket bucket =
        spaces
            .buckets()
            .create(spec(ref).disableVersioning(Justification.of("TEST-3: scratch data")).build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.OFF);
    Bucket described = spaces.buckets().describe(ref);
    assertThat(described.versioning()).isNotEqualTo(VersioningStatus.ENABLED);
    assertThat(new BucketAuditor().audit(described))
        .extracting(Violation::ruleId)
        .containsExactly("SW-SP-002");
  }

  @Test
  void exists_usesHeadNeverGetAcl() {
    BucketRef ref = SERVER.newBucket("head");
    spaces.buckets().create(spec(ref).build());
    RECORDER.clear();

    assertThat(spaces.buckets().exists(ref)).isTrue();
    assertThat(spaces.buckets().exists(SERVER.newBucket("missing"))).isFalse();

    assertThat(RECORDER.requests())
        .extracting(RecordingInterceptor.Recorded::method)
        .containsOnly("HEAD");
    assertThat(RECORDER.requests()).noneMatch(r -> r.query().contains("acl"));
  }

  @Test
  void verifyReadAccess_whenBucketMissing_throwsNotFound() {
    assertThatThrownBy(() -> spaces.buckets().verifyReadAccess(SERVER.newBucket("absent")))
        .isInstanceOf(SpacesNotFoundException.class)
        .hasMessageContaining("NoSuchBucket");
  }

  @Test
  void exists_whenKeyIsNotAccepted_reportsPermissionProblemOfTheKeyWithoutSecret() {
    BucketRef ref = SERVER.newBucket("denied");
    spaces.buckets().create(spec(ref).build());
    SpacesCredentials other =
        SpacesCredentials.of("DO00OTHERKEY", "other-secret-" + System.nanoTime());

    try (Spaces stranger =
        Spaces.builder().credentials(other).httpClient(SERVER.anonymousClient()).build()) {
      Throwable head = catchThrowable(() -> stranger.buckets().exists(ref));
      Throwable list = catchThrowable(() -> stranger.buckets().verifyReadAccess(ref));

      assertThat(head)
          .isInstanceOf(SpacesAccessDeniedException.class)
          .hasMessageContaining("permissions problem of the access key DO00OTHERKEY")
          .hasMessageContaining(ref.name());
      assertThat(list).isInstanceOf(SpacesAccessDeniedException.class);
      assertThat(stackTrace(head) + stackTrace(list))
          .doesNotContain(other.secretAccessKey())
          .doesNotContain(SERVER.credentials().secretAccessKey());
    }
  }

  @Test
  void delete_whenEmpty_removesBucket() {
    BucketRef ref = SERVER.newBucket("remove");
    spaces.buckets().create(spec(ref).disableVersioning(Justification.of("TEST-4: temp")).build());

    spaces.buckets().delete(ref);

    assertThat(spaces.buckets().exists(ref)).isFalse();
  }

  @Test
  void create_onLoopbackHttpEndpoint_works() {
    BucketRef ref = BucketRef.of(SERVER.newBucketName("plain"), "nyc3", SERVER.httpEndpoint());

    Bucket bucket =
        spaces
            .buckets()
            .create(
                BucketSpec.builder()
                    .name(ref.name())
                    .region("nyc3")
                    .endpoint(SERVER.httpEndpoint())
                    .build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(spaces.buckets().exists(ref)).isTrue();
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
