package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;

/** The IP versions a load balancer serves ({@code network_stack}). Cannot change after creation. */
public enum NetworkStack {
  /** IPv4 only (the API's default). */
  @Json(name = "IPV4")
  IPV4,
  /** IPv4 and IPv6. */
  @Json(name = "DUALSTACK")
  DUALSTACK,
  /** A value this version of Seawall does not know. */
  UNKNOWN
}
