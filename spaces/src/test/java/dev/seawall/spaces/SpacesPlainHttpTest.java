package dev.seawall.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.spaces.presign.PresignSpec;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** SSE-C keys are never sent over plain http, even to a loopback test server. */
class SpacesPlainHttpTest {
  @Test
  void sseCOperations_onPlainHttpEndpoint_areRefusedBeforeSending() throws Exception {
    try (MockWebServer server = new MockWebServer();
        Spaces spaces =
            Spaces.builder().credentials(SpacesCredentials.of("DO00K", "secret-value")).build()) {
      server.start();
      BucketRef bucket =
          BucketRef.of("acme", "nyc3", SpacesEndpoint.of("http://127.0.0.1:" + server.getPort()));
      SseCustomerKey key = SseCustomerKey.generate();

      assertThatThrownBy(
              () ->
                  spaces
                      .objects(bucket)
                      .put(
                          PutObjectSpec.builder().key("a").sseCustomerKey(key).build(),
                          new byte[1]))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("only over https");
      assertThatThrownBy(() -> spaces.objects(bucket).download("a", key))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(
              () ->
                  spaces
                      .presigner(bucket)
                      .presign(PresignSpec.get("a").sseCustomerKey(key).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("https");

      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void toString_showsKeyIdOnly() {
    try (Spaces spaces =
        Spaces.builder().credentials(SpacesCredentials.of("DO00K", "secret-value")).build()) {
      assertThat(spaces.toString()).contains("DO00K").doesNotContain("secret-value");
    }
  }
}
