package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.FakeTime;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.TestClients;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitalOceanTest {
  private static final ApiToken TOKEN = ApiToken.of(TestClients.randomTokenText());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.digitalocean.com",
        "http://10.0.0.5:8080",
        "http://127.example.com",
        "http://localhost.evil.com",
        "http://[2001:db8::1]"
      })
  void builder_whenPlainHttpToNonLoopbackHost_isRefusedBeforeAnyRequest(String url)
      throws IOException {
    assertThatThrownBy(() -> DigitalOcean.builder().token(TOKEN).baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Refusing plain http://")
        .hasMessageContaining("Use https://");
  }

  @Test
  void builder_whenPlainHttpToNonLoopback_sendsNothing() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      String nonLoopback = "http://0.0.0.0:" + server.getPort();

      assertThatThrownBy(() -> DigitalOcean.builder().token(TOKEN).baseUrl(nonLoopback).build())
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:1234",
        "http://127.3.4.5",
        "http://[::1]:9000",
        "https://api.digitalocean.com",
        "https://proxy.example.com/digitalocean/"
      })
  void builder_acceptsHttpsAndLoopbackHttp(String url) {
    try (DigitalOcean client = DigitalOcean.builder().token(TOKEN).baseUrl(url).build()) {
      assertThat(client.baseUrl()).doesNotEndWith("/");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com",
        "not a url",
        "https://user:pw@api.digitalocean.com",
        "https://api.digitalocean.com/?x=1"
      })
  void builder_whenBaseUrlMalformed_isRefused(String url) {
    assertThatThrownBy(() -> DigitalOcean.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_withoutToken_isRefusedWithHowToFix() {
    assertThatThrownBy(() -> DigitalOcean.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DIGITALOCEAN_TOKEN");
  }

  @Test
  void token_whenRefreshToken_isRefused() {
    assertThatThrownBy(() -> DigitalOcean.builder().token(ApiToken.of("dor_v1_abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refresh token");
  }

  @Test
  void fromEnvironment_readsTokenAndApiUrl() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(Responses.json(200, "{\"action\":{\"id\":7,\"status\":\"completed\"}}"));
      String token = TestClients.randomTokenText();
      try (DigitalOcean client =
          DigitalOcean.fromEnvironment(
              Map.of(
                  "DIGITALOCEAN_TOKEN",
                  token,
                  "DIGITALOCEAN_API_URL",
                  server.url("/").toString()))) {

        client.actions().get(7);

        assertThat(client.baseUrl()).isEqualTo(server.url("/").toString().replaceAll("/$", ""));
        assertThat(server.takeRequest().getHeaders().get("Authorization"))
            .isEqualTo("Bearer " + token);
      }
    }
  }

  @Test
  void fromEnvironment_readsAccessTokenVariableWhenTokenVariableIsUnset() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(Responses.json(200, "{\"action\":{\"id\":7,\"status\":\"completed\"}}"));
      String token = TestClients.randomTokenText();
      try (DigitalOcean client =
          DigitalOcean.fromEnvironment(
              Map.of(
                  "DIGITALOCEAN_TOKEN",
                  "  ",
                  "DIGITALOCEAN_ACCESS_TOKEN",
                  token,
                  "DIGITALOCEAN_API_URL",
                  server.url("/").toString()))) {

        client.actions().get(7);

        assertThat(server.takeRequest().getHeaders().get("Authorization"))
            .isEqualTo("Bearer " + token);
      }
    }
  }

  @Test
  void fromEnvironment_withoutApiUrl_usesDigitalOceanApi() {
    try (DigitalOcean client =
        DigitalOcean.fromEnvironment(Map.of("DIGITALOCEAN_TOKEN", TestClients.randomTokenText()))) {
      assertThat(client.baseUrl()).isEqualTo("https://api.digitalocean.com");
    }
  }

  @Test
  void fromEnvironment_withoutToken_saysHowToCreateOne() {
    assertThatThrownBy(() -> DigitalOcean.fromEnvironment(Map.of()))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("DIGITALOCEAN_TOKEN")
        .hasMessageContaining("DIGITALOCEAN_ACCESS_TOKEN")
        .hasMessageContaining("https://cloud.digitalocean.com/account/api/tokens");
  }

  @Test
  void fromEnvironment_withPlainHttpApiUrl_isRefused() {
    assertThatThrownBy(
            () ->
                DigitalOcean.fromEnvironment(
                    Map.of(
                        "DIGITALOCEAN_TOKEN",
                        TestClients.randomTokenText(),
                        "DIGITALOCEAN_API_URL",
                        "http://api.digitalocean.com")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requestCount_countsEveryHttpRequestIncludingRetries() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      FakeTime time = new FakeTime();
      server.enqueue(Responses.json(503, "{}"));
      server.enqueue(Responses.json(200, "{\"action\":{\"id\":7,\"status\":\"completed\"}}"));
      try (DigitalOcean client = TestClients.client(server, time)) {
        client.actions().get(7);

        assertThat(client.requestCount()).isEqualTo(2);
      }
    }
  }

  @Test
  void close_thenCall_failsWithoutSending() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      DigitalOcean client = TestClients.client(server, new FakeTime());
      client.close();

      assertThatThrownBy(() -> client.actions().get(1))
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining("closed");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void requestsPerMinute_keepsTheClientUnderTheLimit() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      FakeTime time = new FakeTime();
      for (int i = 0; i < 3; i++) {
        server.enqueue(Responses.json(200, "{\"action\":{\"id\":7,\"status\":\"completed\"}}"));
      }
      try (DigitalOcean client =
          TestClients.builder(server, time, TestClients.randomTokenText())
              .requestsPerMinute(2)
              .build()) {
        client.actions().get(7);
        time.advance(Duration.ofSeconds(10));
        client.actions().get(7);
        client.actions().get(7);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(50));
      }
    }
  }

  @Test
  void toString_showsBaseUrlButNotToken() {
    String text = TestClients.randomTokenText();
    try (DigitalOcean client = DigitalOcean.builder().token(ApiToken.of(text)).build()) {
      assertThat(client.toString())
          .contains("https://api.digitalocean.com")
          .contains("redacted")
          .doesNotContain(text);
    }
  }
}
