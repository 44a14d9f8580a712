package dev.seawall.databases;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.cluster.DatabaseClusterAuditor;
import dev.seawall.databases.firewall.DatabaseFirewallAuditor;
import dev.seawall.databases.firewall.TrustedSourceService;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The account audit of the databases module: each managed database cluster with its trusted
 * sources, against SW-DB-001 (no trusted sources), SW-DB-002 (an internet-wide trusted source) and
 * SW-DB-003 (outside an explicit VPC, the regions' default VPCs included), reported as one resource
 * {@code database/<name>}. Lists with {@code databases_list_clusters} and reads each cluster's
 * firewall with {@code databases_list_firewall_rules} (scope {@code database:read}); sends nothing
 * else, and never reads credentials, users or the CA.
 *
 * <p>It needs {@link AuditFact#DEFAULT_VPC_IDS}, which the networking module's source publishes.
 * SW-DB-004 and SW-DB-005 concern connection settings and user permissions, which the audit does
 * not read. Registered in {@code META-INF/services/dev.seawall.core.audit.AuditSource}.
 */
public final class DatabasesAudit implements AuditSource {

  /** Called by {@link java.util.ServiceLoader}. */
  public DatabasesAudit() {}

  @Override
  public String area() {
    return "databases";
  }

  @Override
  public List<Operation> readOperations() {
    return List.of(
        DatabasesOperations.DATABASES_LIST_CLUSTERS,
        DatabasesOperations.DATABASES_LIST_FIREWALL_RULES);
  }

  @Override
  public Set<AuditFact> needs() {
    return Set.of(AuditFact.DEFAULT_VPC_IDS);
  }

  @Override
  public void audit(AuditContext context) {
    DatabaseClusterAuditor clusters =
        DatabaseClusterAuditor.withDefaultVpcs(context.fact(AuditFact.DEFAULT_VPC_IDS));
    TrustedSourceService trustedSources = Databases.trustedSources(context.client());
    context.each(
        "database",
        Databases.clusters(context.client()).listAll(),
        cluster -> {
          List<Violation> found =
              Stream.concat(
                      clusters.audit(cluster).stream(),
                      DatabaseFirewallAuditor.forCluster(cluster.name())
                          .audit(trustedSources.get(cluster.id()))
                          .stream())
                  .toList();
          context.report(new AuditedResource("database", cluster.name(), cluster.id()), found);
        });
  }
}
