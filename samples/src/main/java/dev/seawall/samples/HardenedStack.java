package dev.seawall.samples;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operations;
import dev.seawall.core.Scopes;
import dev.seawall.testkit.FakeDigitalOcean;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The main Seawall sample. Until the resource modules land it rehearses the client against an
 * in-process {@link FakeDigitalOcean}: it reads the account and prints the minimal token scopes of
 * that run. Nothing leaves the machine.
 */
public final class HardenedStack {
  private HardenedStack() {}

  /**
   * Runs the sample.
   *
   * @param args ignored for now
   */
  public static void main(String[] args) {
    String token = "dop_v1_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    try (FakeDigitalOcean fake = FakeDigitalOcean.builder().token(token).withoutContract().build();
        DigitalOcean client =
            DigitalOcean.builder().token(ApiToken.of(token)).baseUrl(fake.start().url()).build()) {
      Map<?, ?> account =
          client.api().call(ApiRequest.of(Operations.ACCOUNT_GET).build(), "account", Map.class);
      System.out.println("Seawall rehearsal against " + client.baseUrl());
      System.out.println("account status: " + account.get("status"));
      System.out.println(
          "minimal token scopes for this run: " + Scopes.required(Operations.ACCOUNT_GET));
      System.out.println("API calls: " + client.requestCount());
    }
  }
}
