package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;
import java.util.Locale;
import java.util.Optional;

/**
 * The protocol clients speak to a load balancer ({@code entry_protocol} of a forwarding rule).
 * Seawall specs use {@link #HTTPS}, {@link #HTTP2} and {@link #HTTP3} with TLS (termination or
 * passthrough); {@link #HTTP} only as the redirect to HTTPS (rule SW-LB-001).
 */
public enum EntryProtocol {
  /** Plain HTTP: only as the entry that redirects to HTTPS. */
  @Json(name = "http")
  HTTP,
  /** HTTPS (HTTP/1.1 over TLS). */
  @Json(name = "https")
  HTTPS,
  /** HTTP/2 over TLS. */
  @Json(name = "http2")
  HTTP2,
  /** HTTP/3 over QUIC (always TLS). */
  @Json(name = "http3")
  HTTP3,
  /** Plain TCP; read from the API, not offered by {@link ForwardingRule}'s factories. */
  @Json(name = "tcp")
  TCP,
  /** Plain UDP; read from the API, not offered by {@link ForwardingRule}'s factories. */
  @Json(name = "udp")
  UDP,
  /** A protocol this version of Seawall does not know. */
  UNKNOWN;

  /** The API's spelling, e.g. {@code https}; {@code unknown} for {@link #UNKNOWN}. */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether clients speak TLS to this entry ({@link #HTTPS}, {@link #HTTP2}, {@link #HTTP3}). */
  public boolean isTls() {
    return this == HTTPS || this == HTTP2 || this == HTTP3;
  }

  /**
   * The protocol with this API spelling, ignoring case and surrounding white space.
   *
   * @param text e.g. {@code https}
   * @return the protocol, or empty if the text names none ({@code unknown} included)
   */
  public static Optional<EntryProtocol> fromWireValue(String text) {
    String normalised = text.strip().toLowerCase(Locale.ROOT);
    for (EntryProtocol protocol : values()) {
      if (protocol != UNKNOWN && protocol.wireValue().equals(normalised)) {
        return Optional.of(protocol);
      }
    }
    return Optional.empty();
  }
}
