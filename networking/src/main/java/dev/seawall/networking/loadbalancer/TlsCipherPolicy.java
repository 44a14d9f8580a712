package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;

/**
 * The TLS cipher suites a load balancer offers ({@code tls_cipher_policy}). The API's default is
 * {@link #DEFAULT}; Seawall's is {@link #STRONG} (rule SW-LB-003).
 */
public enum TlsCipherPolicy {
  /** TLS 1.2 and 1.3 with forward-secret AEAD suites only. Seawall's default. */
  @Json(name = "STRONG")
  STRONG,
  /** The API's default: also older TLS versions and weaker suites (SW-LB-003). */
  @Json(name = "DEFAULT")
  DEFAULT,
  /** A policy this version of Seawall does not know. */
  UNKNOWN
}
