package dev.seawall.cli.terraform;

import dev.seawall.core.net.Cidr;
import dev.seawall.networking.firewall.Firewall;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundRule;
import dev.seawall.networking.firewall.PortRange;
import dev.seawall.networking.firewall.Protocol;
import dev.seawall.networking.firewall.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code digitalocean_firewall} → {@link Firewall}: {@code inbound_rule} blocks ({@code protocol},
 * {@code port_range}, {@code source_addresses}, {@code source_tags}, {@code source_droplet_ids},
 * {@code source_load_balancer_uids}, {@code source_kubernetes_ids}), {@code outbound_rule} blocks
 * (the same with {@code destination_}), {@code droplet_ids} and {@code tags}. Values known only
 * after apply are left out of the targets (they are droplet, load balancer or cluster ids, never
 * the internet); a {@code droplet_ids} or {@code tags} known only after apply counts as set.
 */
final class FirewallMapper {
  /** Stands for a droplet id known only after apply: the firewall does apply to something. */
  private static final long UNKNOWN_DROPLET = 0;

  private FirewallMapper() {}

  static Firewall toModel(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    List<InboundRule> inbound = new ArrayList<>();
    for (Values rule : v.blocks("inbound_rule")) {
      Targets sources = targets(rule, "source_");
      protocol(rule)
          .ifPresent(
              p ->
                  inbound.add(
                      p == Protocol.ICMP
                          ? InboundRule.icmp(sources)
                          : InboundRule.of(p, ports(rule), sources)));
    }
    List<OutboundRule> outbound = new ArrayList<>();
    for (Values rule : v.blocks("outbound_rule")) {
      Targets destinations = targets(rule, "destination_");
      protocol(rule)
          .ifPresent(
              p ->
                  outbound.add(
                      p == Protocol.ICMP
                          ? OutboundRule.icmp(destinations)
                          : OutboundRule.of(p, ports(rule), destinations)));
    }
    List<Long> dropletIds = new ArrayList<>(v.numbers("droplet_ids"));
    if (dropletIds.isEmpty() && v.hasUnknownElements("droplet_ids")) {
      dropletIds.add(UNKNOWN_DROPLET);
    }
    List<String> tags = new ArrayList<>(facts.tags(resource));
    if (tags.isEmpty() && v.hasUnknownElements("tags")) {
      tags.add(PlanFacts.KNOWN_AFTER_APPLY);
    }
    return new Firewall(
        v.text("id"),
        v.text("name"),
        Firewall.Status.UNKNOWN,
        inbound,
        outbound,
        dropletIds,
        tags,
        Optional.empty(),
        List.of());
  }

  private static Optional<Protocol> protocol(Values rule) {
    String p = rule.text("protocol").toLowerCase(Locale.ROOT);
    return switch (p) {
      case "tcp" -> Optional.of(Protocol.TCP);
      case "udp" -> Optional.of(Protocol.UDP);
      case "icmp" -> Optional.of(Protocol.ICMP);
      default -> Optional.empty();
    };
  }

  /** {@code port_range}: {@code "22"}, {@code "8000-9000"}, {@code "all"}, or all when absent. */
  private static PortRange ports(Values rule) {
    return rule.string("port_range").map(PortRange::parse).orElse(PortRange.ALL);
  }

  private static Targets targets(Values rule, String prefix) {
    Targets.Builder targets = Targets.builder();
    for (String address : rule.strings(prefix + "addresses")) {
      targets.addAddress(Cidr.parseLenient(address));
    }
    rule.strings(prefix + "tags").forEach(targets::addTag);
    rule.numbers(prefix + "droplet_ids").forEach(targets::addDropletId);
    rule.strings(prefix + "load_balancer_uids").forEach(targets::addLoadBalancerUid);
    rule.strings(prefix + "kubernetes_ids").forEach(targets::addKubernetesId);
    return targets.build();
  }
}
