package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.ApiToken;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class TestClientsTest {
  @Test
  void client_forFakeAcceptingOnlyTheGeneratedToken_isAuthorised() {
    TestClock clock = new TestClock();
    try (FakeDigitalOcean fake =
            FakeDigitalOcean.builder()
                .clock(clock)
                .token(TestClients.TOKEN_TEXT)
                .withoutContract()
                .build()
                .start();
        DigitalOcean client = TestClients.client(fake, clock)) {

      Object account =
          client
              .api()
              .call(ApiRequest.of(CoreOperations.ACCOUNT_GET).build(), "account", Object.class);

      assertThat(account).asInstanceOf(MAP).containsEntry("status", "active");
      assertThat(fake.problems()).isEmpty();
    }
  }

  @Test
  void client_forMockWebServer_sendsTheTokenAndWaitsOnTheTestClock() throws Exception {
    TestClock clock = new TestClock();
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", "7")
              .addHeader("Content-Type", "application/json")
              .body("{\"id\":\"too_many_requests\",\"message\":\"slow down\"}")
              .build());
      server.enqueue(TestClients.json(200, Map.of("account", Map.of("status", "active"))));

      try (DigitalOcean client = TestClients.client(server, clock)) {
        client
            .api()
            .call(ApiRequest.of(CoreOperations.ACCOUNT_GET).build(), "account", Object.class);
      }

      assertThat(server.takeRequest().getHeaders().get("Authorization"))
          .isEqualTo("Bearer " + TestClients.TOKEN_TEXT);
      assertThat(clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void randomTokenText_isAFreshPersonalAccessToken() {
    String first = TestClients.randomTokenText();
    String second = TestClients.randomTokenText();

    assertThat(first).matches("dop_v1_[0-9a-f]{64}").isNotEqualTo(second);
    assertThat(TestClients.TOKEN.kind()).isEqualTo(ApiToken.Kind.PERSONAL_ACCESS_TOKEN);
    assertThat(TestClients.TOKEN.toString()).doesNotContain(TestClients.TOKEN_TEXT);
  }

  @Test
  void json_whenTextOrTree_answersJsonWithTheSameDocument() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(TestClients.json(201, "{\"id\":1}"));
      server.enqueue(TestClients.json(422, FakeJson.object("id", 1L, "tags", List.of("a"))));
      server.enqueue(TestClients.noContent());
      OkHttpClient http = new OkHttpClient();

      try (Response text =
              http.newCall(new Request.Builder().url(server.url("/")).build()).execute();
          Response tree =
              http.newCall(new Request.Builder().url(server.url("/")).build()).execute();
          Response empty =
              http.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
        assertThat(text.code()).isEqualTo(201);
        assertThat(text.header("Content-Type")).isEqualTo("application/json");
        assertThat(text.body().string()).isEqualTo("{\"id\":1}");
        assertThat(tree.code()).isEqualTo(422);
        assertThat(TestClients.tree(tree.body().string()))
            .isEqualTo(TestClients.tree("{'id':1,'tags':['a']}"));
        assertThat(empty.code()).isEqualTo(204);
      }
    }
  }

  @Test
  void tree_withSingleQuotes_parsesLikeDoubleQuotes() {
    assertThat(TestClients.tree("{'name':'web','size':2}"))
        .isEqualTo(Map.of("name", "web", "size", 2L));
  }
}
