package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone server, as a third-party client sees it, refuses what DigitalOcean refuses: a
 * firewall on a tag that does not exist.
 */
class StandaloneReferentialIntegrityTest {
  private FakeDigitalOcean fake;

  @AfterEach
  void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  @Test
  void standalone_whenFirewallNamesATagThatDoesNotExist_answers422InDigitalOceansShape() {
    OpenApiContract.require();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String token = Http.randomToken();
    fake =
        FakeDigitalOcean.startStandalone(
                new String[] {"--port", "0", "--token", token},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .orElseThrow();
    String firewall =
        "{\"name\":\"web\",\"tags\":[\"web\"],\"inbound_rules\":[{\"protocol\":\"tcp\","
            + "\"ports\":\"443\",\"sources\":{\"addresses\":[\"10.0.0.0/8\"]}}]}";

    Http.Reply refused = Http.send("POST", fake.url() + "/v2/firewalls", firewall, token);
    Http.send("POST", fake.url() + "/v2/tags", "{\"name\":\"web\"}", token);
    Http.Reply accepted = Http.send("POST", fake.url() + "/v2/firewalls", firewall, token);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("validating requests against");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.headers().get("Content-Type")).startsWith("application/json");
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) FakeJson.parse(refused.body());
    assertThat(body)
        .containsOnlyKeys("id", "message", "request_id")
        .containsEntry("id", "unprocessable_entity")
        .containsEntry("request_id", refused.headers().get("x-request-id"));
    assertThat((String) body.get("message")).contains("tag web");
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(fake.takeProblems()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("PROBLEM");
  }
}
