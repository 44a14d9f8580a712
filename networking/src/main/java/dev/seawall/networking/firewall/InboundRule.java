package dev.seawall.networking.firewall;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One inbound rule of a Cloud Firewall: a protocol, the ports (TCP and UDP only) and the {@link
 * Sources} traffic may come from. Immutable; equal when protocol, ports and sources are equal, with
 * ports compared normalised ({@code "all"} equals {@code "1-65535"}) and sources compared as sets.
 *
 * <pre>{@code
 * InboundRule.tcp(443, Sources.ofLoadBalancerUids(lbId));
 * InboundRule.tcp(PortRange.of(8000, 9000), Sources.ofTags("frontend"));
 * InboundRule.icmp(Sources.ofAddresses("10.10.0.0/16"));
 * }</pre>
 *
 * <p>An element of {@code inbound_rules} in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>.
 */
public final class InboundRule {
  private final Protocol protocol;
  private final @Nullable PortRange ports;
  private final Sources sources;

  private InboundRule(Protocol protocol, @Nullable PortRange ports, Sources sources) {
    this.protocol = protocol;
    this.ports = ports;
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  /** A TCP rule for a port range. */
  public static InboundRule tcp(PortRange ports, Sources sources) {
    return new InboundRule(Protocol.TCP, Objects.requireNonNull(ports, "ports"), sources);
  }

  /**
   * A TCP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static InboundRule tcp(int port, Sources sources) {
    return tcp(PortRange.of(port), sources);
  }

  /** A UDP rule for a port range. */
  public static InboundRule udp(PortRange ports, Sources sources) {
    return new InboundRule(Protocol.UDP, Objects.requireNonNull(ports, "ports"), sources);
  }

  /**
   * A UDP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static InboundRule udp(int port, Sources sources) {
    return udp(PortRange.of(port), sources);
  }

  /** An ICMP rule; ICMP has no ports. */
  public static InboundRule icmp(Sources sources) {
    return new InboundRule(Protocol.ICMP, null, sources);
  }

  /**
   * A TCP or UDP rule.
   *
   * @param protocol {@link Protocol#TCP} or {@link Protocol#UDP}
   * @throws IllegalArgumentException for ICMP (use {@link #icmp}) or {@link Protocol#UNKNOWN}
   */
  public static InboundRule of(Protocol protocol, PortRange ports, Sources sources) {
    return switch (Objects.requireNonNull(protocol, "protocol")) {
      case TCP -> tcp(ports, sources);
      case UDP -> udp(ports, sources);
      case ICMP ->
          throw new IllegalArgumentException(
              "ICMP rules have no ports; use InboundRule.icmp(sources)");
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

  /** Where traffic may come from. */
  public Sources sources() {
    return sources;
  }

  /** A copy with other sources. */
  public InboundRule withSources(Sources sources) {
    return new InboundRule(protocol, ports, sources);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InboundRule other
        && protocol == other.protocol
        && Objects.equals(ports, other.ports)
        && sources.equals(other.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, ports, sources);
  }

  /** Readable form, e.g. {@code tcp 443 from 10.0.0.0/8, tag:web}. */
  @Override
  public String toString() {
    return protocol + (ports == null ? "" : " " + ports) + " from " + sources.targets().describe();
  }
}
