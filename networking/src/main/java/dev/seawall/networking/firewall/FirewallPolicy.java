package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Checks;
import dev.seawall.networking.NetworkingRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SW-FW-001..005 checks, shared by {@link FirewallSpec.Builder#validate()} (with the spec's
 * opt-outs) and {@link FirewallAuditor} (with none).
 */
final class FirewallPolicy {
  private FirewallPolicy() {}

  /** A port or range an admin/database service listens on, with its name for messages. */
  record AdminPort(PortRange ports, String service) {}

  static final List<AdminPort> ADMIN_PORTS =
      List.of(
          new AdminPort(PortRange.of(22), "SSH"),
          new AdminPort(PortRange.of(2375, 2376), "Docker API"),
          new AdminPort(PortRange.of(3306), "MySQL"),
          new AdminPort(PortRange.of(3389), "RDP"),
          new AdminPort(PortRange.of(5432), "PostgreSQL"),
          new AdminPort(PortRange.of(6379), "Redis"),
          new AdminPort(PortRange.of(9200), "Elasticsearch"),
          new AdminPort(PortRange.of(10250), "Kubelet"),
          new AdminPort(PortRange.of(27017), "MongoDB"));

  /** The opt-outs a spec used; {@link #NONE} for audits. */
  record OptOuts(
      List<PortRange> publicIngress,
      List<PortRange> publicAdminIngress,
      boolean publicIcmp,
      boolean allOutbound,
      List<Cidr> allPortsSources) {
    static final OptOuts NONE = new OptOuts(List.of(), List.of(), false, false, List.of());

    OptOuts {
      publicIngress = List.copyOf(publicIngress);
      publicAdminIngress = List.copyOf(publicAdminIngress);
      allPortsSources = List.copyOf(allPortsSources);
    }
  }

  static void check(
      Checks checks,
      List<InboundRule> inboundRules,
      List<OutboundRule> outboundRules,
      Collection<Long> dropletIds,
      Collection<String> tags,
      OptOuts optOuts) {
    for (int i = 0; i < inboundRules.size(); i++) {
      checkInbound(checks.at("inboundRules[" + i + "]"), inboundRules.get(i), optOuts);
    }
    for (int i = 0; i < outboundRules.size(); i++) {
      checkOutbound(checks.at("outboundRules[" + i + "]"), outboundRules.get(i), optOuts);
    }
    checks.require(
        !dropletIds.isEmpty() || !tags.isEmpty(),
        NetworkingRules.SW_FW_005,
        "the firewall applies to no droplet and no tag, so it protects nothing; add the tag your"
            + " droplets carry (tags(...)) or droplet ids");
  }

  private static void checkInbound(Checks checks, InboundRule rule, OptOuts optOuts) {
    Targets sources = rule.sources();
    List<Cidr> wide = sources.addresses().stream().filter(Cidr::isInternetWide).toList();
    String from = wide.stream().map(Cidr::toString).collect(Collectors.joining(" and "));
    if (rule.protocol() == Protocol.ICMP) {
      if (!wide.isEmpty() && !optOuts.publicIcmp()) {
        checks.refuse(
            NetworkingRules.SW_FW_001,
            "icmp is open to "
                + from
                + "; restrict the sources to CIDRs, tags, droplets or load balancers, or accept"
                + " the risk with allowPublicIcmp(Justification)");
      }
      return;
    }
    PortRange ports = rule.ports().orElse(PortRange.ALL);
    String protocol = rule.protocol().wireValue();
    if (!wide.isEmpty()) {
      List<PortRange> acknowledged = new ArrayList<>(optOuts.publicIngress());
      acknowledged.addAll(optOuts.publicAdminIngress());
      List<PortRange> uncovered = subtract(List.of(ports), acknowledged);
      List<PortRange> nonAdmin =
          subtract(uncovered, ADMIN_PORTS.stream().map(AdminPort::ports).toList());
      if (!nonAdmin.isEmpty()) {
        checks.refuse(
            NetworkingRules.SW_FW_001,
            protocol
                + " "
                + describe(nonAdmin)
                + " is open to "
                + from
                + "; restrict the sources to CIDRs, tags, droplets or load balancers, or accept"
                + " the risk with "
                + optOutCalls("allowPublicIngress", nonAdmin));
      }
      List<String> exposedAdmin = new ArrayList<>();
      List<PortRange> exposedAdminRanges = new ArrayList<>();
      for (AdminPort admin : ADMIN_PORTS) {
        if (!admin.ports().overlaps(ports)) {
          continue;
        }
        PortRange hit =
            PortRange.of(
                Math.max(admin.ports().from(), ports.from()),
                Math.min(admin.ports().to(), ports.to()));
        List<PortRange> open = subtract(List.of(hit), optOuts.publicAdminIngress());
        for (PortRange piece : open) {
          exposedAdmin.add(piece + " (" + admin.service() + ")");
          exposedAdminRanges.add(piece);
        }
      }
      if (!exposedAdmin.isEmpty()) {
        checks.refuse(
            NetworkingRules.SW_FW_002,
            protocol
                + " "
                + String.join(", ", exposedAdmin)
                + " is open to "
                + from
                + "; admit admin and database ports only from an admin CIDR, a VPN or a tag, or"
                + " accept the risk with the stronger opt-out "
                + optOutCalls("allowPublicAdminIngress", exposedAdminRanges));
      }
    }
    if (ports.isAll()) {
      List<Cidr> uncovered =
          sources.addresses().stream()
              .filter(a -> optOuts.allPortsSources().stream().noneMatch(ok -> ok.contains(a)))
              .toList();
      if (!uncovered.isEmpty()) {
        checks.refuse(
            NetworkingRules.SW_FW_004,
            protocol
                + " all ports are open to "
                + uncovered.stream().map(Cidr::toString).collect(Collectors.joining(", "))
                + "; name the ports the service needs, or accept the risk with "
                + uncovered.stream()
                    .map(c -> "allowAllPorts(Cidr.parse(\"" + c + "\"), Justification)")
                    .collect(Collectors.joining(" and ")));
      }
    }
  }

  private static void checkOutbound(Checks checks, OutboundRule rule, OptOuts optOuts) {
    if (!rule.protocol().hasPorts() || optOuts.allOutbound()) {
      return;
    }
    PortRange ports = rule.ports().orElse(PortRange.ALL);
    List<Cidr> wide =
        rule.destinations().addresses().stream().filter(Cidr::isInternetWide).toList();
    if (ports.isAll() && !wide.isEmpty()) {
      checks.refuse(
          NetworkingRules.SW_FW_003,
          rule.protocol().wireValue()
              + " all ports are open to "
              + wide.stream().map(Cidr::toString).collect(Collectors.joining(" and "))
              + "; use outbound(OutboundPreset.DNS_AND_HTTPS) or name the ports, or accept the"
              + " risk with allowAllOutbound(Justification)");
    }
  }

  /** The parts of {@code ranges} not covered by any of {@code cover}, merged and sorted. */
  static List<PortRange> subtract(List<PortRange> ranges, List<PortRange> cover) {
    List<PortRange> sortedCover =
        cover.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    List<PortRange> out = new ArrayList<>();
    for (PortRange range : ranges) {
      int next = range.from();
      for (PortRange c : sortedCover) {
        if (c.to() < next || c.from() > range.to()) {
          continue;
        }
        if (c.from() > next) {
          out.add(PortRange.of(next, c.from() - 1));
        }
        next = Math.max(next, c.to() + 1);
        if (next > range.to()) {
          break;
        }
      }
      if (next <= range.to()) {
        out.add(PortRange.of(next, range.to()));
      }
    }
    return out;
  }

  private static String describe(List<PortRange> ranges) {
    return ranges.stream().map(PortRange::toString).collect(Collectors.joining(", "));
  }

  private static String optOutCalls(String method, List<PortRange> ranges) {
    return ranges.stream()
        .map(r -> method + "(" + javaLiteral(r) + ", Justification)")
        .collect(Collectors.joining(" and "));
  }

  static String javaLiteral(PortRange range) {
    if (range.isAll()) {
      return "PortRange.ALL";
    }
    return range.isSinglePort()
        ? "PortRange.of(" + range.from() + ")"
        : "PortRange.of(" + range.from() + ", " + range.to() + ")";
  }
}
