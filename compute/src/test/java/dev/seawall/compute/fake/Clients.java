package dev.seawall.compute.fake;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.TestClock;

/** Clients for tests: a fixed token, a loopback base URL and the test's clock and sleeper. */
public final class Clients {
  /** A syntactically valid personal access token that is no secret. */
  public static final String TOKEN_TEXT = "dop_v1_" + "0".repeat(64);

  /** {@link #TOKEN_TEXT} as a token. */
  public static final ApiToken TOKEN = ApiToken.of(TOKEN_TEXT);

  private Clients() {}

  /** A client for {@code baseUrl} whose waits advance {@code clock} instead of sleeping. */
  public static DigitalOcean client(String baseUrl, TestClock clock) {
    String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return DigitalOcean.builder()
        .token(TOKEN)
        .baseUrl(url)
        .clock(clock)
        .sleeper(clock.sleeper())
        .build();
  }
}
