package dev.seawall.networking.reservedip;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Audits reserved IPs against SW-RIP-001: a reserved IP assigned to a droplet that no Cloud
 * Firewall covers (neither by the droplet's id nor by one of its tags) gives that unprotected
 * droplet a stable public address. The coverage is the same as for SW-DR-003 on droplets: the
 * droplet ids and tags of every firewall of the account. An unassigned reserved IP passes.
 * Stateless and thread-safe.
 */
public final class ReservedIpAuditor implements Auditor<ReservedIp> {
  private final Set<Long> coveredDropletIds;
  private final Set<String> coveredTags;

  private ReservedIpAuditor(Collection<Long> dropletIds, Collection<String> tags) {
    this.coveredDropletIds = Set.copyOf(dropletIds);
    this.coveredTags = Set.copyOf(tags);
  }

  /**
   * An auditor that knows which droplets the account's firewalls cover.
   *
   * @param dropletIds the droplet ids of every firewall
   * @param tags the tags of every firewall
   */
  public static ReservedIpAuditor withFirewallCoverage(
      Collection<Long> dropletIds, Collection<String> tags) {
    return new ReservedIpAuditor(dropletIds, tags);
  }

  /**
   * Audits one reserved IP.
   *
   * @return SW-RIP-001 on {@code reserved_ip/<ip>} when its droplet is not covered; else empty
   */
  @Override
  public List<Violation> audit(ReservedIp ip) {
    if (ip.droplet().isEmpty()) {
      return List.of();
    }
    ReservedIp.Droplet droplet = ip.droplet().get();
    boolean covered =
        coveredDropletIds.contains(droplet.id())
            || droplet.tags().stream().anyMatch(coveredTags::contains);
    if (covered) {
      return List.of();
    }
    return List.of(
        NetworkingRules.SW_RIP_001.violation(
            "reserved_ip/" + ip.ip(),
            "assigned to droplet "
                + droplet.name()
                + " ("
                + droplet.id()
                + ")"
                + (droplet.tags().isEmpty()
                    ? ", which has no tags"
                    : " with tags " + droplet.tags())
                + ", and no Cloud Firewall covers that droplet or its tags"));
  }
}
