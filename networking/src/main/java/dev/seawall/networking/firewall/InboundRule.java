package dev.seawall.networking.firewall;

import org.jspecify.annotations.Nullable;

/**
 * One inbound rule of a Cloud Firewall: a protocol, the ports (TCP and UDP only) and the {@link
 * Targets} traffic may come from (its {@code sources}). Immutable; see {@link FirewallRule} for
 * equality.
 *
 * <pre>{@code
 * InboundRule.tcp(443, Targets.ofLoadBalancerUids(lbId));
 * InboundRule.tcp(PortRange.of(8000, 9000), Targets.ofTags("frontend"));
 * InboundRule.icmp(Targets.ofAddresses("10.10.0.0/16"));
 * }</pre>
 *
 * <p>An element of {@code inbound_rules} in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>.
 */
public final class InboundRule extends FirewallRule {

  private InboundRule(Protocol protocol, @Nullable PortRange ports, Targets sources) {
    super(protocol, ports, sources);
  }

  /** A TCP rule for a port range. */
  public static InboundRule tcp(PortRange ports, Targets sources) {
    return of(Protocol.TCP, ports, sources);
  }

  /**
   * A TCP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static InboundRule tcp(int port, Targets sources) {
    return tcp(PortRange.of(port), sources);
  }

  /** A UDP rule for a port range. */
  public static InboundRule udp(PortRange ports, Targets sources) {
    return of(Protocol.UDP, ports, sources);
  }

  /**
   * A UDP rule for one port.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   */
  public static InboundRule udp(int port, Targets sources) {
    return udp(PortRange.of(port), sources);
  }

  /** An ICMP rule; ICMP has no ports. */
  public static InboundRule icmp(Targets sources) {
    return new InboundRule(Protocol.ICMP, null, sources);
  }

  /**
   * A TCP or UDP rule.
   *
   * @param protocol {@link Protocol#TCP} or {@link Protocol#UDP}
   * @throws IllegalArgumentException for ICMP (use {@link #icmp}) or {@link Protocol#UNKNOWN}
   */
  public static InboundRule of(Protocol protocol, PortRange ports, Targets sources) {
    return new InboundRule(
        protocol, portsOf(protocol, ports, "InboundRule.icmp(sources)"), sources);
  }

  /** Where traffic may come from: the rule's {@code sources}. */
  public Targets sources() {
    return targets();
  }

  /** A copy with other sources. */
  public InboundRule withSources(Targets sources) {
    return new InboundRule(protocol(), ports().orElse(null), sources);
  }

  @Override
  InboundRule withTargets(Targets targets) {
    return withSources(targets);
  }

  @Override
  String preposition() {
    return "from";
  }
}
