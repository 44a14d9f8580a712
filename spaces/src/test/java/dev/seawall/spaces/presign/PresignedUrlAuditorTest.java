package dev.seawall.spaces.presign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresignedUrlAuditorTest {
  @ParameterizedTest
  @CsvSource({
    "X-Amz-Expires=900, 0",
    "X-Amz-Expires=3600, 0",
    "X-Amz-Expires=3601, 1",
    "X-Amz-Expires=604800, 1",
    "x-amz-expires=7200, 1",
    "versionId=3, 0"
  })
  void audit_flagsLifetimesAboveOneHour(String parameter, int expected) {
    URI url =
        URI.create(
            "https://nyc3.digitaloceanspaces.com/acme/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&"
                + parameter
                + "&X-Amz-Signature=deadbeef");

    var found = new PresignedUrlAuditor().audit(url);

    assertThat(found).hasSize(expected);
    assertThat(found)
        .allSatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-004");
              assertThat(v.resource())
                  .isEqualTo("presigned-url/nyc3.digitaloceanspaces.com/acme/a.txt");
              assertThat(v.message()).doesNotContain("deadbeef");
            });
  }
}
