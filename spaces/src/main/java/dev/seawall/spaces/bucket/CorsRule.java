package dev.seawall.spaces.bucket;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One CORS rule of a bucket: which web origins may call which methods. Origins must be explicit
 * ({@code https://app.example.com}); a wildcard origin is refused by {@link BucketSpec} (SW-SP-005,
 * no opt-out). The components are checked by {@link BucketSpec.Builder#validate()} so that every
 * problem is reported at once.
 *
 * @param allowedOrigins origins as {@code scheme://host[:port]}, at least one, no {@code *}
 * @param allowedMethods the HTTP methods allowed, at least one
 * @param allowedHeaders request headers the browser may send; empty for none
 * @param maxAgeSeconds how long a browser may cache the preflight answer, in seconds; 0 for the
 *     browser's default
 */
public record CorsRule(
    List<String> allowedOrigins,
    Set<CorsMethod> allowedMethods,
    List<String> allowedHeaders,
    int maxAgeSeconds) {

  /** The methods a CORS rule can allow. */
  public enum CorsMethod {
    /** GET. */
    GET,
    /** HEAD. */
    HEAD,
    /** PUT. */
    PUT,
    /** POST. */
    POST,
    /** DELETE. */
    DELETE
  }

  /** Copies the collections. */
  public CorsRule {
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedMethods = Set.copyOf(allowedMethods);
    allowedHeaders = List.copyOf(allowedHeaders);
  }

  /**
   * A rule allowing some methods from some origins, no extra headers, default max age.
   *
   * @param allowedOrigins explicit origins such as {@code https://app.example.com}
   * @param allowedMethods the methods
   * @return the rule
   */
  public static CorsRule of(List<String> allowedOrigins, Set<CorsMethod> allowedMethods) {
    return new CorsRule(allowedOrigins, allowedMethods, List.of(), 0);
  }

  /**
   * This rule with other allowed request headers.
   *
   * @param headers header names, e.g. {@code content-type}
   * @return a copy
   */
  public CorsRule withAllowedHeaders(List<String> headers) {
    return new CorsRule(
        allowedOrigins, allowedMethods, Objects.requireNonNull(headers), maxAgeSeconds);
  }

  /**
   * This rule with another preflight cache time.
   *
   * @param seconds 0 or more seconds
   * @return a copy
   */
  public CorsRule withMaxAgeSeconds(int seconds) {
    return new CorsRule(allowedOrigins, allowedMethods, allowedHeaders, seconds);
  }
}
