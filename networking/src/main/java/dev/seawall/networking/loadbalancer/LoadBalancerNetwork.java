package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;

/** Whether a load balancer has public addresses ({@code network}). Cannot change after creation. */
public enum LoadBalancerNetwork {
  /** Public IP addresses, reachable from the internet (the API's default). */
  @Json(name = "EXTERNAL")
  EXTERNAL,
  /** No public address: reachable only from the load balancer's VPC. */
  @Json(name = "INTERNAL")
  INTERNAL,
  /** A value this version of Seawall does not know. */
  UNKNOWN
}
