package dev.seawall.networking.certificate;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A TLS certificate as the API reports it (read model). Never holds key material.
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_get">certificates_get</a>.
 *
 * @param id the certificate's UUID; a Let's Encrypt renewal gives the certificate a new one
 * @param name the certificate's name; stays the same across renewals
 * @param type {@code custom} (uploaded) or {@code lets_encrypt} (issued and renewed by
 *     DigitalOcean)
 * @param state {@code pending} until issued, then {@code verified}, or {@code error}
 * @param dnsNames the DNS names the certificate covers (empty entries dropped)
 * @param notAfter when it expires, if reported
 * @param sha1Fingerprint the SHA-1 fingerprint of the leaf certificate, lower-case hex; empty if
 *     not reported
 * @param createdAt when it was created, if reported
 */
public record Certificate(
    String id,
    String name,
    Type type,
    State state,
    @Json(name = "dns_names") List<String> dnsNames,
    @Json(name = "not_after") Optional<Instant> notAfter,
    @Json(name = "sha1_fingerprint") String sha1Fingerprint,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /** Validates and copies the components. */
  public Certificate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(state, "state");
    dnsNames = List.copyOf(dnsNames);
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(sha1Fingerprint, "sha1Fingerprint");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The kind of certificate ({@code type}). */
  public enum Type {
    /** Uploaded by the user: private key, leaf and chain. */
    @Json(name = "custom")
    CUSTOM,
    /** Issued and renewed automatically by DigitalOcean through Let's Encrypt. */
    @Json(name = "lets_encrypt")
    LETS_ENCRYPT,
    /** A type this version of Seawall does not know. */
    UNKNOWN
  }

  /** The certificate's {@code state}. */
  public enum State {
    /** Let's Encrypt has not issued it yet. */
    @Json(name = "pending")
    PENDING,
    /** Issued and usable. */
    @Json(name = "verified")
    VERIFIED,
    /** Issuing failed (e.g. the domain's DNS is not managed by DigitalOcean). */
    @Json(name = "error")
    ERROR,
    /** A state this version of Seawall does not know. */
    UNKNOWN
  }
}
