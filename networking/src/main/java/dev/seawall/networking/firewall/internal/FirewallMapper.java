package dev.seawall.networking.firewall.internal;

import dev.seawall.core.SeawallException;
import dev.seawall.core.net.Cidr;
import dev.seawall.networking.firewall.Firewall;
import dev.seawall.networking.firewall.FirewallRule;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundRule;
import dev.seawall.networking.firewall.PortRange;
import dev.seawall.networking.firewall.Protocol;
import dev.seawall.networking.firewall.Targets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Converts between the wire shape and the typed model. */
public final class FirewallMapper {
  private FirewallMapper() {}

  /**
   * The typed read model of a firewall.
   *
   * @throws SeawallException if the firewall holds a rule Seawall cannot represent (an unknown
   *     protocol, malformed ports or addresses); the message names the firewall and the value
   */
  public static Firewall toModel(FirewallWire wire) {
    List<InboundRule> inbound = new ArrayList<>();
    for (FirewallWire.RuleWire rule : wire.inboundRules()) {
      Targets sources = targets(wire, rule.sources().orElse(EMPTY), "a source");
      Protocol protocol = protocol(wire, rule);
      inbound.add(
          protocol == Protocol.ICMP
              ? InboundRule.icmp(sources)
              : InboundRule.of(protocol, ports(wire, rule), sources));
    }
    List<OutboundRule> outbound = new ArrayList<>();
    for (FirewallWire.RuleWire rule : wire.outboundRules()) {
      Targets destinations = targets(wire, rule.destinations().orElse(EMPTY), "a destination");
      Protocol protocol = protocol(wire, rule);
      outbound.add(
          protocol == Protocol.ICMP
              ? OutboundRule.icmp(destinations)
              : OutboundRule.of(protocol, ports(wire, rule), destinations));
    }
    return new Firewall(
        wire.id(),
        wire.name(),
        wire.status(),
        inbound,
        outbound,
        wire.dropletIds(),
        wire.tags(),
        wire.createdAt(),
        wire.pendingChanges());
  }

  /**
   * The JSON body of {@code firewalls_create} and {@code firewalls_update}: the full
   * representation. Rule and assignment arrays are always present (an empty array means none); ICMP
   * rules carry no {@code ports}; empty endpoint lists are omitted; all ports are sent as {@code
   * "1-65535"}.
   */
  public static Map<String, Object> toBody(FirewallSpec spec) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    body.put("inbound_rules", rules(spec.inboundRules(), "sources"));
    body.put("outbound_rules", rules(spec.outboundRules(), "destinations"));
    body.put("droplet_ids", spec.dropletIds());
    body.put("tags", spec.tags());
    return body;
  }

  private static final FirewallWire.TargetWire EMPTY =
      new FirewallWire.TargetWire(List.of(), List.of(), List.of(), List.of(), List.of());

  /**
   * Rules as JSON, their targets under {@code targetsKey} ({@code sources}/{@code destinations}).
   */
  private static List<Object> rules(List<? extends FirewallRule> rules, String targetsKey) {
    List<Object> out = new ArrayList<>();
    for (FirewallRule rule : rules) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("protocol", rule.protocol().wireValue());
      rule.ports().ifPresent(ports -> json.put("ports", ports.wireValue()));
      json.put(targetsKey, targets(rule.targets()));
      out.add(json);
    }
    return out;
  }

  private static Map<String, Object> targets(Targets targets) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (!targets.addresses().isEmpty()) {
      json.put("addresses", targets.addresses().stream().map(Cidr::toString).toList());
    }
    if (!targets.dropletIds().isEmpty()) {
      json.put("droplet_ids", targets.dropletIds());
    }
    if (!targets.loadBalancerUids().isEmpty()) {
      json.put("load_balancer_uids", targets.loadBalancerUids());
    }
    if (!targets.kubernetesIds().isEmpty()) {
      json.put("kubernetes_ids", targets.kubernetesIds());
    }
    if (!targets.tags().isEmpty()) {
      json.put("tags", targets.tags());
    }
    return json;
  }

  private static Protocol protocol(FirewallWire firewall, FirewallWire.RuleWire rule) {
    return switch (rule.protocol().toLowerCase(Locale.ROOT)) {
      case "tcp" -> Protocol.TCP;
      case "udp" -> Protocol.UDP;
      case "icmp" -> Protocol.ICMP;
      default -> throw unreadable(firewall, "a rule with protocol '" + rule.protocol() + "'");
    };
  }

  private static PortRange ports(FirewallWire firewall, FirewallWire.RuleWire rule) {
    if (rule.ports().isBlank()) {
      return PortRange.ALL;
    }
    try {
      return PortRange.parse(rule.ports());
    } catch (IllegalArgumentException e) {
      throw unreadable(firewall, "a rule with ports '" + rule.ports() + "'");
    }
  }

  /**
   * The typed targets of a rule, every value checked as the public builder checks it; {@code what}
   * is {@code a source} or {@code a destination}.
   */
  private static Targets targets(FirewallWire firewall, FirewallWire.TargetWire wire, String what) {
    if (wire == EMPTY) {
      return Targets.none();
    }
    try {
      List<String> addresses = wire.addresses();
      Cidr[] ranges = new Cidr[addresses.size()];
      for (int i = 0; i < ranges.length; i++) {
        ranges[i] = Cidr.parseLenient(addresses.get(i));
      }
      return Targets.builder()
          .addresses(ranges)
          .dropletIds(wire.dropletIds())
          .tags(wire.tags())
          .loadBalancerUids(wire.loadBalancerUids())
          .kubernetesIds(wire.kubernetesIds())
          .build();
    } catch (IllegalArgumentException e) {
      throw unreadable(firewall, what + " Seawall cannot read (" + e.getMessage() + ")");
    }
  }

  private static SeawallException unreadable(FirewallWire firewall, String what) {
    return new SeawallException(
        "Firewall '"
            + firewall.name()
            + "' ("
            + firewall.id()
            + ") has "
            + what
            + " that this version of Seawall cannot represent; change the rule in the DigitalOcean"
            + " control panel or upgrade Seawall.");
  }
}
