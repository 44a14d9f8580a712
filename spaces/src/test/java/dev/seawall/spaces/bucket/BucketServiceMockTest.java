package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.spaces.BucketNameTakenException;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesAccessDeniedException;
import dev.seawall.spaces.SpacesException;
import dev.seawall.spaces.key.SpacesCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bucket cases a single-account S3 server cannot produce (a name owned by another account, S3
 * errors), against a scripted server on loopback http.
 */
class BucketServiceMockTest {
  private final MockWebServer server = new MockWebServer();
  private Spaces spaces;
  private BucketRef ref;
  private BucketService buckets;

  @BeforeEach
  void start() throws Exception {
    server.start();
    spaces =
        Spaces.builder()
            .credentials(SpacesCredentials.of("DO00MOCKKEY", "mock-secret-value"))
            .build();
    ref =
        BucketRef.of(
            "acme-invoices", "nyc3", SpacesEndpoint.of("http://127.0.0.1:" + server.getPort()));
    buckets = spaces.buckets("nyc3", ref.endpoint());
  }

  @AfterEach
  void stop() {
    spaces.close();
    server.close();
  }

  private static MockResponse error(int code, String s3Code) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/xml")
        .addHeader("x-amz-request-id", "req-" + s3Code)
        .body(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                + s3Code
                + "</Code><Message>scripted</Message><RequestId>req-"
                + s3Code
                + "</RequestId></Error>")
        .build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).build();
  }

  private BucketSpec.Builder spec() {
    return BucketSpec.builder().name(ref.name()).region("nyc3").endpoint(ref.endpoint());
  }

  private List<RecordedRequest> taken(int count) throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(server.takeRequest(5, TimeUnit.SECONDS));
    }
    return requests;
  }

  @Test
  void create_whenNameOwnedByAnotherAccount_throwsBucketNameTaken() throws Exception {
    server.enqueue(error(409, "BucketAlreadyExists"));
    server.enqueue(new MockResponse.Builder().code(403).build());

    assertThatThrownBy(() -> buckets.create(spec().build()))
        .isInstanceOf(BucketNameTakenException.class)
        .hasMessageContaining("acme-invoices is taken by another account")
        .hasMessageContaining("choose another name");

    List<RecordedRequest> requests = taken(2);
    assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("PUT", "HEAD");
    assertThat(requests.get(0).getHeaders().get("x-amz-acl")).isEqualTo("private");
    assertThat(requests).noneMatch(r -> r.getTarget().contains("acl"));
  }

  @Test
  void create_whenServerSaysExistsButKeyReachesIt_adoptsAndConverges() throws Exception {
    server.enqueue(error(409, "BucketAlreadyExists"));
    server.enqueue(ok()); // HEAD
    server.enqueue(ok()); // PUT ?acl
    server.enqueue(ok()); // PUT ?versioning

    Bucket bucket = buckets.create(spec().build());

    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.ENABLED);
    List<RecordedRequest> requests = taken(4);
    assertThat(requests)
        .extracting(r -> r.getMethod() + " " + r.getTarget())
        .containsExactly(
            "PUT /acme-invoices",
            "HEAD /acme-invoices",
            "PUT /acme-invoices?acl=",
            "PUT /acme-invoices?versioning=");
    assertThat(requests.get(2).getHeaders().get("x-amz-acl")).isEqualTo("private");
    assertThat(requests.get(3).getBody().utf8()).contains("<Status>Enabled</Status>");
  }

  @Test
  void create_withCorsRules_sendsExplicitOrigins() throws Exception {
    server.enqueue(ok()); // PUT bucket
    server.enqueue(ok()); // PUT ?versioning
    server.enqueue(ok()); // PUT ?cors
    CorsRule rule =
        CorsRule.of(
                List.of("https://app.example.com"),
                Set.of(CorsRule.CorsMethod.GET, CorsRule.CorsMethod.PUT))
            .withAllowedHeaders(List.of("content-type"))
            .withMaxAgeSeconds(600);

    buckets.create(spec().addCorsRule(rule).build());

    RecordedRequest cors = taken(3).get(2);
    assertThat(cors.getTarget()).isEqualTo("/acme-invoices?cors=");
    assertThat(cors.getBody().utf8())
        .contains("<AllowedOrigin>https://app.example.com</AllowedOrigin>")
        .contains("<AllowedMethod>GET</AllowedMethod>")
        .contains("<AllowedMethod>PUT</AllowedMethod>")
        .contains("<AllowedHeader>content-type</AllowedHeader>")
        .contains("<MaxAgeSeconds>600</MaxAgeSeconds>")
        .doesNotContain("*");
  }

  @Test
  void create_whenCreateIsForbidden_reportsPermissionProblemOfKey() {
    server.enqueue(error(403, "AccessDenied"));

    assertThatThrownBy(() -> buckets.create(spec().build()))
        .isInstanceOf(SpacesAccessDeniedException.class)
        .hasMessageContaining("CreateBucket on bucket acme-invoices failed: HTTP 403 AccessDenied")
        .hasMessageContaining("access key DO00MOCKKEY")
        .hasMessageNotContaining("mock-secret-value")
        .satisfies(
            e -> assertThat(((SpacesException) e).requestId()).isEqualTo("req-AccessDenied"));
  }

  @Test
  void exists_whenForbidden_isAPermissionProblemNotAbsence() {
    server.enqueue(
        new MockResponse.Builder().code(403).addHeader("x-amz-request-id", "r9").build());

    assertThatThrownBy(() -> buckets.exists(ref.name()))
        .isInstanceOf(SpacesAccessDeniedException.class)
        .hasMessageContaining("permissions problem of the access key DO00MOCKKEY")
        .hasMessageContaining("grant on bucket acme-invoices");
  }

  private static MockResponse xml(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/xml")
        .body(body)
        .build();
  }

  /** The reads of get/observe: HEAD, location, versioning, the anonymous probe, then CORS. */
  private void enqueueBucket(String location, String versioning) {
    server.enqueue(ok()); // HEAD
    server.enqueue(xml("<LocationConstraint>" + location + "</LocationConstraint>"));
    server.enqueue(
        xml(
            "<VersioningConfiguration><Status>"
                + versioning
                + "</Status></VersioningConfiguration>"));
    server.enqueue(error(403, "AccessDenied")); // anonymous one-key listing: private
  }

  @Test
  void get_readsEveryFieldAndTheCorsRulesForAudit() throws Exception {
    enqueueBucket("nyc3", "Enabled");
    server.enqueue(
        xml(
            "<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin>"
                + "<AllowedMethod>GET</AllowedMethod><MaxAgeSeconds>60</MaxAgeSeconds>"
                + "</CORSRule></CORSConfiguration>"));

    Bucket bucket = buckets.get(ref.name());

    assertThat(bucket.location()).contains("nyc3");
    assertThat(bucket.versioning()).isEqualTo(VersioningStatus.ENABLED);
    assertThat(bucket.listingPublic()).isFalse();
    assertThat(bucket.corsRules())
        .contains(
            List.of(new CorsRule(List.of("*"), Set.of(CorsRule.CorsMethod.GET), List.of(), 60)));
    assertThat(new BucketAuditor().audit(bucket))
        .extracting(v -> v.ruleId())
        .containsExactly("SW-SP-005");
    List<RecordedRequest> requests = taken(5);
    assertThat(requests)
        .extracting(r -> r.getMethod() + " " + r.getTarget())
        .containsExactly(
            "HEAD /acme-invoices",
            "GET /acme-invoices?location=",
            "GET /acme-invoices?versioning=",
            "GET /acme-invoices?list-type=2&max-keys=1",
            "GET /acme-invoices?cors=");
    assertThat(requests.get(3).getHeaders().get("Authorization")).isNull();
  }

  @Test
  void get_whenNoCorsConfiguration_hasNoRules() {
    enqueueBucket("", "Enabled");
    server.enqueue(error(404, "NoSuchCORSConfiguration"));

    Bucket bucket = buckets.get(ref.name());

    assertThat(bucket.corsRules()).contains(List.of());
    assertThat(bucket.location()).isEmpty();
  }

  @Test
  void apply_whenTheBucketIsInAnotherRegion_isRefusedAfterReadingOnly() throws Exception {
    enqueueBucket("fra1", "Enabled");

    assertThatThrownBy(() -> buckets.apply(spec().build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("bucket 'acme-invoices'")
        .hasMessageContaining("region: fra1 → nyc3")
        .hasMessageContaining("nothing was sent");
    assertThat(taken(4)).extracting(RecordedRequest::getMethod).containsOnly("HEAD", "GET");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void apply_whenCorsRulesDiffer_replacesThemWithOnePut() throws Exception {
    enqueueBucket("nyc3", "Enabled");
    server.enqueue(
        xml(
            "<CORSConfiguration><CORSRule><AllowedOrigin>https://old.example.com</AllowedOrigin>"
                + "<AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>"));
    server.enqueue(ok()); // PUT ?cors
    CorsRule wanted =
        CorsRule.of(List.of("https://app.example.com"), Set.of(CorsRule.CorsMethod.GET));

    Applied<Bucket> applied = buckets.apply(spec().addCorsRule(wanted).build());

    assertThat(applied.diff().changes())
        .containsExactly(
            FieldChange.removed("cors_rule", "GET from https://old.example.com"),
            FieldChange.added("cors_rule", "GET from https://app.example.com"));
    List<RecordedRequest> requests = taken(6);
    assertThat(requests.get(5).getMethod() + " " + requests.get(5).getTarget())
        .isEqualTo("PUT /acme-invoices?cors=");
    assertThat(requests.get(5).getBody().utf8())
        .contains("<AllowedOrigin>https://app.example.com</AllowedOrigin>")
        .doesNotContain("old.example.com");
    assertThat(applied.resource().corsRules()).contains(List.of(wanted));
  }

  @Test
  void delete_whenNoSuchBucket_isAlreadyDeleted() throws Exception {
    server.enqueue(error(404, "NoSuchBucket"));
    server.enqueue(new MockResponse.Builder().code(204).build());

    assertThat(buckets.delete(ref.name())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(buckets.delete(ref.name())).isEqualTo(Deletion.DELETED);
    assertThat(taken(2)).extracting(RecordedRequest::getMethod).containsOnly("DELETE");
  }

  @Test
  void delete_whenNotEmpty_throwsBucketNotEmpty() {
    server.enqueue(error(409, "BucketNotEmpty"));

    assertThatThrownBy(() -> buckets.delete(ref.name()))
        .isInstanceOfSatisfying(
            SpacesException.class, e -> assertThat(e.errorCode()).isEqualTo("BucketNotEmpty"));
  }

  @Test
  void verifyReadAccess_sendsOneKeyListing() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/xml")
            .body(
                "<ListBucketResult><Name>acme-invoices</Name><KeyCount>0</KeyCount></ListBucketResult>")
            .build());

    buckets.verifyReadAccess(ref.name());

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().queryParameter("list-type")).isEqualTo("2");
    assertThat(request.getUrl().queryParameter("max-keys")).isEqualTo("1");
    assertThat(request.getUrl().queryParameterNames()).doesNotContain("acl");
  }
}
