package dev.seawall.networking.firewall.internal;

import dev.seawall.core.SeawallException;
import dev.seawall.core.net.Cidr;
import dev.seawall.networking.firewall.Destinations;
import dev.seawall.networking.firewall.Firewall;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundRule;
import dev.seawall.networking.firewall.PortRange;
import dev.seawall.networking.firewall.Protocol;
import dev.seawall.networking.firewall.Sources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
      Sources sources = sources(wire, rule.sources().orElse(EMPTY));
      Protocol protocol = protocol(wire, rule);
      inbound.add(
          protocol == Protocol.ICMP
              ? InboundRule.icmp(sources)
              : InboundRule.of(protocol, ports(wire, rule), sources));
    }
    List<OutboundRule> outbound = new ArrayList<>();
    for (FirewallWire.RuleWire rule : wire.outboundRules()) {
      Destinations destinations = destinations(wire, rule.destinations().orElse(EMPTY));
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
    List<Object> inbound = new ArrayList<>();
    for (InboundRule rule : spec.inboundRules()) {
      Map<String, Object> json = rule(rule.protocol(), rule.ports().orElse(null));
      json.put(
          "sources",
          targets(
              rule.sources().addresses(),
              rule.sources().dropletIds(),
              rule.sources().tags(),
              rule.sources().loadBalancerUids(),
              rule.sources().kubernetesIds()));
      inbound.add(json);
    }
    List<Object> outbound = new ArrayList<>();
    for (OutboundRule rule : spec.outboundRules()) {
      Map<String, Object> json = rule(rule.protocol(), rule.ports().orElse(null));
      json.put(
          "destinations",
          targets(
              rule.destinations().addresses(),
              rule.destinations().dropletIds(),
              rule.destinations().tags(),
              rule.destinations().loadBalancerUids(),
              rule.destinations().kubernetesIds()));
      outbound.add(json);
    }
    body.put("inbound_rules", inbound);
    body.put("outbound_rules", outbound);
    body.put("droplet_ids", spec.dropletIds());
    body.put("tags", spec.tags());
    return body;
  }

  private static final FirewallWire.TargetWire EMPTY =
      new FirewallWire.TargetWire(List.of(), List.of(), List.of(), List.of(), List.of());

  private static Map<String, Object> rule(Protocol protocol, @Nullable PortRange ports) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("protocol", protocol.wireValue());
    if (protocol != Protocol.ICMP && ports != null) {
      json.put("ports", ports.wireValue());
    }
    return json;
  }

  private static Map<String, Object> targets(
      List<Cidr> addresses,
      List<Long> dropletIds,
      List<String> tags,
      List<String> loadBalancerUids,
      List<String> kubernetesIds) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (!addresses.isEmpty()) {
      json.put("addresses", addresses.stream().map(Cidr::toString).toList());
    }
    if (!dropletIds.isEmpty()) {
      json.put("droplet_ids", dropletIds);
    }
    if (!loadBalancerUids.isEmpty()) {
      json.put("load_balancer_uids", loadBalancerUids);
    }
    if (!kubernetesIds.isEmpty()) {
      json.put("kubernetes_ids", kubernetesIds);
    }
    if (!tags.isEmpty()) {
      json.put("tags", tags);
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

  private static Sources sources(FirewallWire firewall, FirewallWire.TargetWire wire) {
    try {
      Sources.Builder builder = Sources.builder();
      wire.addresses().forEach(a -> builder.addAddress(Cidr.parseLenient(a)));
      builder.dropletIds(wire.dropletIds());
      builder.tags(wire.tags());
      builder.loadBalancerUids(wire.loadBalancerUids());
      builder.kubernetesIds(wire.kubernetesIds());
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw unreadable(firewall, "a source Seawall cannot read (" + e.getMessage() + ")");
    }
  }

  private static Destinations destinations(FirewallWire firewall, FirewallWire.TargetWire wire) {
    try {
      Destinations.Builder builder = Destinations.builder();
      wire.addresses().forEach(a -> builder.addAddress(Cidr.parseLenient(a)));
      builder.dropletIds(wire.dropletIds());
      builder.tags(wire.tags());
      builder.loadBalancerUids(wire.loadBalancerUids());
      builder.kubernetesIds(wire.kubernetesIds());
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw unreadable(firewall, "a destination Seawall cannot read (" + e.getMessage() + ")");
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
