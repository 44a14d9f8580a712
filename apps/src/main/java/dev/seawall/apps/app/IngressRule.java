package dev.seawall.apps.app;

import java.util.Objects;
import java.util.Optional;

/**
 * One ingress rule ({@code app_ingress_spec_rule}): requests whose path starts with {@code
 * pathPrefix} (and, optionally, whose host is {@code authority}) go to a component or are
 * redirected, optionally with a CORS policy. App Platform terminates TLS for every rule and
 * redirects plain HTTP to HTTPS.
 *
 * @param pathPrefix the path prefix matched, e.g. {@code /api}
 * @param authority the host matched exactly; empty for any of the app's domains
 * @param component the component served; empty for a redirect
 * @param redirect the redirect; empty when a component is served
 * @param cors the CORS policy; empty for none (browsers then refuse cross-origin reads)
 */
public record IngressRule(
    String pathPrefix,
    String authority,
    Optional<String> component,
    Optional<Redirect> redirect,
    Optional<CorsPolicy> cors) {
  /** Validates the components. */
  public IngressRule {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(redirect, "redirect");
    Objects.requireNonNull(cors, "cors");
  }

  /** Routes {@code pathPrefix} to the component named {@code component}. */
  public static IngressRule route(String pathPrefix, String component) {
    return new IngressRule(
        pathPrefix, "", Optional.of(component), Optional.empty(), Optional.empty());
  }

  /** Redirects {@code pathPrefix}. */
  public static IngressRule redirect(String pathPrefix, Redirect redirect) {
    return new IngressRule(
        pathPrefix, "", Optional.empty(), Optional.of(redirect), Optional.empty());
  }

  /** This rule matching only requests for the host {@code authority}. */
  public IngressRule forAuthority(String authority) {
    return new IngressRule(pathPrefix, authority, component, redirect, cors);
  }

  /** This rule with a CORS policy. */
  public IngressRule withCors(CorsPolicy cors) {
    return new IngressRule(pathPrefix, authority, component, redirect, Optional.of(cors));
  }

  @Override
  public String toString() {
    return (authority.isEmpty() ? "" : authority)
        + pathPrefix
        + " -> "
        + component.map(c -> "component " + c).orElseGet(() -> "redirect " + redirect.orElse(null))
        + cors.map(
                c ->
                    " (cors "
                        + c.allowOrigins()
                        + (c.allowCredentials() ? ", credentials" : "")
                        + ")")
            .orElse("");
  }
}
