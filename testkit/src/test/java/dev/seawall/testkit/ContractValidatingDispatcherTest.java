package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContractValidatingDispatcherTest {
  private MockWebServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static MockResponse account() {
    return new MockResponse.Builder().code(200).body("{\"account\":{}}").build();
  }

  @Test
  void dispatch_whenRequestValid_answersQueuedResponse() throws Exception {
    ContractValidatingDispatcher dispatcher =
        ContractValidatingDispatcher.queue(OpenApiContract.require());
    server = ContractValidatingDispatcher.startServer(dispatcher);
    server.enqueue(account());

    Http.Reply reply = Http.get(server.url("/v2/account").toString());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"account\":{}}");
    assertThat(dispatcher.violations()).isEmpty();
    dispatcher.assertNoViolations();
  }

  @Test
  void dispatch_whenRequestViolatesSpec_answers400ListingViolationsAndRecordsThem()
      throws Exception {
    ContractValidatingDispatcher dispatcher =
        ContractValidatingDispatcher.queue(OpenApiContract.require());
    server = ContractValidatingDispatcher.startServer(dispatcher);
    server.enqueue(account());

    Http.Reply rejected = Http.post(server.url("/v2/vpcs").toString(), "{\"region\":\"nyc1\"}");
    Http.Reply next = Http.get(server.url("/v2/account").toString());

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.headers().get(ContractValidatingDispatcher.VIOLATIONS_HEADER))
        .isEqualTo("1");
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) FakeJson.parse(rejected.body());
    assertThat(error).containsEntry("id", "bad_request").containsKey("request_id");
    assertThat((String) error.get("message"))
        .contains("validation.request.body.schema.required")
        .contains("name");
    assertThat(error.get("request_id")).isEqualTo(rejected.headers().get("x-request-id"));
    assertThat(next.status())
        .as("queued response not consumed by the rejected request")
        .isEqualTo(200);
    assertThat(dispatcher.violations())
        .singleElement()
        .extracting(ContractViolation::operationId)
        .isEqualTo("vpcs_create");
    assertThatThrownBy(dispatcher::assertNoViolations)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 request violation(s)")
        .hasMessageContaining("POST /v2/vpcs (vpcs_create)");
  }

  @Test
  void takeViolations_whenViolationsRecorded_returnsAndClearsThem() throws Exception {
    ContractValidatingDispatcher dispatcher =
        ContractValidatingDispatcher.queue(OpenApiContract.require());
    server = ContractValidatingDispatcher.startServer(dispatcher);

    Http.get(server.url("/v2/nope").toString());

    assertThat(dispatcher.takeViolations()).hasSize(1);
    assertThat(dispatcher.violations()).isEmpty();
  }

  @Test
  void wrapping_whenRequestValid_passesToDelegate() throws Exception {
    Dispatcher delegate =
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(204).build();
          }
        };
    ContractValidatingDispatcher dispatcher =
        ContractValidatingDispatcher.wrapping(OpenApiContract.require(), delegate);
    server = ContractValidatingDispatcher.startServer(dispatcher);

    Http.Reply valid =
        Http.send(
            "DELETE",
            server.url("/v2/firewalls/fb6045f1-cf1d-4ca3-bfac-18832663025b").toString(),
            null,
            Http.TOKEN);
    Http.Reply invalid =
        Http.send("DELETE", server.url("/v2/firewalls/x").toString(), null, Http.TOKEN);

    assertThat(valid.status()).isEqualTo(204);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(dispatcher.violations()).hasSize(1);
    assertThatThrownBy(() -> dispatcher.enqueue(account()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void install_whenServerNotStarted_validatesItsRequests() throws Exception {
    server = new MockWebServer();
    ContractValidatingDispatcher dispatcher = ContractValidatingDispatcher.install(server);
    server.start();
    server.enqueue(account());

    Http.Reply reply = Http.send("GET", server.url("/v2/account").toString(), null, null);

    assertThat(server.getDispatcher()).isSameAs(dispatcher);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(dispatcher.violations())
        .extracting(ContractViolation::key)
        .containsExactly("validation.request.security.missing");
  }
}
