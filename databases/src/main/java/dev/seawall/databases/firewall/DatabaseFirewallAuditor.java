package dev.seawall.databases.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabasesRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Audits the trusted sources of an existing cluster: SW-DB-001 when there are none (the cluster
 * accepts connections from anywhere), SW-DB-002 for each internet-wide {@code ip_addr} rule ({@link
 * Cidr#isInternetWide()}, as for {@link TrustedSourceSpec}; a range the API returns with host bits
 * set is read as its network). Violations are reported on the cluster by name, as {@code
 * DatabaseClusterAuditor} reports it: {@code database/<name>.trustedSources} and {@code
 * database/<name>.trustedSources[i]}, so one cluster has one name in a report.
 *
 * <pre>{@code
 * for (DatabaseCluster cluster : Databases.clusters(client).listAll().toList()) {
 *   DatabaseFirewall firewall = Databases.trustedSources(client).get(cluster.id());
 *   report.addAll(DatabaseFirewallAuditor.forCluster(cluster.name()).audit(firewall));
 * }
 * }</pre>
 *
 * <p>A read model carries no justifications: a range accepted through an opt-out is reported too.
 * Immutable and thread-safe.
 */
public final class DatabaseFirewallAuditor implements Auditor<DatabaseFirewall> {
  private final String clusterName;

  private DatabaseFirewallAuditor(String clusterName) {
    this.clusterName = clusterName;
  }

  /**
   * The auditor of one cluster's trusted sources.
   *
   * @param clusterName the cluster's name ({@code DatabaseCluster.name()}), which names it in the
   *     violations
   * @return the auditor
   * @throws IllegalArgumentException if the name is blank
   */
  public static DatabaseFirewallAuditor forCluster(String clusterName) {
    if (Objects.requireNonNull(clusterName, "clusterName").isBlank()) {
      throw new IllegalArgumentException("a database firewall is audited for a named cluster");
    }
    return new DatabaseFirewallAuditor(clusterName);
  }

  /**
   * Audits the trusted sources of the cluster this auditor was made for.
   *
   * @param firewall the cluster's trusted sources, from {@code TrustedSourceService.get(id)}
   * @return SW-DB-001, then SW-DB-002 per internet-wide rule; empty if the sources pass
   */
  @Override
  public List<Violation> audit(DatabaseFirewall firewall) {
    String resource = "database/" + clusterName + ".trustedSources";
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
