package dev.seawall.networking.firewall;

import com.squareup.moshi.Json;

/** The traffic a Cloud Firewall rule admits. */
public enum Protocol {
  /** TCP; the rule names its ports. */
  @Json(name = "tcp")
  TCP("tcp"),
  /** UDP; the rule names its ports. */
  @Json(name = "udp")
  UDP("udp"),
  /** ICMP; the rule has no ports. */
  @Json(name = "icmp")
  ICMP("icmp"),
  /** A protocol this version of Seawall does not know; only found in read models. */
  UNKNOWN("unknown");

  private final String wireValue;

  Protocol(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The API's name: {@code tcp}, {@code udp} or {@code icmp}. */
  public String wireValue() {
    return wireValue;
  }

  /** Whether rules of this protocol carry ports (TCP and UDP). */
  public boolean hasPorts() {
    return this == TCP || this == UDP;
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
