package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;
import java.util.Locale;
import java.util.Optional;

/**
 * The protocol a load balancer speaks to the backend droplets ({@code target_protocol} of a
 * forwarding rule). Inside a VPC, {@link #HTTP} behind TLS termination is common; {@link #HTTPS} or
 * {@link #HTTP2} re-encrypt, and TLS passthrough needs one of them.
 */
public enum TargetProtocol {
  /** Plain HTTP to the droplets. */
  @Json(name = "http")
  HTTP,
  /** HTTPS to the droplets. */
  @Json(name = "https")
  HTTPS,
  /** HTTP/2 over TLS to the droplets. */
  @Json(name = "http2")
  HTTP2,
  /** Plain TCP; read from the API only. */
  @Json(name = "tcp")
  TCP,
  /** Plain UDP; read from the API only. */
  @Json(name = "udp")
  UDP,
  /** A protocol this version of Seawall does not know. */
  UNKNOWN;

  /** The API's spelling, e.g. {@code http}; {@code unknown} for {@link #UNKNOWN}. */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the droplets are spoken to over TLS ({@link #HTTPS}, {@link #HTTP2}). */
  public boolean isTls() {
    return this == HTTPS || this == HTTP2;
  }

  /**
   * The protocol with this API spelling, ignoring case and surrounding white space.
   *
   * @param text e.g. {@code http}
   * @return the protocol, or empty if the text names none ({@code unknown} included)
   */
  public static Optional<TargetProtocol> fromWireValue(String text) {
    String normalised = text.strip().toLowerCase(Locale.ROOT);
    for (TargetProtocol protocol : values()) {
      if (protocol != UNKNOWN && protocol.wireValue().equals(normalised)) {
        return Optional.of(protocol);
      }
    }
    return Optional.empty();
  }
}
