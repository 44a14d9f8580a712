package dev.seawall.networking.certificate.internal;

import com.squareup.moshi.Json;
import dev.seawall.networking.certificate.Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A certificate exactly as the API writes it; timestamps stay text because a pending Let's Encrypt
 * certificate may report an empty {@code not_after}.
 *
 * @param id the UUID
 * @param name the name
 * @param type custom or lets_encrypt
 * @param state pending, verified or error
 * @param dnsNames the DNS names (may hold empty strings)
 * @param notAfter the expiry as written
 * @param sha1Fingerprint the fingerprint
 * @param createdAt the creation time as written
 */
public record CertificateWire(
    String id,
    String name,
    Certificate.Type type,
    Certificate.State state,
    @Json(name = "dns_names") List<String> dnsNames,
    @Json(name = "not_after") String notAfter,
    @Json(name = "sha1_fingerprint") String sha1Fingerprint,
    @Json(name = "created_at") String createdAt) {

  /** The read model; unreadable timestamps read as absent. */
  public Certificate toModel() {
    return new Certificate(
        id,
        name,
        type,
        state,
        dnsNames.stream().filter(n -> !n.isBlank()).toList(),
        instant(notAfter),
        sha1Fingerprint,
        instant(createdAt));
  }

  private static Optional<Instant> instant(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
