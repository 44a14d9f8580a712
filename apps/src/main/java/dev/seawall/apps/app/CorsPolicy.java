package dev.seawall.apps.app;

import java.util.Arrays;
import java.util.List;

/**
 * A CORS policy of an ingress rule ({@code apps_cors_policy}). A policy admitting any origin is
 * refused (SW-APP-004): with credentials always, without them unless acknowledged with {@code
 * AppSpec.Builder.allowAnyOrigin(Justification)}.
 *
 * @param allowOrigins the origins admitted
 * @param allowMethods the methods ({@code Access-Control-Allow-Methods})
 * @param allowHeaders the request headers ({@code Access-Control-Allow-Headers})
 * @param allowCredentials whether responses to credentialed requests are exposed
 */
public record CorsPolicy(
    List<OriginMatch> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    boolean allowCredentials) {
  /** Validates and copies the components. */
  public CorsPolicy {
    allowOrigins = List.copyOf(allowOrigins);
    allowMethods = List.copyOf(allowMethods);
    allowHeaders = List.copyOf(allowHeaders);
  }

  /** A policy admitting exactly these origins, e.g. {@code https://www.example.com}, for GET. */
  public static CorsPolicy allowOrigins(String... origins) {
    return new CorsPolicy(
        Arrays.stream(origins).map(OriginMatch::exact).toList(), List.of("GET"), List.of(), false);
  }

  /** This policy for these methods. */
  public CorsPolicy withMethods(String... methods) {
    return new CorsPolicy(allowOrigins, List.of(methods), allowHeaders, allowCredentials);
  }

  /** This policy for these request headers. */
  public CorsPolicy withHeaders(String... headers) {
    return new CorsPolicy(allowOrigins, allowMethods, List.of(headers), allowCredentials);
  }

  /** This policy exposing responses to credentialed requests (cookies). */
  public CorsPolicy withCredentials() {
    return new CorsPolicy(allowOrigins, allowMethods, allowHeaders, true);
  }

  /** Whether any of its origins admits every origin. */
  public boolean allowsAnyOrigin() {
    return allowOrigins.stream().anyMatch(OriginMatch::matchesAnyOrigin);
  }
}
