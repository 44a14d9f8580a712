package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectAuditorTest {
  private static ObjectInfo object(String sseMd5) {
    return new ObjectInfo(
        "acme",
        "a/b.txt",
        3,
        "etag",
        "v1",
        Instant.EPOCH,
        "text/plain",
        Map.of(),
        sseMd5,
        Optional.empty());
  }

  @Test
  void audit_whenNotSseC_reportsSwSp003() {
    assertThat(new ObjectAuditor().audit(object("")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-003");
              assertThat(v.resource()).isEqualTo("object/acme/a/b.txt");
            });
  }

  @Test
  void audit_whenSseC_findsNothing() {
    assertThat(new ObjectAuditor().audit(object(SseCustomerKey.generate().md5Base64()))).isEmpty();
  }
}
