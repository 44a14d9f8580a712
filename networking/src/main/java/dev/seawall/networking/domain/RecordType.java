package dev.seawall.networking.domain;

/**
 * The DNS record types DigitalOcean serves. {@code SOA} is created and kept by DigitalOcean and
 * never managed by a {@link DomainSpec}; {@code UNKNOWN} stands for a type a newer API reports.
 */
public enum RecordType {
  /** An IPv4 address. */
  A,
  /** An IPv6 address. */
  AAAA,
  /** Certification Authority Authorization (RFC 8659): which CAs may issue certificates. */
  CAA,
  /** An alias to another host name. */
  CNAME,
  /** A mail exchanger, with a priority. */
  MX,
  /** A name server. */
  NS,
  /** The zone's start of authority; managed by DigitalOcean. */
  SOA,
  /** A service location, with priority, weight and port. */
  SRV,
  /** Free text (SPF, DMARC, verification tokens). */
  TXT,
  /** A type this version of Seawall does not know. */
  UNKNOWN;

  /** The type named {@code text} (case-insensitive), or {@link #UNKNOWN}. */
  public static RecordType parse(String text) {
    for (RecordType type : values()) {
      if (type.name().equalsIgnoreCase(text)) {
        return type;
      }
    }
    return UNKNOWN;
  }

  /** Whether the record's data names a host (compared without a trailing dot, ignoring case). */
  public boolean hostData() {
    return this == CNAME || this == MX || this == NS || this == SRV;
  }
}
