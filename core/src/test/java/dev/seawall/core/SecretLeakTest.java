package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.seawall.core.support.Examples;
import dev.seawall.core.support.LogCapture;
import dev.seawall.core.support.MockServerTest;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.TestClients;
import dev.seawall.core.support.Thing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** A random token must never show up in logs (at TRACE), exception messages or toString(). */
class SecretLeakTest extends MockServerTest {
  private final String token = TestClients.randomTokenText();

  @Override
  protected DigitalOcean newClient() {
    LogCapture.clear();
    return TestClients.builder(server, time, token)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
        .build();
  }

  private ApiRequest get() {
    return ApiRequest.of(Examples.FIREWALLS_GET)
        .pathParam("firewall_id", "fw-1")
        .query("name", "private-name")
        .build();
  }

  @Test
  void token_neverAppearsInTraceLogsExceptionMessagesOrToString() throws Exception {
    // The server echoes the Authorization header back in an error body and a header, the worst
    // case.
    String echoed = "Bearer " + token;
    server.enqueue(Responses.firewall("fw-1", "web"));
    server.enqueue(Responses.error(401, "unauthorized", "bad token " + echoed));
    server.enqueue(Responses.error(403, "forbidden", "denied for " + token));
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "1")
            .setHeader("x-echo", echoed)
            .body("{\"id\":\"too_many_requests\",\"message\":\"" + token + "\"}")
            .build());
    server.enqueue(Responses.error(429, "too_many_requests", "slow down " + token));
    server.enqueue(Responses.json(502, "<html>" + token + "</html>"));
    server.enqueue(Responses.json(502, "<html>" + token + "</html>"));
    server.enqueue(Responses.json(200, "{\"firewall\":{\"id\":\"" + token));
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    List<Throwable> failures = new ArrayList<>();
    client.api().call(get(), "firewall", Thing.class);
    for (int i = 0; i < 5; i++) {
      failures.add(catchThrowable(() -> client.api().call(get(), "firewall", Thing.class)));
    }
    failures.add(
        catchThrowable(
            () ->
                client
                    .api()
                    .call(
                        ApiRequest.of(Examples.FIREWALLS_CREATE).body(Map.of("name", "x")).build(),
                        "firewall",
                        Thing.class)));
    failures.add(
        catchThrowable(() -> ApiToken.of(token.substring(0, 30) + " " + token.substring(30))));
    failures.add(
        catchThrowable(
            () -> client.waiter().until("x", () -> token, t -> WaitState.PENDING, Duration.ZERO)));

    assertThat(failures).doesNotContainNull().hasSize(8);
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(token);
    }

    String logs = LogCapture.text();
    assertThat(logs)
        .contains("firewalls_get GET /v2/firewalls/fw-1?name=██ -> 200")
        .contains("Authorization: ██")
        .contains("x-request-id: req-200")
        .contains("x-echo: ██")
        .doesNotContain(token)
        .doesNotContain("private-name");

    List<Object> publicObjects =
        List.of(
            client,
            ApiToken.of(token),
            get(),
            client.api(),
            client.waiter(),
            client.actions(),
            DigitalOcean.builder().token(ApiToken.of(token)));
    for (Object object : publicObjects) {
      assertThat(object.toString()).doesNotContain(token);
    }
  }

  @Test
  void unknownOutcomeAndActionPaths_neverShowTheTokenOrABodySecret() {
    String secret = TestClients.randomTokenText();
    client.close();
    client =
        TestClients.builder(server, time, token)
            .retryPolicy(RetryPolicy.builder().outcomeLookupWindow(Duration.ofSeconds(3)).build())
            .build();
    server.enqueue(Responses.json(503, "{\"id\":\"x\",\"message\":\"" + token + "\"}"));
    server.enqueue(Responses.error(422, "unprocessable_entity", "no " + token));
    ApiRequest create =
        ApiRequest.of(Examples.FIREWALLS_CREATE)
            .body(Map.of("name", "x", "user_data", secret))
            .build();

    Throwable unknown =
        catchThrowable(
            () ->
                client
                    .api()
                    .create(
                        create,
                        "firewall",
                        Thing.class,
                        "firewall 'x'",
                        () -> java.util.Optional.<Thing>empty()));
    Throwable refused =
        catchThrowable(() -> client.api().act(create, "firewall", Thing.class, () -> false));

    assertThat(unknown).isInstanceOf(OutcomeUnknownException.class);
    assertThat(refused).isInstanceOf(UnprocessableException.class);
    for (Throwable failure : List.of(unknown, refused)) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(token).doesNotContain(secret);
    }
    assertThat(LogCapture.text()).doesNotContain(token).doesNotContain(secret);
  }

  @Test
  void tokenInsideRequestBody_isNeverSerialised() {
    Throwable failure =
        catchThrowable(
            () ->
                client
                    .api()
                    .call(
                        ApiRequest.of(Examples.FIREWALLS_CREATE)
                            .body(Map.of("token", ApiToken.of(token)))
                            .build(),
                        "firewall",
                        Thing.class));

    assertThat(failure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing was sent");
    assertThat(server.getRequestCount()).isZero();
    assertThat(Optional.ofNullable(failure.getCause()).map(Throwable::toString).orElse(""))
        .doesNotContain(token);
  }

  /** A record an application might keep its settings in. */
  record Settings(String name, ApiToken token) {}

  @Test
  void recordHoldingAToken_isRedactedInToStringAndNeverSerialised() {
    Settings settings = new Settings("prod", ApiToken.of(token));

    Throwable failure =
        catchThrowable(
            () ->
                client
                    .api()
                    .send(
                        ApiRequest.of(Examples.FIREWALLS_CREATE).body(List.of(settings)).build()));
    Throwable direct =
        catchThrowable(() -> client.api().moshi().adapter(Settings.class).toJson(settings));

    assertThat(settings.toString()).contains("ApiToken[redacted]").doesNotContain(token);
    assertThat(failure).isInstanceOf(IllegalArgumentException.class);
    assertThat(direct).isInstanceOf(IllegalArgumentException.class);
    for (Throwable thrown : List.of(failure, direct)) {
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(token);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void apiUrlVariableHoldingTheTokenByMistake_isRefusedWithoutEchoingIt() {
    Throwable failure =
        catchThrowable(
            () ->
                DigitalOcean.fromEnvironment(
                    Map.of("DIGITALOCEAN_TOKEN", token, "DIGITALOCEAN_API_URL", token)));

    assertThat(failure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an absolute http(s) URL")
        .hasMessageNotContaining(token);
  }

  @Test
  void publicValueTypes_neverShowTheTokenInToString() {
    ApiRequest withoutPathParameter = ApiRequest.of(Examples.FIREWALLS_GET).build();
    List<Object> objects =
        List.of(
            withoutPathParameter,
            RetryPolicy.DEFAULT,
            RateLimit.UNKNOWN,
            Examples.FIREWALLS_GET,
            new Page<>(List.of(ApiToken.of(token)), 1, Optional.empty()),
            new Settings("x", ApiToken.of(token)),
            DigitalOcean.builder().token(ApiToken.of(token)).baseUrl(server.url("/").toString()));

    for (Object object : objects) {
      assertThat(object.toString()).doesNotContain(token);
    }
    assertThat(withoutPathParameter.toString())
        .isEqualTo("ApiRequest[firewalls_get /v2/firewalls/{firewall_id}]");
  }
}
