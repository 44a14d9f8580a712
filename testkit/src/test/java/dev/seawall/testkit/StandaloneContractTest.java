package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone fake ({@link FakeDigitalOcean#main}, contract on) logs contract violations and
 * answers them as DigitalOcean would: a 4xx with DigitalOcean's error shape, or the normal answer
 * where DigitalOcean is lenient; never a 500, and it keeps serving.
 */
class StandaloneContractTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private FakeDigitalOcean fake;

  @BeforeEach
  void start() {
    OpenApiContract.require(); // skipped (or failed under CI) without the spec
    fake =
        FakeDigitalOcean.startStandalone(
                new String[] {"--port", "0"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .orElseThrow();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private String logged() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Http.Reply reply) {
    return (Map<String, Object>) FakeJson.parse(reply.body());
  }

  private static void assertDigitalOceanError(Http.Reply reply, int status, String id) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(json(reply))
        .containsEntry("id", id)
        .containsKeys("message", "request_id")
        .hasSize(3);
  }

  @Test
  void request_whenPerPageOnASingleGet_isServedAndLoggedAsANote() {
    Http.Reply created = Http.post(fake.url() + "/v2/tags", "{\"name\":\"web\"}");

    Http.Reply reply = Http.get(fake.url() + "/v2/tags/web?per_page=25");

    assertThat(created.status()).isEqualTo(201);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(fake.problems()).isEmpty();
    assertThat(logged())
        .contains("NOTE (DigitalOcean accepts this): GET /v2/tags/web?per_page=25")
        .doesNotContain("PROBLEM");
  }

  @Test
  void request_whenRequiredPropertyMissing_answers422InDigitalOceansShapeAndLogsIt() {
    Http.Reply reply = Http.post(fake.url() + "/v2/vpcs", "{\"region\":\"nyc1\"}");

    assertDigitalOceanError(reply, 422, "unprocessable_entity");
    assertThat(logged()).contains("PROBLEM: request violates the OpenAPI spec: POST /v2/vpcs");
  }

  @Test
  void request_whenBodyIsNotJson_answers400InDigitalOceansShape() {
    Http.Reply reply = Http.post(fake.url() + "/v2/vpcs", "{\"name\":");

    assertDigitalOceanError(reply, 400, "bad_request");
  }

  @Test
  void request_whenPathIsUnknown_answers404InDigitalOceansShape() {
    Http.Reply reply = Http.get(fake.url() + "/v2/nonsense");

    assertDigitalOceanError(reply, 404, "not_found");
  }

  @Test
  void request_whenMethodIsNotAllowed_answers405InDigitalOceansShape() {
    Http.Reply reply = Http.send("PATCH", fake.url() + "/v2/account", "{}", Http.TOKEN);

    assertDigitalOceanError(reply, 405, "method_not_allowed");
  }

  @Test
  void request_whenBodyHasAnUnknownProperty_isServedAsDigitalOceanDoesAndLoggedAsANote() {
    Http.Reply reply =
        Http.post(fake.url() + "/v2/vpcs", "{\"name\":\"prod\",\"region\":\"nyc1\",\"colour\":1}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(fake.problems()).isEmpty();
    assertThat(fake.contractNotes())
        .singleElement()
        .satisfies(n -> assertThat(n.key()).isEqualTo("seawall.request.body.unknownProperty"));
    assertThat(logged()).contains("NOTE (DigitalOcean accepts this): POST /v2/vpcs");
  }

  @Test
  void request_afterManyInvalidRequests_keepsServingWithoutA500() {
    for (int i = 0; i < 5; i++) {
      Http.post(fake.url() + "/v2/droplets", "[1,2]");
      Http.send("DELETE", fake.url() + "/v2/firewalls/not-a-uuid", null, Http.TOKEN);
      Http.post(fake.url() + "/v2/volumes", "{\"name\":\"x\",\"size_gigabytes\":\"ten\"}");
    }

    assertThat(fake.calls()).allSatisfy(c -> assertThat(c.status()).isBetween(400, 499));
    assertThat(Http.get(fake.url() + "/v2/account").status()).isEqualTo(200);
  }
}
