package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.CoreOperations;
import dev.seawall.core.HttpMethod;
import dev.seawall.testkit.fakes.FakeOperations;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeDigitalOceanTest {
  private final TestClock clock = new TestClock();
  private FakeDigitalOcean fake;

  @AfterEach
  void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  private FakeDigitalOcean start(FakeDigitalOcean.Builder builder) {
    fake = builder.clock(clock).build().start();
    return fake;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Http.Reply reply) {
    return (Map<String, Object>) FakeJson.parse(reply.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }

  /** VPCs with a list route, seeded with {@code count} rows. */
  private static FakeResource vpcs(int count) {
    return (routes, state) -> {
      FakeTable table = state.table("vpcs");
      for (int i = 0; i < count; i++) {
        String id = state.nextUuid();
        table.put(id, vpcRow(state, id, "vpc-" + i, "nyc1"));
      }
      routes
          .on(
              FakeOperations.VPCS_LIST,
              request -> FakeResponse.page(request, "vpcs", table.values()))
          .on(
              FakeOperations.VPCS_CREATE,
              request -> {
                Map<String, Object> body = request.json();
                String id = state.nextUuid();
                Map<String, Object> vpc = vpcRow(state, id, body.get("name"), body.get("region"));
                table.put(id, vpc);
                return FakeResponse.created(FakeJson.object("vpc", vpc));
              })
          .on(
              FakeOperations.VPCS_GET,
              request ->
                  FakeResponse.ok(
                      FakeJson.object("vpc", table.require(request.pathParam("vpc_id")))));
    };
  }

  /** A VPC as the API answers it. */
  private static Map<String, Object> vpcRow(
      FakeState state, String id, Object name, Object region) {
    return FakeJson.object(
        "id",
        id,
        "name",
        name,
        "region",
        region,
        "ip_range",
        "10.10.0.0/20",
        "urn",
        "do:vpc:" + id,
        "default",
        false,
        "created_at",
        state.timestamp(),
        "description",
        "");
  }

  @Test
  void account_whenBearerToken_returnsSampleAccountWithRateLimitHeaders() {
    start(FakeDigitalOcean.builder());

    Http.Reply reply = Http.get(fake.url() + "/v2/account");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(object(json(reply), "account"))
        .containsEntry("status", "active")
        .containsEntry("droplet_limit", 25L);
    assertThat(reply.headers().get("ratelimit-limit")).isEqualTo("5000");
    assertThat(reply.headers().get("ratelimit-remaining")).isEqualTo("4999");
    assertThat(reply.headers().get("ratelimit-reset"))
        .isEqualTo(String.valueOf(clock.instant().plus(Duration.ofHours(1)).getEpochSecond()));
    assertThat(reply.headers().get("x-request-id")).isNotBlank();
    assertThat(fake.callCount(CoreOperations.ACCOUNT_GET)).isEqualTo(1);
    fake.verifyNoProblems();
  }

  @Test
  void url_whenStarted_isLoopbackWithoutTrailingSlash() {
    start(FakeDigitalOcean.builder());

    assertThat(fake.url()).isEqualTo("http://127.0.0.1:" + fake.port());
  }

  @Test
  void request_withoutToken_answers401WithDigitalOceanError() {
    start(FakeDigitalOcean.builder().withoutContract());

    Http.Reply reply = Http.send("GET", fake.url() + "/v2/account", null, null);

    assertThat(reply.status()).isEqualTo(401);
    Map<String, Object> error = json(reply);
    assertThat(error)
        .containsEntry("id", "unauthorized")
        .containsEntry("message", "Unable to authenticate you.")
        .containsEntry("request_id", reply.headers().get("x-request-id"));
    assertThat(reply.headers().get("ratelimit-limit")).isNotNull();
  }

  @Test
  void request_withoutToken_isAlsoRecordedAsContractViolation() {
    start(FakeDigitalOcean.builder().contract(OpenApiContract.require()));

    Http.Reply reply = Http.send("GET", fake.url() + "/v2/account", null, null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(fake.contractViolations())
        .extracting(ContractViolation::key)
        .containsExactly("validation.request.security.missing");
  }

  @Test
  void request_withOtherTokenThanConfigured_answers401() {
    start(FakeDigitalOcean.builder().token(Http.TOKEN));

    Http.Reply wrong = Http.send("GET", fake.url() + "/v2/account", null, Http.randomToken());
    Http.Reply right = Http.get(fake.url() + "/v2/account");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(right.status()).isEqualTo(200);
  }

  @Test
  void latency_whenConfigured_delaysEveryAnswerInRealTimeWithoutMovingTheClock() {
    start(FakeDigitalOcean.builder().latency(Duration.ofMillis(150)));
    java.time.Instant virtualBefore = clock.instant();

    long started = System.nanoTime();
    Http.Reply reply = Http.get(fake.url() + "/v2/account");
    long waitedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(reply.status()).isEqualTo(200);
    // A lower bound only: the sleep guarantees it; an upper bound would be a timing assertion.
    assertThat(waitedMillis).isGreaterThanOrEqualTo(150);
    assertThat(clock.instant()).isEqualTo(virtualBefore);
    fake.verifyNoProblems();
  }

  @Test
  void latency_whenNegative_isRefused() {
    assertThatThrownBy(() -> FakeDigitalOcean.builder().latency(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latency must not be negative");
  }

  @Test
  void actions_whenDelayConfigured_completeOnlyAfterClockAdvanced() {
    start(FakeDigitalOcean.builder().actionDelay(Duration.ofSeconds(30)));
    long id = (long) fake.state().actions().start("create", "droplet", 42L).get("id");

    Map<String, Object> early = object(json(Http.get(fake.url() + "/v2/actions/" + id)), "action");
    clock.advance(Duration.ofSeconds(29));
    Map<String, Object> almost = object(json(Http.get(fake.url() + "/v2/actions/" + id)), "action");
    clock.advance(Duration.ofSeconds(1));
    Map<String, Object> done = object(json(Http.get(fake.url() + "/v2/actions/" + id)), "action");

    assertThat(early).containsEntry("status", "in-progress").containsEntry("completed_at", null);
    assertThat(almost).containsEntry("status", "in-progress");
    assertThat(done)
        .containsEntry("status", "completed")
        .containsEntry("completed_at", "2026-01-01T00:00:30Z")
        .containsEntry("started_at", "2026-01-01T00:00:00Z")
        .containsEntry("resource_id", 42L)
        .containsEntry("type", "create");
    fake.verifyNoProblems();
  }

  @Test
  void actions_whenPollsConfigured_completeAfterThatManyPolls() {
    start(FakeDigitalOcean.builder().actionPollsBeforeCompletion(2));
    long id = (long) fake.state().actions().start("attach", "volume").get("id");

    List<Object> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(
          object(json(Http.get(fake.url() + "/v2/actions/" + id)), "action").get("status"));
    }

    assertThat(statuses).containsExactly("in-progress", "in-progress", "completed");
  }

  @Test
  void actions_whenFailNext_endErrored() {
    start(FakeDigitalOcean.builder());
    fake.state().actions().failNext(1);
    long failing = (long) fake.state().actions().start("resize", "droplet", 1L).get("id");
    long fine = (long) fake.state().actions().start("resize", "droplet", 1L).get("id");

    assertThat(fake.state().actions().poll(failing)).containsEntry("status", "errored");
    assertThat(fake.state().actions().poll(fine)).containsEntry("status", "completed");
  }

  @Test
  void actions_whenUnknownId_answers404() {
    start(FakeDigitalOcean.builder());

    Http.Reply reply = Http.get(fake.url() + "/v2/actions/999");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(json(reply)).containsEntry("id", "not_found");
    fake.verifyNoProblems();
  }

  @Test
  void page_whenItemsSpanPages_linksAndMetaLetClientCollectEachItemOnce() {
    start(FakeDigitalOcean.builder().addResource(vpcs(45)));

    List<Object> names = new ArrayList<>();
    String next = fake.url() + "/v2/vpcs?per_page=20";
    List<Map<String, Object>> bodies = new ArrayList<>();
    while (next != null) {
      Map<String, Object> body = json(Http.get(next));
      bodies.add(body);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("vpcs");
      items.forEach(item -> names.add(item.get("name")));
      Map<String, Object> pages = object(object(body, "links"), "pages");
      next = pages == null ? null : (String) pages.get("next");
    }

    assertThat(bodies).hasSize(3);
    assertThat(names).hasSize(45).doesNotHaveDuplicates();
    assertThat(object(bodies.get(0), "meta")).containsEntry("total", 45L);
    assertThat(object(object(bodies.get(0), "links"), "pages"))
        .containsEntry("next", fake.url() + "/v2/vpcs?page=2&per_page=20")
        .containsEntry("last", fake.url() + "/v2/vpcs?page=3&per_page=20")
        .doesNotContainKeys("first", "prev");
    assertThat(object(object(bodies.get(2), "links"), "pages"))
        .containsEntry("first", fake.url() + "/v2/vpcs?page=1&per_page=20")
        .containsEntry("prev", fake.url() + "/v2/vpcs?page=2&per_page=20")
        .doesNotContainKeys("next", "last");
    fake.verifyNoProblems();
  }

  @Test
  void page_whenEverythingFitsOnePage_linksAreEmpty() {
    start(FakeDigitalOcean.builder().addResource(vpcs(3)));

    Map<String, Object> body = json(Http.get(fake.url() + "/v2/vpcs"));

    assertThat(object(body, "links")).isEmpty();
    assertThat(object(body, "meta")).containsEntry("total", 3L);
  }

  @Test
  void resource_whenCreatedThenFetched_keepsState() {
    start(FakeDigitalOcean.builder().addResource(vpcs(0)));

    Http.Reply created =
        Http.post(fake.url() + "/v2/vpcs", "{\"name\":\"prod\",\"region\":\"nyc1\"}");
    String id = (String) object(json(created), "vpc").get("id");
    Http.Reply fetched = Http.get(fake.url() + "/v2/vpcs/" + id);
    Http.Reply missing = Http.get(fake.url() + "/v2/vpcs/" + fake.state().nextUuid());

    assertThat(created.status()).isEqualTo(201);
    assertThat(object(json(fetched), "vpc")).containsEntry("name", "prod");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(json(missing)).containsEntry("id", "not_found");
    assertThat(fake.callCount("vpcs_create")).isEqualTo(1);
    assertThat(fake.callCount("/v2/vpcs")).isEqualTo(3);
    assertThat(fake.calls("vpcs_create").get(0).body()).contains("\"prod\"");
    fake.verifyNoProblems();
  }

  @Test
  void rateLimit_whenWindowUsedUp_answers429UntilReset() {
    start(FakeDigitalOcean.builder().rateLimit(2, Duration.ofMinutes(1)));

    Http.Reply first = Http.get(fake.url() + "/v2/account");
    Http.Reply second = Http.get(fake.url() + "/v2/account");
    Http.Reply limited = Http.get(fake.url() + "/v2/account");
    clock.advance(Duration.ofMinutes(1));
    Http.Reply afterReset = Http.get(fake.url() + "/v2/account");

    assertThat(first.headers().get("ratelimit-remaining")).isEqualTo("1");
    assertThat(second.headers().get("ratelimit-remaining")).isEqualTo("0");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(json(limited)).containsEntry("id", "too_many_requests");
    assertThat(limited.headers().get("ratelimit-reset"))
        .isEqualTo(String.valueOf(TestClock.DEFAULT_START.plusSeconds(60).getEpochSecond()));
    assertThat(afterReset.status()).isEqualTo(200);
    assertThat(afterReset.headers().get("ratelimit-remaining")).isEqualTo("1");
  }

  @Test
  void rateLimitNext_withRetryAfter_answers429ThenRecovers() {
    start(FakeDigitalOcean.builder());
    fake.rateLimitNext("account_get", 2, Duration.ofSeconds(7));

    Http.Reply first = Http.get(fake.url() + "/v2/account");
    Http.Reply second = Http.get(fake.url() + "/v2/account");
    Http.Reply third = Http.get(fake.url() + "/v2/account");

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.headers().get("Retry-After")).isEqualTo("7");
    assertThat(first.headers().get("ratelimit-remaining")).isEqualTo("0");
    assertThat(second.status()).isEqualTo(429);
    assertThat(third.status()).isEqualTo(200);
  }

  @Test
  void failNext_whenOperationSelected_failsOnlyThatOperationOnce() {
    start(FakeDigitalOcean.builder());
    fake.failNext(CoreOperations.ACTIONS_LIST, 503);

    Http.Reply account = Http.get(fake.url() + "/v2/account");
    Http.Reply failed = Http.get(fake.url() + "/v2/actions");
    Http.Reply recovered = Http.get(fake.url() + "/v2/actions");

    assertThat(account.status()).isEqualTo(200);
    assertThat(failed.status()).isEqualTo(503);
    assertThat(json(failed))
        .containsEntry("id", "service_unavailable")
        .containsEntry("request_id", failed.headers().get("x-request-id"));
    assertThat(recovered.status()).isEqualTo(200);
    assertThat(fake.calls(CoreOperations.ACTIONS_LIST.operationId()))
        .extracting(FakeCall::status)
        .containsExactly(503, 200);
  }

  @Test
  void failNext_whenPathPrefixSelected_failsMatchingRequests() {
    start(FakeDigitalOcean.builder());
    fake.failNext("/v2/actions", 500, 2);

    assertThat(Http.get(fake.url() + "/v2/actions").status()).isEqualTo(500);
    assertThat(Http.get(fake.url() + "/v2/account").status()).isEqualTo(200);
    assertThat(Http.get(fake.url() + "/v2/actions").status()).isEqualTo(500);
    assertThat(Http.get(fake.url() + "/v2/actions").status()).isEqualTo(200);
  }

  @Test
  void disconnectNext_whenCreate_runsHandlerButLosesResponse() {
    start(FakeDigitalOcean.builder().addResource(vpcs(0)));
    fake.disconnectNext("vpcs_create");

    assertThatThrownBy(
            () ->
                Http.sendOrThrow(
                    "POST",
                    fake.url() + "/v2/vpcs",
                    "{\"name\":\"prod\",\"region\":\"nyc1\"}",
                    Http.TOKEN))
        .isInstanceOf(IOException.class);

    assertThat(fake.state().table("vpcs").size()).isEqualTo(1);
    assertThat(fake.calls("vpcs_create"))
        .singleElement()
        .satisfies(call -> assertThat(call.delivered()).isFalse());
  }

  @Test
  void respondNext_whenRawResponse_answersItVerbatim() {
    start(FakeDigitalOcean.builder());
    fake.respondNext(
        "*",
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body("<html>Bad Gateway</html>")
            .build());

    Http.Reply reply = Http.get(fake.url() + "/v2/account");

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.body()).isEqualTo("<html>Bad Gateway</html>");
    assertThat(reply.headers().get("x-request-id")).isNull();
  }

  @Test
  void request_whenNoRoute_answers404AndRecordsProblem() {
    start(FakeDigitalOcean.builder());

    Http.Reply reply = Http.get(fake.url() + "/v2/vpcs");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(fake.takeProblems())
        .singleElement()
        .asString()
        .contains("no route for GET /v2/vpcs");
    assertThat(fake.problems()).isEmpty();
  }

  @Test
  void request_whenViolatingContract_answers422WithoutRunningHandler() {
    start(FakeDigitalOcean.builder().contract(OpenApiContract.require()).addResource(vpcs(0)));

    Http.Reply reply = Http.post(fake.url() + "/v2/vpcs", "{\"region\":\"nyc1\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(json(reply)).containsEntry("id", "unprocessable_entity");
    assertThat((String) json(reply).get("message")).contains("missing required properties");
    assertThat(fake.state().table("vpcs").size()).isZero();
    assertThat(fake.contractViolations()).hasSize(1);
    assertThatThrownBy(fake::verifyNoProblems)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("vpcs_create");
  }

  @Test
  void request_whenQueryParameterIsNotInTheSpec_servesItAndRecordsANoteNotAProblem() {
    start(FakeDigitalOcean.builder().contract(OpenApiContract.require()));

    Http.Reply reply = Http.get(fake.url() + "/v2/account?per_page=25");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(fake.problems()).isEmpty();
    assertThat(fake.contractNotes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.key()).isEqualTo("validation.request.parameter.query.unexpected");
              assertThat(note.path()).isEqualTo("/v2/account?per_page=25");
            });
  }

  @Test
  void request_whenBodyHasAnUnknownProperty_failsTheTestByDefault() {
    start(FakeDigitalOcean.builder().contract(OpenApiContract.require()).addResource(vpcs(0)));

    Http.Reply reply =
        Http.post(
            fake.url() + "/v2/vpcs",
            "{\"name\":\"prod\",\"region\":\"nyc1\",\"ip_rnage\":\"10.10.0.0/20\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.takeProblems())
        .singleElement()
        .asString()
        .contains("seawall.request.body.unknownProperty");
  }

  @Test
  void request_whenHandlerThrows_answers500AndRecordsProblem() {
    start(
        FakeDigitalOcean.builder()
            .withoutContract()
            .addResource(
                (routes, state) ->
                    routes.on(
                        HttpMethod.GET,
                        "/v2/vpcs",
                        request -> {
                          throw new IllegalStateException("boom");
                        })));

    Http.Reply reply = Http.get(fake.url() + "/v2/vpcs");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(fake.problems()).singleElement().asString().contains("vpcs_list").contains("boom");
  }

  @Test
  void response_whenHandlerAnswersOffSpec_recordsProblem() {
    start(
        FakeDigitalOcean.builder()
            .contract(OpenApiContract.require())
            .addResource(
                (routes, state) ->
                    routes.on(
                        FakeOperations.SSH_KEYS_GET,
                        request ->
                            FakeResponse.ok(
                                FakeJson.object("ssh_key", FakeJson.object("id", "x"))))));

    Http.Reply reply = Http.get(fake.url() + "/v2/account/keys/512189");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(fake.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).contains("fix the FakeResource").contains("sshKeys_get"));
  }

  @Test
  void builder_whenTwoResourcesRouteTheSameOperation_refuses() {
    FakeResource twice =
        (routes, state) -> routes.on(FakeOperations.VPCS_LIST, request -> FakeResponse.noContent());

    assertThatThrownBy(
            () -> FakeDigitalOcean.builder().addResource(twice).addResource(twice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/v2/vpcs");
  }

  @Test
  void routes_whenRegisteredByTemplate_takeOperationIdFromCatalog() {
    start(
        FakeDigitalOcean.builder()
            .withoutContract()
            .addResource(
                (routes, state) ->
                    routes.on(
                        HttpMethod.GET,
                        "/v2/firewalls/{firewall_id}",
                        request ->
                            FakeResponse.ok(
                                FakeJson.object("id", request.pathParam("firewall_id"))))));

    Http.Reply reply = Http.get(fake.url() + "/v2/firewalls/a%20b");

    assertThat(json(reply)).containsEntry("id", "a b");
    assertThat(fake.callCount(FakeOperations.FIREWALLS_GET)).isEqualTo(1);
  }

  @Test
  void main_whenUnknownArgument_refusesWithUsage() {
    assertThatThrownBy(() -> FakeDigitalOcean.main(new String[] {"--verbose"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--port");
  }

  @Test
  void standalone_whenStarted_printsItsUrlAndServesTheApi() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    String token = Http.randomToken();

    fake =
        FakeDigitalOcean.startStandalone(
                new String[] {"--port", "0", "--token", token, "--no-contract"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8))
            .orElseThrow();

    String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("FakeDigitalOcean listening on " + fake.url() + " (no OpenAPI validation)")
        .matches("(?s)FakeDigitalOcean listening on http://127\\.0\\.0\\.1:[0-9]+ .*")
        .doesNotContain(token);
    assertThat(Http.send("GET", fake.url() + "/v2/account", null, token).status()).isEqualTo(200);
    assertThat(Http.send("GET", fake.url() + "/v2/account", null, Http.randomToken()).status())
        .isEqualTo(401);
    assertThat(Http.send("GET", fake.url() + "/v2/nothing", null, token).status()).isEqualTo(404);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("PROBLEM: FakeDigitalOcean has no route for GET /v2/nothing");
    assertThat(printed).contains("serving all testkit fakes");
    for (String path :
        List.of("/v2/droplets", "/v2/vpcs", "/v2/firewalls", "/v2/volumes", "/v2/databases")) {
      assertThat(Http.send("GET", fake.url() + path, null, token).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void standalone_whenBuiltInsOnly_servesNoResources() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    fake =
        FakeDigitalOcean.startStandalone(
                new String[] {"--no-contract", "--built-ins-only"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true))
            .orElseThrow();

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("built-in routes only");
    assertThat(Http.get(fake.url() + "/v2/account").status()).isEqualTo(200);
    assertThat(Http.get(fake.url() + "/v2/droplets").status()).isEqualTo(404);
    assertThat(fake.takeProblems()).hasSize(1);
  }

  @Test
  void standalone_whenHelp_printsUsageAndStartsNothing() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    assertThat(
            FakeDigitalOcean.startStandalone(
                new String[] {"--help"}, new java.io.PrintStream(out, true), System.err))
        .isEmpty();
    assertThat(out.toString()).contains("--port N").contains("--no-contract");
  }

  @Test
  void main_whenPortIsNotANumber_refusesWithUsage() {
    assertThatThrownBy(() -> FakeDigitalOcean.main(new String[] {"--port", "http"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--port needs a number 0-65535, was 'http'");
  }
}
