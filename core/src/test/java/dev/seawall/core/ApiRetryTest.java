package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.Examples;
import dev.seawall.core.support.Interruption;
import dev.seawall.core.support.MockServerTest;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.TestClients;
import dev.seawall.core.support.Thing;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRetryTest extends MockServerTest {
  /** Exact waits: jitter is off here except where a test shows it. */
  @Override
  protected DigitalOcean newClient() {
    return TestClients.builder(server, time, TestClients.randomTokenText())
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .build();
  }

  private static ApiRequest getFirewall() {
    return ApiRequest.of(Examples.FIREWALLS_GET).pathParam("firewall_id", "fw-1").build();
  }

  private Thing callGet() {
    return client.api().call(getFirewall(), "firewall", Thing.class);
  }

  private static MockResponse tooMany(String... headers) {
    MockResponse.Builder builder =
        new MockResponse.Builder()
            .code(429)
            .setHeader("content-type", "application/json")
            .body("{\"id\":\"too_many_requests\",\"message\":\"API Rate limit exceeded.\"}");
    for (int i = 0; i < headers.length; i += 2) {
      builder.setHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  @Test
  void call_when429WithRetryAfter_waitsThatLong() {
    server.enqueue(tooMany("Retry-After", "7", "ratelimit-reset", "9999999999"));
    server.enqueue(Responses.firewall("fw-1", "web"));

    Thing thing = callGet();

    assertThat(thing.name()).isEqualTo("web");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void call_when429WithoutRetryAfter_waitsUntilRateLimitReset() {
    Instant reset = time.instant().plusSeconds(23);
    server.enqueue(tooMany("ratelimit-reset", Long.toString(reset.getEpochSecond())));
    server.enqueue(Responses.firewall("fw-1", "web"));

    callGet();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(23));
  }

  @Test
  void call_when429AsksForLongerThanTheCap_waitsOnlyTheCap() {
    client.close();
    client =
        TestClients.builder(server, time, TestClients.randomTokenText())
            .retryPolicy(
                RetryPolicy.builder().jitter(0).maxRateLimitWait(Duration.ofSeconds(30)).build())
            .build();
    Instant reset = time.instant().plus(Duration.ofMinutes(40));
    server.enqueue(tooMany("Retry-After", "3600"));
    server.enqueue(tooMany("ratelimit-reset", Long.toString(reset.getEpochSecond())));
    server.enqueue(Responses.firewall("fw-1", "web"));

    callGet();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Test
  void call_when429SaysTheHourlyQuotaIsUsedUp_waitsForTheResetWithoutUsingAnAttempt() {
    client.close();
    client =
        TestClients.builder(server, time, TestClients.randomTokenText())
            .retryPolicy(RetryPolicy.builder().jitter(0).maxAttempts(1).build())
            .build();
    Instant reset = time.instant().plus(Duration.ofMinutes(40));
    server.enqueue(
        tooMany(
            "ratelimit-limit",
            "5000",
            "ratelimit-remaining",
            "0",
            "ratelimit-reset",
            Long.toString(reset.getEpochSecond())));
    server.enqueue(Responses.firewall("fw-1", "web"));

    // One attempt only, yet the call succeeds: waiting for the hourly window is not a retry.
    Thing thing = callGet();

    assertThat(thing.name()).isEqualTo("web");
    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(40));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void call_whenTheQuotaReopensLaterThanMaxQuotaWait_failsWithoutSendingAgain() {
    client.close();
    client =
        TestClients.builder(server, time, TestClients.randomTokenText())
            .retryPolicy(
                RetryPolicy.builder().jitter(0).maxQuotaWait(Duration.ofMinutes(10)).build())
            .build();
    Instant reset = time.instant().plus(Duration.ofMinutes(40));
    server.enqueue(
        tooMany(
            "ratelimit-remaining", "0", "ratelimit-reset", Long.toString(reset.getEpochSecond())));

    assertThatThrownBy(this::callGet)
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("only at " + reset)
        .hasMessageContaining("maxQuotaWait");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void call_when429UntilAttemptsRunOut_throwsRateLimitedWithAttemptsAndSnapshot() {
    Instant reset = time.instant().plusSeconds(5);
    for (int i = 0; i < RetryPolicy.DEFAULT_MAX_ATTEMPTS; i++) {
      server.enqueue(
          tooMany(
              "ratelimit-limit",
              "5000",
              "ratelimit-remaining",
              "0",
              "ratelimit-reset",
              Long.toString(reset.getEpochSecond()),
              "x-request-id",
              "rq-" + i));
    }

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.rateLimit())
                  .isEqualTo(new RateLimit(5000, 0, java.util.Optional.of(reset)));
              assertThat(e.requestId()).contains("rq-4");
              assertThat(e.getMessage())
                  .contains("firewalls_get GET /v2/firewalls/fw-1 failed: 429 too_many_requests")
                  .contains("after 5 attempts");
            });
    assertThat(server.getRequestCount()).isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
    assertThat(time.sleeps()).hasSize(RetryPolicy.DEFAULT_MAX_ATTEMPTS - 1);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "GET, 502", "GET, 503", "GET, 504",
    "PUT, 502", "PUT, 503", "PUT, 504",
    "DELETE, 502", "DELETE, 503", "DELETE, 504"
  })
  void idempotentRequest_whenGatewayError_isRetriedWithBackoff(String method, int status) {
    server.enqueue(Responses.json(status, "<html>bad gateway</html>"));
    server.enqueue(Responses.json(status, "<html>bad gateway</html>"));
    server.enqueue(
        method.equals("DELETE")
            ? new MockResponse.Builder().code(204).build()
            : Responses.firewall("fw-1", "web"));

    send(method);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  private void send(String method) {
    switch (method) {
      case "GET" -> callGet();
      case "PUT" ->
          client
              .api()
              .call(
                  ApiRequest.of(Examples.FIREWALLS_UPDATE)
                      .pathParam("firewall_id", "fw-1")
                      .body(java.util.Map.of("name", "web"))
                      .build(),
                  "firewall",
                  Thing.class);
      case "DELETE" ->
          client
              .api()
              .send(
                  ApiRequest.of(Examples.FIREWALLS_DELETE)
                      .pathParam("firewall_id", "fw-1")
                      .build());
      default -> throw new IllegalArgumentException(method);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE"})
  void idempotentRequest_whenConnectionIsResetBeforeTheResponse_isRetried(String method)
      throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(
        method.equals("DELETE")
            ? new MockResponse.Builder().code(204).build()
            : Responses.firewall("fw-1", "web"));

    send(method);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getMethod()).isEqualTo(method);
    assertThat(server.takeRequest().getMethod()).isEqualTo(method);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  /**
   * A 200 whose body the connection drops halfway (the body is decoded from the connection): a
   * failed attempt, like a lost response, and not a body that is not JSON.
   */
  private static MockResponse bodyCutHalfway() {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("content-type", "application/json")
        .body("{\"firewall\":{\"id\":\"fw-1\",\"name\":\"" + "w".repeat(64 * 1024) + "\"}}")
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE"})
  void idempotentRequest_whenConnectionFailsDuringTheResponseBody_isRetried(String method)
      throws Exception {
    server.enqueue(bodyCutHalfway());
    server.enqueue(Responses.firewall("fw-1", "web"));

    send(method);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getMethod()).isEqualTo(method);
    assertThat(server.takeRequest().getMethod()).isEqualTo(method);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void create_whenConnectionFailsDuringTheResponseBody_looksUpInsteadOfSendingAgain()
      throws Exception {
    server.enqueue(bodyCutHalfway());
    server.enqueue(Responses.firewall("fw-9", "web"));

    assertCreatedOnceThenLookedUp();
  }

  @Test
  void get_whenServerErrorPersists_throwsServerExceptionWithAttempts() {
    for (int i = 0; i < RetryPolicy.DEFAULT_MAX_ATTEMPTS; i++) {
      server.enqueue(Responses.error(503, "service_unavailable", "try later"));
    }

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(5));
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8));
  }

  /** Creates firewall 'web' with {@code lookup} for an unknown outcome. */
  private Thing createWebFirewall(java.util.function.Supplier<java.util.Optional<Thing>> lookup) {
    return client.api().create(createFirewall(), "firewall", Thing.class, "firewall 'web'", lookup);
  }

  private ApiRequest createFirewall() {
    return ApiRequest.of(Examples.FIREWALLS_CREATE).body(java.util.Map.of("name", "web")).build();
  }

  private List<String> methodsSeen() throws InterruptedException {
    List<String> seen = new java.util.ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      seen.add(server.takeRequest().getRequestLine());
    }
    return seen;
  }

  @Test
  void create_whenPostGets502AndLookupFindsTheResource_sendsOneCreate() throws Exception {
    server.enqueue(Responses.json(502, "<html><body>502 Bad Gateway</body></html>"));
    server.enqueue(
        Responses.json(
            200,
            "{\"firewalls\":[{\"id\":\"fw-9\",\"name\":\"web\"}],\"links\":{},\"meta\":{\"total\":1}}"));

    Thing created =
        createWebFirewall(
            () ->
                client
                    .api()
                    .<Thing>listAll(
                        ApiRequest.of(Examples.FIREWALLS_LIST).build(),
                        "firewalls",
                        Thing.class,
                        Thing::id)
                    .filter(t -> t.name().equals("web"))
                    .findFirst());

    assertThat(created.id()).isEqualTo("fw-9");
    assertThat(methodsSeen()).filteredOn(line -> line.startsWith("POST")).hasSize(1);
  }

  @Test
  void create_whenPostResponseIsLostAndLookupFindsTheResource_sendsOneCreate() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(Responses.firewall("fw-9", "web"));

    assertCreatedOnceThenLookedUp();
  }

  @Test
  void create_whenAnswerIsLostAndLookupsMissTwiceThenFindIt_sendsOnePostAndAdoptsIt()
      throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    java.util.List<Instant> lookups = new java.util.ArrayList<>();

    Thing created =
        createWebFirewall(
            () -> {
              lookups.add(time.instant());
              return lookups.size() < 3
                  ? java.util.Optional.empty()
                  : java.util.Optional.of(new Thing("fw-9", "web"));
            });

    assertThat(created.id()).isEqualTo("fw-9");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void create_whenPostGets503AndLookupNeverFindsIt_failsOutcomeUnknownWithoutResending()
      throws Exception {
    client.close();
    client =
        TestClients.builder(server, time, TestClients.randomTokenText())
            .retryPolicy(
                RetryPolicy.builder().jitter(0).outcomeLookupWindow(Duration.ofSeconds(20)).build())
            .build();
    server.enqueue(Responses.error(503, "service_unavailable", "busy"));
    CountingLookup lookup = new CountingLookup();

    assertThatThrownBy(() -> createWebFirewall(lookup))
        .isInstanceOfSatisfying(
            OutcomeUnknownException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("firewall 'web'");
              assertThat(e.operationId()).isEqualTo("firewalls_create");
              assertThat(e.getMessage())
                  .contains("firewall 'web'")
                  .contains("within 20 s")
                  .contains("Re-run the same apply");
              assertThat(e.getCause()).isInstanceOf(ServerException.class);
            });
    assertThat(methodsSeen()).containsExactly("POST /v2/firewalls HTTP/1.1");
    // Lookups at 0, 1, 3, 7, 15 and 20 s: the window is used, never overshot.
    assertThat(lookup.calls).isEqualTo(6);
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(5));
  }

  @Test
  void retriesOfRequestsRefusedTogether_areSpreadByJitter() {
    client.close();
    client = TestClients.builder(server, time, TestClients.randomTokenText()).build();
    for (int i = 0; i < 20; i++) {
      server.enqueue(tooMany("Retry-After", "10"));
      server.enqueue(Responses.firewall("fw-1", "web"));
    }

    for (int i = 0; i < 20; i++) {
      callGet();
    }

    assertThat(time.sleeps())
        .hasSize(20)
        .allSatisfy(
            wait -> assertThat(wait).isBetween(Duration.ofSeconds(10), Duration.ofMillis(12_000)));
    assertThat(new java.util.HashSet<>(time.sleeps())).hasSizeGreaterThan(10);
  }

  @Test
  void call_whenPostGets502_isNotResentBlindly() {
    server.enqueue(Responses.json(502, "<html>bad gateway</html>"));
    server.enqueue(Responses.firewall("fw-2", "web"));

    assertThatThrownBy(() -> client.api().call(createFirewall(), "firewall", Thing.class))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_whenServerIsUnreachable_resendsWithoutLookupBecauseNothingWasSent()
      throws IOException {
    int port = server.getPort();
    server.close();
    CountingLookup lookup = new CountingLookup();
    try (DigitalOcean offline =
        DigitalOcean.builder()
            .token(ApiToken.of(TestClients.randomTokenText()))
            .baseUrl("http://127.0.0.1:" + port)
            .clock(time)
            .sleeper(time)
            .build()) {

      assertThatThrownBy(
              () ->
                  offline
                      .api()
                      .create(
                          createFirewall(),
                          "firewall",
                          Thing.class,
                          "firewall 'web'",
                          () -> {
                            lookup.calls++;
                            return java.util.Optional.<Thing>empty();
                          }))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("firewalls_create POST /v2/firewalls could not be completed")
          .hasMessageContaining("after 5 attempts")
          .hasMessageContaining("could not be reached");
      assertThat(lookup.calls).isZero();
      assertThat(offline.requestCount()).isEqualTo(5);
      assertThat(time.sleeps()).hasSize(4);
    }
  }

  @Test
  void call_when403_throwsForbiddenNamingOperationAndScopes_withoutRetry() {
    server.enqueue(
        Responses.error(403, "forbidden", "You are not authorized to perform this operation"));

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> {
              assertThat(e.requiredScopes()).containsExactly("firewall:read");
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.requestId()).contains("body-req-403");
              assertThat(e.getMessage())
                  .contains("firewalls_get GET /v2/firewalls/fw-1 failed: 403 forbidden")
                  .contains("firewall:read")
                  .contains("custom-scoped token")
                  .contains("https://cloud.digitalocean.com/account/api/tokens");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void call_when401_saysTokenIsMissingMalformedOrRevoked_withoutRetry() {
    server.enqueue(Responses.error(401, "unauthorized", "Unable to authenticate you"));

    assertThatThrownBy(this::callGet)
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("401 unauthorized: Unable to authenticate you")
        .hasMessageContaining("missing, malformed, expired or revoked")
        .hasMessageContaining("DIGITALOCEAN_TOKEN")
        .hasMessageNotContaining("dop_v1_");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void call_when404_mapsErrorBodyToReadableMessage() {
    server.enqueue(
        Responses.error(404, "not_found", "The resource you were accessing could not be found."));

    assertThatThrownBy(this::callGet)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.errorId()).contains("not_found");
              assertThat(e.getMessage())
                  .startsWith(
                      "firewalls_get GET /v2/firewalls/fw-1 failed: 404 not_found: The resource you"
                          + " were accessing could not be found. (request id body-req-404)");
            });
  }

  @Test
  void call_whenThreadIsInterrupted_failsWithoutRetryingAndKeepsTheInterruptFlag() {
    server.enqueue(Responses.firewall("fw-1", "web"));
    server.enqueue(Responses.firewall("fw-1", "web"));

    Interruption result = Interruption.whileInterrupted(this::callGet);

    assertThat(result.flagStillSet()).isTrue();
    assertThat(result.failure())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("Interrupted")
        .hasMessageContaining("firewalls_get GET /v2/firewalls/fw-1");
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(1);
  }

  @Test
  void call_when429WithRetryAfterAsHttpDate_waitsUntilThatDate() {
    String date =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(17).atOffset(java.time.ZoneOffset.UTC));
    server.enqueue(tooMany("Retry-After", date));
    server.enqueue(Responses.firewall("fw-1", "web"));

    callGet();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(17));
  }

  @Test
  void call_when429WithNegativeRetryAfter_ignoresItAndWaitsUntilRateLimitReset() {
    Instant reset = time.instant().plusSeconds(9);
    server.enqueue(
        tooMany("Retry-After", "-5", "ratelimit-reset", Long.toString(reset.getEpochSecond())));
    server.enqueue(Responses.firewall("fw-1", "web"));

    callGet();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void call_when429WithRateLimitResetInThePast_waitsOneSecond() {
    Instant reset = time.instant().minusSeconds(600);
    server.enqueue(tooMany("ratelimit-reset", Long.toString(reset.getEpochSecond())));
    server.enqueue(Responses.firewall("fw-1", "web"));

    callGet();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void call_when429HeadersAreAbsurdlyLarge_waitsTheCapInsteadOfFailing() {
    server.enqueue(tooMany("Retry-After", "9".repeat(30)));
    server.enqueue(tooMany("ratelimit-reset", "9".repeat(25)));
    server.enqueue(Responses.firewall("fw-1", "web"));

    callGet();

    assertThat(time.sleeps())
        .containsExactly(
            RetryPolicy.DEFAULT.maxRateLimitWait(), RetryPolicy.DEFAULT.maxRateLimitWait());
  }

  @Test
  void create_whenPostGets429_resendsItWithoutLookingUp() throws Exception {
    server.enqueue(tooMany("Retry-After", "2"));
    server.enqueue(Responses.json(202, "{\"firewall\":{\"id\":\"fw-2\",\"name\":\"web\"}}"));
    CountingLookup lookup = new CountingLookup();

    Thing created = createWebFirewall(lookup);

    // A 429 is refused before processing, so resending the POST cannot create a duplicate.
    assertThat(created.id()).isEqualTo("fw-2");
    assertThat(lookup.calls).isZero();
    assertThat(methodsSeen())
        .containsExactly("POST /v2/firewalls HTTP/1.1", "POST /v2/firewalls HTTP/1.1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void call_whenInterruptedWhileWaitingToRetry_throwsSeawallExceptionAndKeepsTheInterruptFlag() {
    client.close();
    client =
        TestClients.builder(server, time, TestClients.randomTokenText())
            .sleeper(
                duration -> {
                  throw new InterruptedException("test");
                })
            .build();
    server.enqueue(Responses.error(503, "service_unavailable", "busy"));

    Interruption result = Interruption.run(this::callGet);

    assertThat(result.flagStillSet()).isTrue();
    assertThat(result.failure())
        .isExactlyInstanceOf(SeawallException.class)
        .hasMessageContaining("Interrupted while waiting to retry firewalls_get")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private ApiRequest assignDroplets() {
    return ApiRequest.of(Examples.FIREWALLS_ASSIGN_DROPLETS)
        .pathParam("firewall_id", "fw-1")
        .body(java.util.Map.of("droplet_ids", List.of(42)))
        .build();
  }

  @Test
  void act_whenAnswerIs503ButTheGoalHolds_countsAsDoneWithoutResending() {
    server.enqueue(Responses.error(503, "service_unavailable", "busy"));
    java.util.concurrent.atomic.AtomicInteger checks =
        new java.util.concurrent.atomic.AtomicInteger();

    java.util.Optional<Thing> answer =
        client
            .api()
            .act(
                assignDroplets(),
                "action",
                Thing.class,
                () -> {
                  checks.incrementAndGet();
                  return true;
                });

    assertThat(answer).isEmpty();
    assertThat(checks).hasValue(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void act_whenAnswerIsLostAndTheGoalDoesNotHold_checksThenSendsAgain() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(Responses.json(201, "{\"action\":{\"id\":\"a-2\",\"name\":\"assign\"}}"));

    java.util.Optional<Thing> answer =
        client.api().act(assignDroplets(), "action", Thing.class, () -> false);

    assertThat(answer).map(Thing::id).contains("a-2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void act_when422WhileTheGoalAlreadyHolds_countsAsDone() {
    server.enqueue(Responses.error(422, "unprocessable_entity", "Attachment not found"));

    assertThat(client.api().act(assignDroplets(), "action", Thing.class, () -> true)).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void act_when422AndTheGoalDoesNotHold_throwsTheRefusal() {
    server.enqueue(Responses.error(422, "unprocessable_entity", "Droplet is in another region"));

    assertThatThrownBy(() -> client.api().act(assignDroplets(), "action", Thing.class, () -> false))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("Droplet is in another region");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** A lookup that never finds the resource and counts how often it was asked. */
  private static final class CountingLookup
      implements java.util.function.Supplier<java.util.Optional<Thing>> {
    int calls;

    @Override
    public java.util.Optional<Thing> get() {
      calls++;
      return java.util.Optional.empty();
    }
  }

  /** Creates the web firewall, looking fw-9 up after a lost answer; one POST, then the GET. */
  private void assertCreatedOnceThenLookedUp() throws Exception {
    Thing created =
        createWebFirewall(
            () ->
                java.util.Optional.of(
                    client
                        .api()
                        .<Thing>call(
                            ApiRequest.of(Examples.FIREWALLS_GET)
                                .pathParam("firewall_id", "fw-9")
                                .build(),
                            "firewall",
                            Thing.class)));

    assertThat(created.id()).isEqualTo("fw-9");
    assertThat(methodsSeen())
        .containsExactly("POST /v2/firewalls HTTP/1.1", "GET /v2/firewalls/fw-9 HTTP/1.1");
  }
}
