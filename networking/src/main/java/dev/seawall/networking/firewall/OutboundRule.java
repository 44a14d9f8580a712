package dev.seawall.networking.firewall;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One outbound rule of a Cloud Firewall: a protocol, the ports (TCP and UDP only) and the {@link
 * Destinations} traffic may go to. Immutable; equal when protocol, ports and destinations are
 * equal, with ports compared normalised ({@code "all"} equals {@code "1-65535"}) and destinations
 * compared as sets.
 *
 * <pre>{@code
 * OutboundRule.tcp(443, Destinations.anywhere());
 * OutboundRule.tcp(PortRange.of(8000, 9000), Destinations.ofTags("workers"));
 * OutboundRule.icmp(Destinations.ofAddresses("10.10.0.0/16"));
 * }</pre>
 *
 * <p>An element of {@code outbound_rules} in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>.
 */
public final class OutboundRule {
  private final Protocol protocol;
  private final @Nullable PortRange ports;
  private final Destinations destinations;

  private OutboundRule(Protocol protocol, @Nullable PortRange ports, Destinations destinations) {
    this.protocol = protocol;
    this.ports = ports;
    this.destinations = Objects.requireNonNull(destinations, "destinations");
  }

  /** A TCP rule for a port range. */
  public static OutboundRule tcp(PortRange ports, Destinations destinations) {
    return new OutboundRule(Protocol.TCP, Objects.requireNonNull(ports, "ports"), destinations);
  }

  /**
   * A TCP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static OutboundRule tcp(int port, Destinations destinations) {
    return tcp(PortRange.of(port), destinations);
  }

  /** A UDP rule for a port range. */
  public static OutboundRule udp(PortRange ports, Destinations destinations) {
    return new OutboundRule(Protocol.UDP, Objects.requireNonNull(ports, "ports"), destinations);
  }

  /**
   * A UDP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static OutboundRule udp(int port, Destinations destinations) {
    return udp(PortRange.of(port), destinations);
  }

  /** An ICMP rule; ICMP has no ports. */
  public static OutboundRule icmp(Destinations destinations) {
    return new OutboundRule(Protocol.ICMP, null, destinations);
  }

  /**
   * A TCP or UDP rule.
   *
   * @param protocol {@link Protocol#TCP} or {@link Protocol#UDP}
   * @throws IllegalArgumentException for ICMP (use {@link #icmp}) or {@link Protocol#UNKNOWN}
   */
  public static OutboundRule of(Protocol protocol, PortRange ports, Destinations destinations) {
    return switch (Objects.requireNonNull(protocol, "protocol")) {
      case TCP -> tcp(ports, destinations);
      case UDP -> udp(ports, destinations);
      case ICMP ->
          throw new IllegalArgumentException(
              "ICMP rules have no ports; use OutboundRule.icmp(destinations)");
      case UNKNOWN -> throw new IllegalArgumentException("protocol must be tcp, udp or icmp");
    };
  }

  /** The protocol: TCP, UDP or ICMP. */
  public Protocol protocol() {
    return protocol;
  }

  /** The ports for TCP and UDP; empty for ICMP. */
  public Optional<PortRange> ports() {
    return Optional.ofNullable(ports);
  }

  /** Where traffic may go to. */
  public Destinations destinations() {
    return destinations;
  }

  /** A copy with other destinations. */
  public OutboundRule withDestinations(Destinations destinations) {
    return new OutboundRule(protocol, ports, destinations);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutboundRule other
        && protocol == other.protocol
        && Objects.equals(ports, other.ports)
        && destinations.equals(other.destinations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, ports, destinations);
  }

  /** Readable form, e.g. {@code tcp 443 to 0.0.0.0/0, ::/0}. */
  @Override
  public String toString() {
    return protocol
        + (ports == null ? "" : " " + ports)
        + " to "
        + destinations.targets().describe();
  }
}
