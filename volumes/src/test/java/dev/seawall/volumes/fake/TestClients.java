package dev.seawall.volumes.fake;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/** Clients and JSON helpers shared by the volume service tests. */
public final class TestClients {
  /** A syntactically valid personal access token; never a real one. */
  public static final ApiToken TOKEN = ApiToken.of("dop_v1_" + "0123456789abcdef".repeat(4));

  private TestClients() {}

  /** A client for a fake, on the test's clock (its sleeper advances the clock, never sleeps). */
  public static DigitalOcean client(FakeDigitalOcean fake, TestClock clock) {
    return DigitalOcean.builder()
        .token(TOKEN)
        .baseUrl(fake.url())
        .clock(clock)
        .sleeper(clock.sleeper())
        .build();
  }

  /** A client for a MockWebServer, on the test's clock. */
  public static DigitalOcean client(MockWebServer server, TestClock clock) {
    String url = server.url("/").toString();
    return DigitalOcean.builder()
        .token(TOKEN)
        .baseUrl(url.substring(0, url.length() - 1))
        .clock(clock)
        .sleeper(clock.sleeper())
        .build();
  }

  /** A JSON response with the given status. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body.replace('\'', '"'))
        .build();
  }

  /** A 204 No Content response. */
  public static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  /** The request body as a JSON tree (maps, lists, Long numbers) for comparisons. */
  public static @Nullable Object bodyTree(RecordedRequest request) {
    return FakeJson.parse(request.getBody() == null ? "" : request.getBody().utf8());
  }

  /** JSON text as a tree; single quotes are turned into double quotes for readability. */
  public static @Nullable Object tree(String json) {
    return FakeJson.parse(json.replace('\'', '"'));
  }
}
