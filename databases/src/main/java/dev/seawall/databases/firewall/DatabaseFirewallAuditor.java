package dev.seawall.databases.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabasesRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Audits the trusted sources of an existing cluster: SW-DB-001 when there are none (the cluster
 * accepts connections from anywhere), SW-DB-002 for each internet-wide {@code ip_addr} rule ({@link
 * Cidr#isInternetWide()}, as for {@link TrustedSourceSpec}; a range the API returns with host bits
 * set is read as its network). Violations are reported on {@code
 * database/<clusterUuid>.trustedSources} and {@code database/<clusterUuid>.trustedSources[i]}.
 *
 * <p>A read model carries no justifications: a range accepted through an opt-out is reported too.
 */
public final class DatabaseFirewallAuditor implements Auditor<DatabaseFirewall> {

  /** Creates the auditor. */
  public DatabaseFirewallAuditor() {}

  @Override
  public List<Violation> audit(DatabaseFirewall firewall) {
    String resource = "database/" + firewall.clusterUuid() + ".trustedSources";
    List<Violation> found = new ArrayList<>();
    if (firewall.rules().isEmpty()) {
      found.add(
          DatabasesRules.SW_DB_001.violation(
              resource,
              "the cluster has no trusted sources and accepts connections from any address;"
                  + " add a tag, droplet, Kubernetes cluster, app or narrow CIDR"));
    }
    List<TrustedSource> rules = firewall.rules();
    for (int i = 0; i < rules.size(); i++) {
      TrustedSource rule = rules.get(i);
      if (rule.type() != TrustedSourceType.IP_ADDR) {
        continue;
      }
      Cidr range;
      try {
        range = Cidr.parseLenient(rule.value());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (range.isInternetWide()) {
        found.add(
            DatabasesRules.SW_DB_002.violation(
                resource + "[" + i + "]",
                "trusted source "
                    + range.toCompactString()
                    + " is an internet-wide range; replace it with tags, droplets or narrow"
                    + " CIDRs"));
      }
    }
    return List.copyOf(found);
  }
}
