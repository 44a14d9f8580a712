package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.Examples;
import dev.seawall.core.support.MockServerTest;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.TestClients;
import dev.seawall.core.support.Thing;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ApiErrorBodyTest extends MockServerTest {
  @Override
  protected DigitalOcean newClient() {
    return TestClients.noRetries(server, time);
  }

  private Thing callGet() {
    return client
        .api()
        .call(
            ApiRequest.of(Examples.FIREWALLS_GET).pathParam("firewall_id", "fw-1").build(),
            "firewall",
            Thing.class);
  }

  @Test
  void call_whenJsonIsTruncated_throwsReadableApiExceptionWithStatusAndRequestId() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("content-type", "application/json")
            .setHeader("x-request-id", "rid-truncated")
            .body("{\"firewall\":{\"id\":\"fw-1\",\"na")
            .build());

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.requestId()).contains("rid-truncated");
              assertThat(e.getMessage())
                  .startsWith(
                      "firewalls_get GET /v2/firewalls/fw-1 returned 200 but the response could not be read")
                  .contains("(request id rid-truncated)")
                  .contains("truncated")
                  .doesNotContain("\tat ")
                  .doesNotContain("com.squareup.moshi");
            });
  }

  @Test
  void call_whenALargeBodyHasTheWrongShapeEarly_failsAsUnreadableWithoutReadingItAll() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("content-type", "application/json")
            .setHeader("x-request-id", "rid-shape")
            .body("{\"firewall\":[\"not an object\"],\"rest\":\"" + "x".repeat(256 * 1024) + "\"}")
            .build());

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.getMessage())
                  .contains("returned 200 but the response could not be read")
                  .contains("(body of at least ")
                  .contains("(request id rid-shape)")
                  .doesNotContain("not an object");
            });
  }

  @Test
  void call_whenBodyIsReadToTheEnd_describesItsWholeSize() {
    String body = "{\"firewall\":{\"id\":\"fw-1\"}} trailing";
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("content-type", "application/json")
            .body(body)
            .build());

    assertThatThrownBy(this::callGet)
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("(body of " + body.length() + " bytes, application/json)");
  }

  @Test
  void call_whenGatewayAnswersWithHtml502_throwsServerExceptionDescribingTheBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("content-type", "text/html")
            .setHeader("x-request-id", "rid-html")
            .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
            .build());

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.requestId()).contains("rid-html");
              assertThat(e.errorId()).isEmpty();
              assertThat(e.getMessage())
                  .startsWith("firewalls_get GET /v2/firewalls/fw-1 failed: 502 (body of ")
                  .contains("text/html")
                  .contains("(request id rid-html)")
                  .doesNotContain("<html>");
            });
  }

  @Test
  void call_whenBodyIsEmpty_throwsReadableApiException() {
    server.enqueue(
        new MockResponse.Builder().code(200).setHeader("x-request-id", "rid-empty").build());

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.requestId()).contains("rid-empty");
              assertThat(e.getMessage()).contains("empty body").contains("(request id rid-empty)");
            });
  }

  @Test
  void call_whenErrorStatusHasEmptyBody_usesHeaderRequestId() {
    server.enqueue(
        new MockResponse.Builder().code(500).setHeader("x-request-id", "rid-500").build());

    assertThatThrownBy(this::callGet)
        .isInstanceOf(ServerException.class)
        .hasMessageContaining(
            "failed: 500 (empty body, not a DigitalOcean error) (request id rid-500)");
  }

  @Test
  void call_whenEnvelopeKeyIsMissing_namesTheMissingField() {
    server.enqueue(Responses.json(200, "{\"droplet\":{\"id\":1}}"));

    assertThatThrownBy(this::callGet)
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("no 'firewall' field");
  }

  @Test
  void call_when422_throwsUnprocessableWithServerMessage() {
    server.enqueue(Responses.error(422, "unprocessable_entity", "name is invalid"));

    assertThatThrownBy(this::callGet)
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining(
            "422 unprocessable_entity: name is invalid (request id body-req-422)");
  }

  @Test
  void call_when409_throwsConflict() {
    server.enqueue(Responses.error(409, "conflict", "already exists"));

    assertThatThrownBy(this::callGet).isInstanceOf(ConflictException.class);
  }

  @Test
  void send_sendsJsonBodyWithoutNullsAndHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("droplet_ids", java.util.List.of(1, 2));
    body.put("absent", null);

    client
        .api()
        .send(
            ApiRequest.of(Examples.FIREWALLS_ASSIGN_DROPLETS)
                .pathParam("firewall_id", "fw 1/x")
                .body(body)
                .build());

    mockwebserver3.RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v2/firewalls/fw%201%2Fx/droplets");
    assertThat(request.getBody().utf8()).isEqualTo("{\"droplet_ids\":[1,2]}");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("Authorization")).startsWith("Bearer dop_v1_");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("seawall/");
  }

  /** A wire DTO as modules write them: a package-private record outside core's packages. */
  record RuleBody(
      @com.squareup.moshi.Json(name = "droplet_ids") java.util.List<Long> dropletIds,
      @com.squareup.moshi.Json(name = "tags") java.util.Optional<String> tag) {}

  @Test
  void send_whenBodyIsAPackagePrivateRecord_serialisesItsComponents() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    client
        .api()
        .send(
            ApiRequest.of(Examples.FIREWALLS_ASSIGN_DROPLETS)
                .pathParam("firewall_id", "fw-1")
                .body(new RuleBody(java.util.List.of(7L), java.util.Optional.empty()))
                .build());

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"droplet_ids\":[7]}");
  }
}
