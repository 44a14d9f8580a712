package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.MockServerTest;
import dev.seawall.core.support.Responses;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionsTest extends MockServerTest {
  private static String action(String status, String completedAt) {
    return "{\"action\":{\"id\":36804636,\"status\":\""
        + status
        + "\",\"type\":\"attach_volume\",\"started_at\":\"2020-11-12T17:51:03Z\",\"completed_at\":"
        + completedAt
        + ",\"resource_id\":3164444,\"resource_type\":\"volume\",\"region\":{\"slug\":\"nyc3\"},"
        + "\"region_slug\":\"nyc3\"}}";
  }

  @Test
  void get_decodesTheAction() throws Exception {
    server.enqueue(Responses.json(200, action("completed", "\"2020-11-12T17:51:14Z\"")));

    Action action = client.actions().get(36804636);

    assertThat(action)
        .isEqualTo(
            new Action(
                36804636,
                Action.Status.COMPLETED,
                "attach_volume",
                java.util.Optional.of(Instant.parse("2020-11-12T17:51:03Z")),
                java.util.Optional.of(Instant.parse("2020-11-12T17:51:14Z")),
                3164444,
                "volume",
                "nyc3"));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/actions/36804636");
  }

  @Test
  void await_pollsUntilCompleted() {
    server.enqueue(Responses.json(200, action("in-progress", "null")));
    server.enqueue(Responses.json(200, action("in-progress", "null")));
    server.enqueue(Responses.json(200, action("completed", "\"2020-11-12T17:51:14Z\"")));

    Action action = client.actions().await(36804636, Duration.ofMinutes(2));

    assertThat(action.status()).isEqualTo(Action.Status.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500));
  }

  @Test
  void await_whenErrored_throwsWaitFailedNamingActionIdAndType() {
    server.enqueue(Responses.json(200, action("in-progress", "null")));
    server.enqueue(Responses.json(200, action("errored", "\"2020-11-12T17:51:14Z\"")));

    assertThatThrownBy(() -> client.actions().await(36804636, Duration.ofMinutes(2)))
        .isInstanceOf(WaitFailedException.class)
        .hasMessageContaining("action 36804636")
        .hasMessageContaining("attach_volume")
        .hasMessageContaining("errored");
  }

  @Test
  void await_whenStillRunningAtDeadline_throwsTimeout() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(Responses.json(200, action("in-progress", "null")));
    }

    assertThatThrownBy(() -> client.actions().await(36804636, Duration.ofSeconds(3)))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("action 36804636")
        .hasMessageContaining("in-progress");
  }

  @Test
  void get_whenStatusIsNew_readsUnknown() {
    server.enqueue(Responses.json(200, action("paused", "null")));

    assertThat(client.actions().get(36804636).status()).isEqualTo(Action.Status.UNKNOWN);
  }
}
