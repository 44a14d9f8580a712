package dev.seawall.spaces;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Location;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeSpacesKeys;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bucket reads s3proxy does not serve (policy, website, CORS), against a scripted S3 server:
 * bucket {@code acme-web} has a CORS rule for every origin, a policy allowing everyone and a
 * website; {@code acme-private} has none of them.
 */
class SpacesAuditMockS3Test {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeSpacesKeys()));

  private static final String PUBLIC_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
          + "[\"*\"]},\"Action\":[\"s3:GetObject\"],\"Resource\":[\"arn:aws:s3:::acme-web/*\"]}]}";
  private static final String OFFICE_POLICY =
      "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
          + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}}";

  private final MockWebServer s3 = new MockWebServer();
  private final List<String> methods = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    s3.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            methods.add(request.getMethod());
            return answer(request);
          }
        });
    s3.start();
  }

  @AfterEach
  void stop() {
    s3.close();
  }

  private static MockResponse xml(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/xml")
        .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body)
        .build();
  }

  private static MockResponse error(int code, String s3Code) {
    return xml(
        code,
        "<Error><Code>"
            + s3Code
            + "</Code><Message>scripted</Message><RequestId>r</RequestId>"
            + "</Error>");
  }

  private static MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String query = request.getUrl().encodedQuery() == null ? "" : request.getUrl().encodedQuery();
    boolean signed = request.getHeaders().get("Authorization") != null;
    if (path.equals("/")) {
      return xml(
          200,
          "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Owner><ID>1"
              + "</ID><DisplayName>1</DisplayName></Owner><Buckets>"
              + "<Bucket><Name>acme-private</Name><CreationDate>2026-01-01T00:00:00.000Z"
              + "</CreationDate></Bucket><Bucket><Name>acme-web</Name><CreationDate>"
              + "2026-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets>"
              + "</ListAllMyBucketsResult>");
    }
    boolean web = path.equals("/acme-web");
    if (request.getMethod().equals("HEAD")) {
      return new MockResponse.Builder().code(200).build();
    }
    if (query.startsWith("location")) {
      return xml(200, "<LocationConstraint>nyc3</LocationConstraint>");
    }
    if (query.startsWith("versioning")) {
      return xml(
          200, "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>");
    }
    if (query.startsWith("list-type")) {
      return signed
          ? xml(
              200,
              "<ListBucketResult><Name>b</Name><KeyCount>0</KeyCount><MaxKeys>10</MaxKeys>"
                  + "<IsTruncated>false</IsTruncated></ListBucketResult>")
          : error(403, "AccessDenied");
    }
    if (query.startsWith("cors")) {
      return web
          ? xml(
              200,
              "<CORSConfiguration><CORSRule><AllowedOrigin>https://app.example.com</AllowedOrigin>"
                  + "<AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod>"
                  + "</CORSRule></CORSConfiguration>")
          : error(404, "NoSuchCORSConfiguration");
    }
    if (query.startsWith("policy")) {
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body(web ? PUBLIC_POLICY : OFFICE_POLICY)
          .build();
    }
    if (query.startsWith("website")) {
      return web
          ? xml(
              200,
              "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
                  + "</WebsiteConfiguration>")
          : error(404, "NoSuchWebsiteConfiguration");
    }
    return error(400, "Unexpected");
  }

  private AuditResult audit(DigitalOcean client) {
    return Audit.builder(client)
        .sources(List.of(new SpacesAudit()))
        .option(SpacesAudit.CREDENTIALS, SpacesCredentials.of("DO00MOCKKEY", "mock-secret-value"))
        .option(SpacesAudit.ENDPOINT, SpacesEndpoint.of("http://127.0.0.1:" + s3.getPort()))
        .option(SpacesAudit.REGIONS, List.of("nyc3"))
        .build()
        .run();
  }

  @Test
  void run_whenPolicyWebsiteAndCorsArePublic_findsEachOnceOnTheBucket(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      AuditResult result = audit(client);

      Location web = Location.resource("bucket", "nyc3/acme-web");
      assertThat(result.report().findings())
          .extracting(Finding::ruleId, Finding::resource, Finding::location)
          .containsExactlyInAnyOrder(
              tuple("SW-SP-005", "bucket/acme-web.corsRules[0].allowedOrigins[1]", web),
              tuple("SW-SP-001", "bucket/acme-web.policy.Statement[0]", web),
              tuple("SW-SP-001", "bucket/acme-web.website", web));
      assertThat(result.resources()).containsEntry("bucket", 2L);
      assertThat(result.skipped()).isEmpty();
      assertThat(methods).containsOnly("GET", "HEAD");
    }
  }

  @Test
  void installedSources_findsTheSpacesAuditThroughTheServiceLoader() {
    assertThat(Audit.installedSources())
        .filteredOn(source -> source.area().equals("spaces"))
        .singleElement()
        .isInstanceOf(SpacesAudit.class);
  }

  @Test
  void run_whenListedAgainAtAnotherRegionOfTheSameEndpoint_auditsEachBucketOnce(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      AuditResult result =
          Audit.builder(client)
              .sources(List.of(new SpacesAudit()))
              .option(
                  SpacesAudit.CREDENTIALS, SpacesCredentials.of("DO00MOCKKEY", "mock-secret-value"))
              .option(SpacesAudit.ENDPOINT, SpacesEndpoint.of("http://127.0.0.1:" + s3.getPort()))
              .option(SpacesAudit.REGIONS, List.of("nyc3", "fra1"))
              .build()
              .run();

      assertThat(result.resources()).isEqualTo(Map.of("bucket", 2L));
      assertThat(result.report().findings()).hasSize(3);
    }
  }
}
