package dev.seawall.apps.app;

import java.util.Objects;

/**
 * Where an ingress rule redirects ({@code app_ingress_spec_rule_routing_redirect}). The scheme is
 * {@code https}; a redirect to {@code http} is refused (SW-APP-005, no opt-out).
 *
 * @param scheme {@code https} (or, read back, what the API reports; empty means https)
 * @param authority the host to redirect to; empty for the same host
 * @param uri the path to redirect to; empty to keep the request's
 * @param redirectCode 301, 302, 307 or 308; 0 for the API's default (302)
 */
public record Redirect(String scheme, String authority, String uri, int redirectCode) {
  /** Validates the components. */
  public Redirect {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(uri, "uri");
  }

  /** A permanent (301) redirect to {@code https://<authority>}, keeping the path. */
  public static Redirect permanentTo(String authority) {
    return new Redirect("https", authority, "", 301);
  }

  /** Whether the redirect leaves HTTPS. */
  public boolean isPlainHttp() {
    return scheme.equalsIgnoreCase("http");
  }

  @Override
  public String toString() {
    return (redirectCode == 0 ? "302" : Integer.toString(redirectCode))
        + " "
        + (scheme.isEmpty() ? "https" : scheme)
        + "://"
        + (authority.isEmpty() ? "(same host)" : authority)
        + uri;
  }
}
