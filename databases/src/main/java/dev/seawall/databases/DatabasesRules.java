package dev.seawall.databases;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the databases module (managed databases). The spec builders of this module
 * refuse what they describe (opt-outs take a {@code Justification}) and its auditors flag it on
 * read models. Ids are stable. {@link DatabasesCatalog} registers them in the {@link
 * dev.seawall.core.policy.Catalog}.
 */
public final class DatabasesRules {
  private DatabasesRules() {}

  /** SW-DB-001: Database without trusted sources. */
  public static final Rule SW_DB_001 =
      new Rule(
              "SW-DB-001",
              "DatabaseWithoutTrustedSources",
              Severity.ERROR,
              "Database without trusted sources",
              "A cluster without trusted sources accepts connections from the whole internet.",
              "Add at least one trusted source (droplet, tag, Kubernetes cluster, app or CIDR) in the create request.",
              List.of("db-firewall-configured"))
          .withAuditRemediation(
              "Give the cluster trusted sources (tags, droplets, Kubernetes clusters, apps or narrow CIDRs) with Databases.trustedSources(client).replace(clusterId, sources), or converge the whole cluster with Databases.clusters(client).apply(spec).");

  /** SW-DB-002: Trusted source is an internet-wide address range. */
  public static final Rule SW_DB_002 =
      new Rule(
              "SW-DB-002",
              "InternetWideTrustedSource",
              Severity.ERROR,
              "Trusted source is an internet-wide address range",
              "A trusted source such as 0.0.0.0/0 disables the database firewall.",
              "Trust specific droplets, tags or narrow CIDRs; if needed use allowWideRange(cidr, Justification).",
              List.of())
          .withAuditRemediation(
              "Add the tags, droplets or narrow CIDRs that need access with Databases.trustedSources(client).add(clusterId, source), then drop the internet-wide range with remove(clusterId, TrustedSourceType.IP_ADDR, range); or converge the cluster with Databases.clusters(client).apply(spec).");

  /** SW-DB-003: Database outside an explicit VPC. */
  public static final Rule SW_DB_003 =
      new Rule(
              "SW-DB-003",
              "DatabaseOutsideVpc",
              Severity.ERROR,
              "Database outside an explicit VPC",
              "A cluster outside the workload's VPC is reached over a shared network.",
              "Set privateNetworkUuid; if needed use inDefaultVpc(Justification).",
              List.of())
          .withAuditRemediation(
              "A cluster's VPC is fixed at creation: create a replacement under another name with privateNetworkUuid set to the workload's VPC through Databases.clusters(client).apply(spec), migrate the data and the clients to it, then delete the old cluster with Databases.clusters(client).delete(id).");

  /** SW-DB-004: Connection settings that do not verify the server. */
  public static final Rule SW_DB_004 =
      new Rule(
          "SW-DB-004",
          "UnverifiedDatabaseConnection",
          Severity.ERROR,
          "Connection settings that do not verify the server",
          "Without verify-full and the cluster CA, a man in the middle can read every query and credential.",
          "Use ConnectionSettings with the cluster CA (verify-full); if needed use withoutVerification(Justification).",
          List.of());

  /** SW-DB-005: Database user with more than least privilege. */
  public static final Rule SW_DB_005 =
      new Rule(
          "SW-DB-005",
          Severity.ERROR,
          "Database user with more than least privilege",
          "Administrative ACLs, replication rights and legacy password hashing give a leaked"
              + " application credential far more reach than the application needs.",
          "Grant read-only or topic/index-scoped permissions and keep caching_sha2_password; if"
              + " needed use allowAdminPermissions, allowReplication or allowMysqlNativePassword"
              + " with a Justification.",
          List.of());
}
