package dev.seawall.core.support;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.RetryPolicy;
import java.security.SecureRandom;
import java.util.HexFormat;
import mockwebserver3.MockWebServer;

/** Builds clients against a MockWebServer with fake time. */
public final class TestClients {
  private TestClients() {}

  /** A fresh random personal access token: {@code dop_v1_} and 64 hex digits. */
  public static String randomTokenText() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return "dop_v1_" + HexFormat.of().formatHex(bytes);
  }

  /** A builder pointed at the server, with fake time and a random token. */
  public static DigitalOcean.Builder builder(MockWebServer server, FakeTime time, String token) {
    return DigitalOcean.builder()
        .token(ApiToken.of(token))
        .baseUrl(server.url("/").toString())
        .clock(time)
        .sleeper(time);
  }

  /** A client with the default retry policy. */
  public static DigitalOcean client(MockWebServer server, FakeTime time) {
    return builder(server, time, randomTokenText()).build();
  }

  /** A client that never retries. */
  public static DigitalOcean noRetries(MockWebServer server, FakeTime time) {
    return builder(server, time, randomTokenText()).retryPolicy(RetryPolicy.NONE).build();
  }
}
