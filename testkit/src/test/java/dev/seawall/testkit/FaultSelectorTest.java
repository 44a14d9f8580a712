package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.RetryPolicy;
import dev.seawall.core.ServerException;
import dev.seawall.core.TransportException;
import dev.seawall.testkit.fakes.FakeOperations;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault selectors: the forms the fake accepts, and selectors that could never fire. */
class FaultSelectorTest {
  private static final String TOKEN = "dop_v1_" + "0123456789abcdef".repeat(4);

  private FakeDigitalOcean fake;
  private DigitalOcean client;

  @BeforeEach
  void start() {
    fake = FakeDigitalOcean.builder().allResources().withoutContract().build().start();
    client =
        DigitalOcean.builder()
            .token(ApiToken.of(TOKEN))
            .baseUrl(fake.url())
            .retryPolicy(RetryPolicy.NONE)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void failNext_whenGivenAsTheLogPrintsRequests_failsThatRequest() {
    fake.failNext("POST /v2/tags", 500);

    assertThatThrownBy(() -> createTag("web")).isInstanceOf(ServerException.class);
    assertThat(fake.callCount("POST /v2/tags")).isEqualTo(1);
    assertThat(fake.calls(FakeOperations.TAGS_CREATE.operationId()))
        .singleElement()
        .satisfies(call -> assertThat(call.status()).isEqualTo(500));
  }

  @Test
  void failNext_whenTheMethodDiffers_leavesTheRequestAlone() {
    fake.failNext("DELETE /v2/tags", 500);

    createTag("web");

    assertThat(fake.calls("POST /v2/tags"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(201));
  }

  @Test
  void failNext_whenTheSelectorCanMatchNoRoute_isRefusedWhenRegistered() {
    assertThatThrownBy(() -> fake.failNext("POST /v2/databasez", 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matches no route");
    assertThatThrownBy(() -> fake.failNext("databases_create_clustr", 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("databases_create_clustr");
    assertThatThrownBy(() -> fake.disconnectNext("PATCH /v2/tags"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.failNext("send it a 500", 500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POST /v2/databases");
  }

  @Test
  void failNext_whenTheSelectorIsAPathPrefixWithAnId_failsOnlyThatResource() {
    createTag("web");
    createTag("db");
    fake.failNext("GET /v2/tags/web", 503);

    assertThatThrownBy(() -> getTag("web")).isInstanceOf(ServerException.class);
    getTag("db");
    getTag("web");

    assertThat(fake.calls("GET /v2/tags/"))
        .extracting(FakeCall::status)
        .containsExactly(503, 200, 200);
  }

  @Test
  void disconnectNext_whenGivenAsMethodAndPath_losesTheAnswerAfterTheHandlerRan() {
    fake.disconnectNext("POST /v2/tags");

    assertThatThrownBy(() -> createTag("web")).isInstanceOf(TransportException.class);
    assertThat(fake.state().table(dev.seawall.testkit.fakes.FakeTags.TABLE).get("web")).isPresent();
  }

  private void getTag(String name) {
    client
        .api()
        .call(
            dev.seawall.core.ApiRequest.of(FakeOperations.TAGS_GET)
                .pathParam("tag_id", name)
                .build(),
            "tag",
            Object.class);
  }

  private void createTag(String name) {
    client
        .api()
        .call(
            dev.seawall.core.ApiRequest.of(FakeOperations.TAGS_CREATE)
                .body(Map.of("name", name))
                .build(),
            "tag",
            Object.class);
  }
}
