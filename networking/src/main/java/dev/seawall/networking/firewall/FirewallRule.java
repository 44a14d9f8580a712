package dev.seawall.networking.firewall;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every Cloud Firewall rule is, in either direction: a protocol, the ports (TCP and UDP only)
 * and the {@link Targets} the traffic may come from ({@link InboundRule}) or go to ({@link
 * OutboundRule}). Immutable; two rules are equal when they have the same direction, protocol, ports
 * and targets, with ports compared normalised ({@code "all"} equals {@code "1-65535"}) and targets
 * compared as sets.
 */
public abstract sealed class FirewallRule permits InboundRule, OutboundRule {
  private final Protocol protocol;
  private final @Nullable PortRange ports;
  private final Targets targets;

  FirewallRule(Protocol protocol, @Nullable PortRange ports, Targets targets) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.ports = ports;
    this.targets = Objects.requireNonNull(targets, "targets");
  }

  /**
   * The ports of a TCP or UDP rule.
   *
   * @param icmpFactory the factory to name when ICMP is given, e.g. {@code
   *     InboundRule.icmp(sources)}
   * @throws IllegalArgumentException for ICMP or {@link Protocol#UNKNOWN}
   */
  static PortRange portsOf(Protocol protocol, PortRange ports, String icmpFactory) {
    Objects.requireNonNull(ports, "ports");
    return switch (Objects.requireNonNull(protocol, "protocol")) {
      case TCP, UDP -> ports;
      case ICMP ->
          throw new IllegalArgumentException("ICMP rules have no ports; use " + icmpFactory);
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

  /**
   * The endpoints: where traffic may come from (an inbound rule's {@code sources}) or go to (an
   * outbound rule's {@code destinations}).
   */
  public Targets targets() {
    return targets;
  }

  /** A copy of this rule with other targets. */
  abstract FirewallRule withTargets(Targets targets);

  /** {@code from} or {@code to}, for {@link #toString()}. */
  abstract String preposition();

  /**
   * The rules as a set of single-endpoint rules: two rule lists that differ only in order, in the
   * grouping of endpoints, in duplicates or in port spelling ({@code "0"}, {@code "all"}, {@code
   * "1-65535"}) give the same set.
   */
  @SuppressWarnings("unchecked") // withTargets keeps the rule's own class
  static <R extends FirewallRule> Set<R> explode(Collection<R> rules) {
    Set<R> out = new LinkedHashSet<>();
    for (R rule : rules) {
      for (Targets single : rule.targets().singles()) {
        out.add((R) rule.withTargets(single));
      }
    }
    return out;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof FirewallRule other
        && getClass() == other.getClass()
        && protocol == other.protocol
        && Objects.equals(ports, other.ports)
        && targets.equals(other.targets);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass().getSimpleName(), protocol, ports, targets);
  }

  /**
   * Readable form, e.g. {@code tcp 22 from 203.0.113.10/32}, {@code tcp 443 to 0.0.0.0/0, ::/0} or
   * {@code icmp from tag:web}.
   */
  @Override
  public final String toString() {
    return protocol
        + (ports == null ? "" : " " + ports)
        + " "
        + preposition()
        + " "
        + targets.describe();
  }
}
