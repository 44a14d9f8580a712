package dev.seawall.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.RetryPolicy;
import dev.seawall.core.SeawallException;
import dev.seawall.core.support.FakeTime;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.TestClients;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class OkHttpApiCloseTest {

  @Test
  void close_afterARequest_closesPooledConnectionsAndStopsTheDispatcher() throws Exception {
    FakeTime time = new FakeTime();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(Responses.json(200, "{\"account\":{}}"));
      OkHttpApi api =
          OkHttpApi.create(
              new ClientSettings(
                  BaseUrl.parse(server.url("/").toString()),
                  Credentials.bearer(TestClients.randomTokenText()),
                  RetryPolicy.NONE,
                  time,
                  time,
                  250,
                  5000,
                  Duration.ofSeconds(5),
                  "test"));
      api.call(ApiRequest.of(CoreOperations.ACCOUNT_GET).build(), "account", Map.class);
      OkHttpClient client = api.okHttpClient();
      assertThat(client.connectionPool().connectionCount()).isEqualTo(1);

      api.close();
      api.close(); // idempotent

      assertThat(client.connectionPool().connectionCount()).isZero();
      assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
      assertThatThrownBy(() -> api.send(ApiRequest.of(CoreOperations.ACCOUNT_GET).build()))
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining("closed");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
