package dev.seawall.databases.firewall;

import com.squareup.moshi.Json;

/** The kind of resource a trusted source admits ({@code type} of a database firewall rule). */
public enum TrustedSourceType {
  /** A droplet, by numeric id. API value {@code droplet}. */
  @Json(name = "droplet")
  DROPLET("droplet"),
  /** The nodes of a Kubernetes cluster, by cluster UUID. API value {@code k8s}. */
  @Json(name = "k8s")
  K8S("k8s"),
  /** An IPv4 address or CIDR range. API value {@code ip_addr}. */
  @Json(name = "ip_addr")
  IP_ADDR("ip_addr"),
  /** Every droplet and Kubernetes node carrying a tag, by tag name. API value {@code tag}. */
  @Json(name = "tag")
  TAG("tag"),
  /** An App Platform app, by app UUID. API value {@code app}. */
  @Json(name = "app")
  APP("app"),
  /** A type this version of Seawall does not know; never sent. */
  UNKNOWN("");

  private final String apiValue;

  TrustedSourceType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The API value, e.g. {@code ip_addr}; empty for {@link #UNKNOWN}. */
  public String apiValue() {
    return apiValue;
  }
}
