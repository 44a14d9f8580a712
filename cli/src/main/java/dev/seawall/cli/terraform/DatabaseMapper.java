package dev.seawall.cli.terraform;

import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.cluster.DatabaseClusterStatus;
import dev.seawall.databases.firewall.DatabaseFirewall;
import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.firewall.TrustedSourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database resources of a plan → database read models.
 *
 * <ul>
 *   <li>{@code digitalocean_database_cluster} → {@link DatabaseCluster}: {@code name}, {@code
 *       engine}, {@code version}, {@code size}, {@code region}, {@code node_count}, {@code tags},
 *       {@code private_network_uuid} (resolved through {@link PlanFacts#vpcUuid});
 *   <li>{@code digitalocean_database_firewall} → {@link DatabaseFirewall}: {@code cluster_id} and
 *       the {@code rule} blocks ({@code type}, {@code value}).
 * </ul>
 *
 * Both are named by the cluster's name in findings ({@code database/<name>}), as {@code
 * DatabaseFirewallAuditor.forCluster(name)} does; a cluster the plan creates has no id yet, and its
 * name stands in for it in {@link DatabaseFirewall#clusterUuid()}.
 */
final class DatabaseMapper {
  private DatabaseMapper() {}

  static DatabaseCluster cluster(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    return new DatabaseCluster(
        v.text("id"),
        v.text("name"),
        DatabaseEngine.fromSlug(v.text("engine")).orElse(DatabaseEngine.UNKNOWN),
        v.text("version"),
        "",
        v.number("node_count").orElse(0L).intValue(),
        v.text("size"),
        v.text("region"),
        DatabaseClusterStatus.UNKNOWN,
        Optional.empty(),
        facts.vpcUuid(resource, "private_network_uuid"),
        Optional.of(facts.tags(resource)),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        v.text("project_id"),
        0,
        Optional.empty());
  }

  /** The cluster's id in finding names: its id, or its name until apply. */
  static String clusterUuid(PlanResource cluster) {
    return cluster
        .values()
        .string("id")
        .filter(id -> !id.isBlank())
        .orElse(cluster.values().text("name"));
  }

  /** The firewall of a cluster that has none in the plan: no trusted sources. */
  static DatabaseFirewall noFirewall(PlanResource cluster) {
    return new DatabaseFirewall(clusterUuid(cluster), List.of());
  }

  /**
   * The name of the cluster a {@code digitalocean_database_firewall} names: the cluster of the plan
   * its {@code cluster_id} refers to or equals, else the {@code cluster_id} itself.
   */
  static String clusterName(PlanResource firewall, PlanFacts facts) {
    Optional<String> byReference =
        firewall.references("cluster_id").stream()
            .flatMap(ref -> facts.resource(ref).stream())
            .map(cluster -> cluster.values().text("name"))
            .filter(name -> !name.isBlank())
            .findFirst();
    Optional<String> id = firewall.values().string("cluster_id").filter(c -> !c.isBlank());
    return byReference
        .or(() -> id.flatMap(facts::databaseClusterName))
        .or(() -> id)
        .orElse(PlanFacts.KNOWN_AFTER_APPLY);
  }

  static DatabaseFirewall firewall(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    String cluster =
        v.string("cluster_id")
            .filter(id -> !id.isBlank())
            .or(
                () ->
                    resource.references("cluster_id").stream()
                        .flatMap(ref -> facts.resource(ref).stream())
                        .map(DatabaseMapper::clusterUuid)
                        .findFirst())
            .orElse(PlanFacts.KNOWN_AFTER_APPLY);
    List<TrustedSource> rules = new ArrayList<>();
    for (Values rule : v.blocks("rule")) {
      rules.add(
          new TrustedSource(
              rule.text("uuid"),
              cluster,
              type(rule.text("type")),
              rule.text("value"),
              "",
              Optional.empty()));
    }
    return new DatabaseFirewall(cluster, rules);
  }

  private static TrustedSourceType type(String text) {
    for (TrustedSourceType t : TrustedSourceType.values()) {
      if (t != TrustedSourceType.UNKNOWN && t.apiValue().equals(text)) {
        return t;
      }
    }
    return TrustedSourceType.UNKNOWN;
  }
}
