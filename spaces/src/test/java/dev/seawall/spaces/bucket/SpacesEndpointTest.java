package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.InvalidSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpacesEndpointTest {
  @Test
  void forRegion_buildsSpacesUrl() {
    SpacesEndpoint endpoint = SpacesEndpoint.forRegion("sgp1");

    assertThat(endpoint.uri()).hasToString("https://sgp1.digitaloceanspaces.com");
    assertThat(endpoint.isHttps()).isTrue();
    assertThat(endpoint.isDigitalOceanSpaces()).isTrue();
    assertThat(endpoint.isLoopback()).isFalse();
  }

  @Test
  void forRegion_whenNotARegionSlug_throwsTheRegionSlugMessage() {
    assertThatThrownBy(() -> SpacesEndpoint.forRegion("us-east-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'us-east-1' is not a valid region slug: ");
  }

  @Test
  void bucketRef_whenSigningRegionOfAnS3CompatibleServer_acceptsItOnlyThere() {
    SpacesEndpoint custom = SpacesEndpoint.of("https://s3.internal.example:9000");

    assertThat(BucketRef.of("acme", "us-east-1", custom).region()).isEqualTo("us-east-1");
    assertThatThrownBy(() -> BucketRef.of("acme", "us-east-1"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'us-east-1' is not a valid region slug");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com", "example.com", "https://", "not a url"})
  void of_whenNotAnHttpUrlWithHost_throws(String text) {
    assertThatThrownBy(() -> SpacesEndpoint.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost.example.com", "http://128.0.0.1", "http://[::2]"})
  void isLoopback_whenNotLiterallyLoopback_isFalse(String text) {
    assertThat(SpacesEndpoint.of(text).isLoopback()).isFalse();
  }

  @Test
  void bucketRef_whenInvalid_throwsWithAllProblems() {
    assertThatThrownBy(() -> BucketRef.of("No", "Region 1"))
        .isInstanceOf(InvalidSpecException.class)
        .satisfies(
            e ->
                assertThat(((InvalidSpecException) e).violations()).hasSizeGreaterThanOrEqualTo(3));
  }
}
