package dev.seawall.testkit;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * {@link DigitalOcean} clients and JSON helpers for tests against a {@link FakeDigitalOcean} or a
 * {@link MockWebServer}.
 *
 * <p>Every client carries {@link #TOKEN}, a personal access token generated once per JVM (never a
 * real one; the fakes accept any token unless configured otherwise), and uses the test's {@link
 * TestClock} as clock and as sleeper, so waits and retries advance the clock instead of sleeping:
 *
 * <pre>{@code
 * try (DigitalOcean client = TestClients.client(fake, clock)) {
 *   // ... use the client ...
 * }
 * }</pre>
 */
public final class TestClients {
  /** The generated token's text: {@code dop_v1_} and 64 random hex digits, fixed per JVM. */
  public static final String TOKEN_TEXT = randomTokenText();

  /** {@link #TOKEN_TEXT} as a token; every client built here uses it. */
  public static final ApiToken TOKEN = ApiToken.of(TOKEN_TEXT);

  private TestClients() {}

  /** A fresh random personal access token text: {@code dop_v1_} and 64 hex digits. */
  public static String randomTokenText() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return "dop_v1_" + HexFormat.of().formatHex(bytes);
  }

  /**
   * A client builder for {@code baseUrl} with {@link #TOKEN} and {@code clock} as clock and
   * sleeper, for tests that set more options (e.g. a retry policy).
   *
   * @param baseUrl the server's URL; a trailing {@code /} is dropped
   * @param clock the test's clock
   */
  public static DigitalOcean.Builder builder(String baseUrl, TestClock clock) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return DigitalOcean.builder().token(TOKEN).baseUrl(url).clock(clock).sleeper(clock.sleeper());
  }

  /**
   * A client for {@code baseUrl} whose waits advance {@code clock} instead of sleeping.
   *
   * @param baseUrl the server's URL; a trailing {@code /} is dropped
   * @param clock the test's clock
   */
  public static DigitalOcean client(String baseUrl, TestClock clock) {
    return builder(baseUrl, clock).build();
  }

  /** A client for a started fake, on the test's clock (give the fake the same clock). */
  public static DigitalOcean client(FakeDigitalOcean fake, TestClock clock) {
    return client(fake.url(), clock);
  }

  /** A client for a started MockWebServer, on the test's clock. */
  public static DigitalOcean client(MockWebServer server, TestClock clock) {
    return client(server.url("/").toString(), clock);
  }

  /**
   * A response with {@code Content-Type: application/json} and a JSON text body.
   *
   * @param status the HTTP status
   * @param body JSON text, sent as is
   */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /**
   * A response with {@code Content-Type: application/json} and a body written by {@link
   * FakeJson#write}.
   *
   * @param status the HTTP status
   * @param tree maps, lists, strings, numbers, booleans and nulls (see {@link FakeJson})
   */
  public static MockResponse json(int status, Object tree) {
    return json(status, FakeJson.write(tree));
  }

  /** A {@code 204 No Content} response. */
  public static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  /** The request body as a JSON tree (maps, lists, {@code Long} numbers) for comparisons. */
  public static @Nullable Object bodyTree(RecordedRequest request) {
    return FakeJson.parse(request.getBody() == null ? "" : request.getBody().utf8());
  }

  /**
   * JSON text as a tree (maps, lists, {@code Long} numbers); single quotes are turned into double
   * quotes, so {@code tree("{'name':'web'}")} reads well in a test.
   */
  public static @Nullable Object tree(String json) {
    return FakeJson.parse(json.replace('\'', '"'));
  }
}
