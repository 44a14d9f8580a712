package dev.seawall.apps.app;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom domain of an app ({@code app_domain_spec}). App Platform always serves it over HTTPS
 * with a certificate it issues and renews (a managed certificate; there is no way to upload one),
 * and redirects plain HTTP to HTTPS. Seawall sets {@code minimum_tls_version} to 1.3 by default
 * (SW-APP-003).
 *
 * @param domain the hostname, e.g. {@code app.example.com}
 * @param type {@code PRIMARY} or {@code ALIAS} ({@code DEFAULT} for the {@code ondigitalocean.app}
 *     domain when read back)
 * @param wildcard whether every subdomain is included
 * @param zone the DigitalOcean DNS zone App Platform manages the records in; empty for external DNS
 * @param minimumTlsVersion the lowest TLS version accepted; empty when the API did not report one
 */
public record AppDomain(
    String domain,
    String type,
    boolean wildcard,
    String zone,
    Optional<TlsVersion> minimumTlsVersion) {
  /** Validates the components; the hostname is kept in lower case. */
  public AppDomain {
    domain = Objects.requireNonNull(domain, "domain").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(minimumTlsVersion, "minimumTlsVersion");
  }

  /** The primary domain, TLS 1.3 at least. */
  public static AppDomain primary(String domain) {
    return new AppDomain(domain, "PRIMARY", false, "", Optional.of(TlsVersion.TLS_1_3));
  }

  /** An alias domain, TLS 1.3 at least. */
  public static AppDomain alias(String domain) {
    return new AppDomain(domain, "ALIAS", false, "", Optional.of(TlsVersion.TLS_1_3));
  }

  /**
   * This domain with its DNS records managed by App Platform in the DigitalOcean zone {@code zone}.
   */
  public AppDomain inZone(String zone) {
    return new AppDomain(domain, type, wildcard, zone, minimumTlsVersion);
  }

  /** This domain accepting TLS {@code version} at least (1.2 for clients that lack 1.3). */
  public AppDomain minimumTlsVersion(TlsVersion version) {
    return new AppDomain(domain, type, wildcard, zone, Optional.of(version));
  }

  @Override
  public String toString() {
    return domain
        + " ("
        + type
        + (wildcard ? ", wildcard" : "")
        + (zone.isEmpty() ? "" : ", zone " + zone)
        + ", TLS >= "
        + minimumTlsVersion.map(TlsVersion::value).orElse("(none)")
        + ")";
  }
}
