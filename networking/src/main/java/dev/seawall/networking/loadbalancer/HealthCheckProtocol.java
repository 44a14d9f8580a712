package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;
import java.util.Locale;

/** How a load balancer checks a droplet's health ({@code health_check.protocol}). */
public enum HealthCheckProtocol {
  /** An HTTP request to a path; healthy on a 2xx/3xx answer. */
  @Json(name = "http")
  HTTP,
  /** An HTTPS request to a path (the certificate is not verified by DigitalOcean). */
  @Json(name = "https")
  HTTPS,
  /** A TCP connection to the port; carries no path. */
  @Json(name = "tcp")
  TCP,
  /** A protocol this version of Seawall does not know. */
  UNKNOWN;

  /** The API's spelling, e.g. {@code http}. */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
