package dev.seawall.networking.firewall;

import org.jspecify.annotations.Nullable;

/**
 * One outbound rule of a Cloud Firewall: a protocol, the ports (TCP and UDP only) and the {@link
 * Targets} traffic may go to (its {@code destinations}). Immutable; see {@link FirewallRule} for
 * equality.
 *
 * <pre>{@code
 * OutboundRule.tcp(443, Targets.anywhere());
 * OutboundRule.tcp(PortRange.of(8000, 9000), Targets.ofTags("workers"));
 * OutboundRule.icmp(Targets.ofAddresses("10.10.0.0/16"));
 * }</pre>
 *
 * <p>An element of {@code outbound_rules} in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>.
 */
public final class OutboundRule extends FirewallRule {

  private OutboundRule(Protocol protocol, @Nullable PortRange ports, Targets destinations) {
    super(protocol, ports, destinations);
  }

  /** A TCP rule for a port range. */
  public static OutboundRule tcp(PortRange ports, Targets destinations) {
    return of(Protocol.TCP, ports, destinations);
  }

  /**
   * A TCP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static OutboundRule tcp(int port, Targets destinations) {
    return tcp(PortRange.of(port), destinations);
  }

  /** A UDP rule for a port range. */
  public static OutboundRule udp(PortRange ports, Targets destinations) {
    return of(Protocol.UDP, ports, destinations);
  }

  /**
   * A UDP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static OutboundRule udp(int port, Targets destinations) {
    return udp(PortRange.of(port), destinations);
  }

  /** An ICMP rule; ICMP has no ports. */
  public static OutboundRule icmp(Targets destinations) {
    return new OutboundRule(Protocol.ICMP, null, destinations);
  }

  /**
   * A TCP or UDP rule.
   *
   * @param protocol {@link Protocol#TCP} or {@link Protocol#UDP}
   * @throws IllegalArgumentException for ICMP (use {@link #icmp}) or {@link Protocol#UNKNOWN}
   */
  public static OutboundRule of(Protocol protocol, PortRange ports, Targets destinations) {
    return new OutboundRule(
        protocol, portsOf(protocol, ports, "OutboundRule.icmp(destinations)"), destinations);
  }

  /** Where traffic may go to: the rule's {@code destinations}. */
  public Targets destinations() {
    return targets();
  }

  /** A copy with other destinations. */
  public OutboundRule withDestinations(Targets destinations) {
    return new OutboundRule(protocol(), ports().orElse(null), destinations);
  }

  @Override
  OutboundRule withTargets(Targets targets) {
    return withDestinations(targets);
  }

  @Override
  String preposition() {
    return "to";
  }
}
