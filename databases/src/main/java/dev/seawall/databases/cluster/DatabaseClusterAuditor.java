package dev.seawall.databases.cluster;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabasesRules;
import java.util.List;
import java.util.Set;

/**
 * Audits an existing cluster for SW-DB-003: the cluster must be in an explicit VPC. The API always
 * reports the VPC a cluster is in (DigitalOcean assigns the region's default VPC when none was
 * given), so pass the ids of the account's default VPCs ({@code GET /v2/vpcs}, {@code default:
 * true}) to {@link #withDefaultVpcs(Set)} to recognise clusters placed there. Violations are
 * reported on {@code database/<name>}.
 *
 * <p>Trusted sources are not part of a listed cluster; audit them with {@code
 * DatabaseFirewallAuditor.forCluster(cluster.name())} (package {@code
 * dev.seawall.databases.firewall}), which names the cluster the same way.
 */
public final class DatabaseClusterAuditor implements Auditor<DatabaseCluster> {
  private final Set<String> defaultVpcUuids;

  private DatabaseClusterAuditor(Set<String> defaultVpcUuids) {
    this.defaultVpcUuids = Set.copyOf(defaultVpcUuids);
  }

  /** An auditor that flags clusters without a reported VPC. */
  public static DatabaseClusterAuditor create() {
    return new DatabaseClusterAuditor(Set.of());
  }

  /**
   * An auditor that also flags clusters placed in one of the given default VPCs.
   *
   * @param defaultVpcUuids ids of the account's default VPCs (one per region)
   * @return the auditor
   */
  public static DatabaseClusterAuditor withDefaultVpcs(Set<String> defaultVpcUuids) {
    return new DatabaseClusterAuditor(defaultVpcUuids);
  }

  @Override
  public List<Violation> audit(DatabaseCluster cluster) {
    String resource = "database/" + cluster.name();
    if (cluster.privateNetworkUuid().isBlank()) {
      return List.of(
          DatabasesRules.SW_DB_003.violation(
              resource, "the cluster reports no VPC (private_network_uuid); move it into a VPC"));
    }
    if (defaultVpcUuids.contains(cluster.privateNetworkUuid())) {
      return List.of(
          DatabasesRules.SW_DB_003.violation(
              resource,
              "the cluster is in the default VPC "
                  + cluster.privateNetworkUuid()
                  + " of region "
                  + cluster.region()
                  + "; move it into a VPC of its workload"));
    }
    return List.of();
  }
}
