package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.seawall.core.Page;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesAccessDeniedException;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.testing.RecordingInterceptor;
import dev.seawall.spaces.testing.S3ProxyServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
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
  private static BucketService buckets;

  @BeforeAll
  static void open() {
    spaces = SERVER.spaces(RECORDER);
    buckets = SERVER.buckets(spaces);
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

    Bucket bucket = buckets.create(spec(ref).build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(bucket.listingPublic()).isFalse();
    Bucket described = buckets.get(ref.name());
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
    buckets.create(spec(ref).build());

    Bucket again = buckets.create(spec(ref).build());

    assertThat(again.ref()).isEqualTo(ref);
    assertThat(again.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(buckets.exists(ref.name())).isTrue();
  }

  @Test
  void create_whenAdoptingPublicBucket_makesItPrivateAgain() {
    BucketRef ref = SERVER.newBucket("repair");
    buckets.create(spec(ref).allowPublicRead(Justification.of("TEST-1: public listing")).build());
    assertThat(buckets.get(ref.name()).listingPublic()).isTrue();

    buckets.create(spec(ref).build());

    assertThat(buckets.get(ref.name()).listingPublic()).isFalse();
  }

  @Test
  void apply_whenRepeated_createsOnceThenSendsOnlyReads() {
    BucketRef ref = SERVER.newBucket("apply");

    Applied<Bucket> first = buckets.apply(spec(ref).build());
    RECORDER.clear();
    Applied<Bucket> second = buckets.apply(spec(ref).build());

    assertThat(first.created()).isTrue();
    assertThat(first.diff().changes())
        .extracting(FieldChange::toString)
        .containsExactly("region = nyc3", "acl = private", "versioning.enabled = true");
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(RECORDER.requests())
        .extracting(RecordingInterceptor.Recorded::method)
        .isNotEmpty()
        .containsOnly("HEAD", "GET");
  }

  @Test
  void apply_whenPublicBucketExists_makesItPrivateInPlace() {
    BucketRef ref = SERVER.newBucket("public-then-private");
    buckets.apply(spec(ref).allowPublicRead(Justification.of("TEST-5: open data")).build());

    Applied<Bucket> applied = buckets.apply(spec(ref).build());

    assertThat(applied.updated()).isTrue();
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("acl", "public-read", "private"));
    assertThat(buckets.get(ref.name()).listingPublic()).isFalse();
    assertThat(buckets.apply(spec(ref).build()).diff().isNone()).isTrue();
  }

  @Test
  void apply_whenVersioningWasOff_turnsItOnInPlace_andTheOptOutSuspendsIt() {
    BucketRef ref = SERVER.newBucket("versioning");
    BucketSpec unversioned =
        spec(ref).disableVersioning(Justification.of("TEST-6: scratch")).build();
    buckets.apply(unversioned);

    Applied<Bucket> enabled = buckets.apply(spec(ref).build());
    Applied<Bucket> suspended = buckets.apply(unversioned);

    assertThat(enabled.diff().changes())
        .containsExactly(FieldChange.updated("versioning.enabled", "false", "true"));
    assertThat(suspended.diff().changes())
        .containsExactly(FieldChange.updated("versioning.enabled", "true", "false"));
    assertThat(buckets.get(ref.name()).versioning()).isEqualTo(VersioningStatus.SUSPENDED);
    assertThat(buckets.apply(unversioned).diff().isNone()).isTrue();
  }

  @Test
  void diff_whenTheServerHasNoCorsApiOrLocation_treatsThemAsUnknown() {
    BucketRef ref = SERVER.newBucket("unknowns");
    buckets.apply(spec(ref).build());
    BucketSpec withCors =
        spec(ref)
            .addCorsRule(
                CorsRule.of(List.of("https://app.example.com"), Set.of(CorsRule.CorsMethod.GET)))
            .build();

    Bucket observed = buckets.observe(withCors).orElseThrow();

    assertThat(observed.location()).isEmpty();
    assertThat(observed.corsRules()).isEmpty();
    assertThat(buckets.diff(withCors).isNone()).isTrue();
  }

  @Test
  void update_whenNamedBucketMissing_throwsNotFoundWithoutWriting() {
    BucketRef ref = SERVER.newBucket("never");
    RECORDER.clear();

    assertThatThrownBy(() -> buckets.update(ref.name(), spec(ref).build()))
        .isInstanceOf(SpacesNotFoundException.class);
    assertThatThrownBy(() -> buckets.update("other-name", spec(ref).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing was sent");
    assertThat(RECORDER.requests())
        .extracting(RecordingInterceptor.Recorded::method)
        .containsOnly("HEAD");
  }

  @Test
  void listAll_readsEveryBucketOfTheEndpoint_andPagesAreSlicesByName() {
    BucketRef a = SERVER.newBucket("listed");
    BucketRef b = SERVER.newBucket("listed");
    buckets.apply(spec(a).build());
    buckets.apply(spec(b).disableVersioning(Justification.of("TEST-7: listing")).build());

    assertThat(buckets.listAll().filter(x -> x.name().startsWith("listed-")))
        .extracting(Bucket::name, Bucket::versioning)
        .contains(
            org.assertj.core.groups.Tuple.tuple(a.name(), VersioningStatus.ENABLED),
            org.assertj.core.groups.Tuple.tuple(b.name(), VersioningStatus.OFF));
    Page<Bucket> first = buckets.list(1, 1);
    assertThat(first.items()).hasSize(1);
    assertThat(first.total()).isGreaterThanOrEqualTo(2);
    assertThat(first.next()).contains("2");
    assertThat(buckets.list(2, 1).items()).doesNotContainAnyElementsOf(first.items());
    assertThatThrownBy(() -> buckets.list(1, 201)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void apply_whenTheSpecIsOfAnotherRegion_isRefusedBeforeSending() {
    BucketRef ref = SERVER.newBucket("elsewhere");
    RECORDER.clear();

    assertThatThrownBy(
            () -> buckets.apply(BucketSpec.builder().name(ref.name()).region("fra1").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spaces.buckets(\"fra1\"")
        .hasMessageContaining("nothing was sent");
    assertThat(RECORDER.requests()).isEmpty();
  }

  @Test
  void create_withPublicReadOptOut_listingIsPublicAndAuditReportsIt() {
    BucketRef ref = SERVER.newBucket("public");

    Bucket bucket =
        buckets.create(
            spec(ref).allowPublicRead(Justification.of("TEST-2: open data set")).build());

    assertThat(bucket.listingPublic()).isTrue();
    Bucket described = buckets.get(ref.name());
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
        buckets.create(
            spec(ref).disableVersioning(Justification.of("TEST-3: scratch data")).build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.OFF);
    Bucket described = buckets.get(ref.name());
    assertThat(described.versioning()).isNotEqualTo(VersioningStatus.ENABLED);
    assertThat(new BucketAuditor().audit(described))
        .extracting(Violation::ruleId)
        .containsExactly("SW-SP-002");
  }

  @Test
  void exists_usesHeadNeverGetAcl() {
    BucketRef ref = SERVER.newBucket("head");
    buckets.create(spec(ref).build());
    RECORDER.clear();

    assertThat(buckets.exists(ref.name())).isTrue();
    assertThat(buckets.exists(SERVER.newBucket("missing").name())).isFalse();

    assertThat(RECORDER.requests())
        .extracting(RecordingInterceptor.Recorded::method)
        .containsOnly("HEAD");
    assertThat(RECORDER.requests()).noneMatch(r -> r.query().contains("acl"));
  }

  @Test
  void verifyReadAccess_whenBucketMissing_throwsNotFound() {
    assertThatThrownBy(() -> buckets.verifyReadAccess(SERVER.newBucket("absent").name()))
        .isInstanceOf(SpacesNotFoundException.class)
        .hasMessageContaining("NoSuchBucket");
  }

  @Test
  void exists_whenKeyIsNotAccepted_reportsPermissionProblemOfTheKeyWithoutSecret() {
    BucketRef ref = SERVER.newBucket("denied");
    buckets.create(spec(ref).build());
    SpacesCredentials other =
        SpacesCredentials.of("DO00OTHERKEY", "other-secret-" + System.nanoTime());

    try (Spaces stranger =
        Spaces.builder().credentials(other).httpClient(SERVER.anonymousClient()).build()) {
      BucketService theirs = SERVER.buckets(stranger);
      Throwable head = catchThrowable(() -> theirs.exists(ref.name()));
      Throwable list = catchThrowable(() -> theirs.verifyReadAccess(ref.name()));

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
  void delete_whenEmpty_removesBucketAndTwiceIsAlreadyDeleted() {
    BucketRef ref = SERVER.newBucket("remove");
    buckets.create(spec(ref).disableVersioning(Justification.of("TEST-4: temp")).build());

    assertThat(buckets.delete(ref.name())).isEqualTo(Deletion.DELETED);

    assertThat(buckets.exists(ref.name())).isFalse();
    assertThat(buckets.delete(ref.name())).isEqualTo(Deletion.ALREADY_DELETED);
  }

  @Test
  void create_onLoopbackHttpEndpoint_works() {
    BucketRef ref = BucketRef.of(SERVER.newBucketName("plain"), "nyc3", SERVER.httpEndpoint());

    BucketService plain = spaces.buckets("nyc3", SERVER.httpEndpoint());
    Bucket bucket =
        plain.create(
            BucketSpec.builder()
                .name(ref.name())
                .region("nyc3")
                .endpoint(SERVER.httpEndpoint())
                .build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(plain.exists(ref.name())).isTrue();
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
