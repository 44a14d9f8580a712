package dev.seawall.spaces.bucket;

import dev.seawall.core.value.RegionSlug;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The base URL of an S3 endpoint: {@code https://<region>.digitaloceanspaces.com} for Spaces, or a
 * custom URL for S3-compatible test servers. Only parsing happens here; the security rules (HTTPS,
 * see SW-SP-007; no bucket name in the endpoint) are checked where the endpoint is used together
 * with a bucket, by {@link BucketRef} and {@link BucketSpec}.
 */
public final class SpacesEndpoint {
  /** The domain of DigitalOcean Spaces S3 endpoints. */
  public static final String SPACES_DOMAIN = "digitaloceanspaces.com";

  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private final URI uri;

  private SpacesEndpoint(URI uri) {
    this.uri = uri;
  }

  /**
   * The Spaces endpoint of a region, {@code https://<region>.digitaloceanspaces.com}.
   *
   * @param region a Spaces region slug such as {@code nyc3}, {@code fra1}
   * @return the endpoint
   * @throws IllegalArgumentException if the region is not a {@link RegionSlug}
   */
  public static SpacesEndpoint forRegion(String region) {
    RegionSlug slug = RegionSlug.of(region);
    return new SpacesEndpoint(URI.create("https://" + slug.value() + "." + SPACES_DOMAIN));
  }

  /**
   * A custom endpoint, e.g. {@code https://s3.internal.example:9000} or, for tests, {@code
   * http://127.0.0.1:9000}.
   *
   * @param uri an absolute URL with scheme {@code https} or {@code http} and a host
   * @return the endpoint
   * @throws IllegalArgumentException if the text is not an absolute http(s) URL with a host
   */
  public static SpacesEndpoint of(String uri) {
    try {
      return of(new URI(uri));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
    }
  }

  /**
   * A custom endpoint.
   *
   * @param uri an absolute URL with scheme {@code https} or {@code http} and a host
   * @return the endpoint
   * @throws IllegalArgumentException if the URL is not absolute http(s) with a host
   */
  public static SpacesEndpoint of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "endpoint must be an https URL such as https://nyc3.digitaloceanspaces.com");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(
          "endpoint has no host: use e.g. https://nyc3.digitaloceanspaces.com");
    }
    return new SpacesEndpoint(uri);
  }

  /** The URL as given (or derived from the region). */
  public URI uri() {
    return uri;
  }

  /** The host name or IP literal, lowercase; IPv6 literals keep their brackets. */
  public String host() {
    return Objects.requireNonNull(uri.getHost()).toLowerCase(Locale.ROOT);
  }

  /** Whether the scheme is {@code https}. */
  public boolean isHttps() {
    return "https".equalsIgnoreCase(uri.getScheme());
  }

  /**
   * Whether the host is a loopback address written literally: {@code localhost}, {@code
   * 127.0.0.0/8} or {@code [::1]}. No DNS lookup is made.
   */
  public boolean isLoopback() {
    String host = host();
    return host.equals("localhost")
        || IPV4_LOOPBACK.matcher(host).matches()
        || host.equals("[::1]")
        || host.equals("[0:0:0:0:0:0:0:1]");
  }

  /** Whether this is a DigitalOcean Spaces endpoint ({@code *.digitaloceanspaces.com}). */
  public boolean isDigitalOceanSpaces() {
    return host().endsWith("." + SPACES_DOMAIN);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpacesEndpoint other && uri.equals(other.uri);
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }

  /** The URL. */
  @Override
  public String toString() {
    return uri.toString();
  }
}
