package dev.seawall.cli.terraform;

import dev.seawall.kubernetes.cluster.KubernetesCluster;
import dev.seawall.kubernetes.cluster.MaintenanceDay;
import dev.seawall.kubernetes.cluster.MaintenanceWindow;
import dev.seawall.kubernetes.cluster.NodePool;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes resources of a plan → the kubernetes module's read model, with the attribute names
 * of the DigitalOcean provider's schema ({@code resource_kubernetes_cluster.go}, {@code
 * resource_kubernetes_node_pool.go}).
 *
 * <ul>
 *   <li>{@code digitalocean_kubernetes_cluster} → {@link KubernetesCluster}: {@code name}, {@code
 *       region}, {@code version}, {@code tags}, {@code vpc_uuid} (resolved through {@link
 *       PlanFacts#vpcUuid}; not set means the region's default VPC, {@link #REGION_DEFAULT_VPC}),
 *       {@code auto_upgrade} (not set: off, the API's default), {@code surge_upgrade} (the
 *       provider's default is on), {@code ha} (not set: the API chooses by version, not judged),
 *       {@code registry_integration} (default off), the {@code maintenance_policy} block ({@code
 *       day}, {@code start_time}; not set: not judged) and the {@code control_plane_firewall} block
 *       ({@code enabled}, {@code allowed_addresses}; not set: DigitalOcean creates the cluster
 *       without it), and the {@code node_pool} block ({@code name}, {@code size}, {@code
 *       node_count}, {@code auto_scale}, {@code min_nodes}, {@code max_nodes}, {@code tags});
 *   <li>{@code digitalocean_kubernetes_node_pool} (a further pool, {@code cluster_id}) → {@link
 *       NodePool} with the same attributes, through {@link #nodePool(Values)}.
 * </ul>
 *
 * Values known only after apply are not judged. Labels and taints are not read: no rule looks at
 * them.
 */
final class KubernetesMapper {
  /**
   * Stands for the VPC of a cluster whose {@code vpc_uuid} is not set: the region's default VPC,
   * which the auditor is told is a default VPC (SW-K8S-003).
   */
  static final String REGION_DEFAULT_VPC = "(the region's default VPC)";

  private KubernetesMapper() {}

  static KubernetesCluster cluster(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    String vpc = facts.vpcUuid(resource, "vpc_uuid");
    List<NodePool> pools = new ArrayList<>();
    for (Values pool : v.blocks("node_pool")) {
      pools.add(nodePool(pool));
    }
    return new KubernetesCluster(
        v.text("id"),
        v.text("name"),
        v.text("region"),
        v.text("version"),
        Optional.of(vpc.isEmpty() ? REGION_DEFAULT_VPC : vpc),
        facts.tags(resource),
        pools,
        maintenance(v),
        bool(v, "auto_upgrade", Optional.of(false)),
        bool(v, "surge_upgrade", Optional.of(true)),
        bool(v, "ha", Optional.empty()),
        bool(v, "registry_integration", Optional.of(false)),
        controlPlaneFirewall(resource),
        "",
        Optional.empty(),
        Optional.empty());
  }

  /** A {@code node_pool} block or a {@code digitalocean_kubernetes_node_pool}'s values. */
  static NodePool nodePool(Values pool) {
    return new NodePool(
        pool.text("id"),
        pool.text("name"),
        pool.text("size"),
        pool.number("node_count").orElse(0L).intValue(),
        pool.bool("auto_scale", false),
        pool.number("min_nodes").orElse(0L).intValue(),
        pool.number("max_nodes").orElse(0L).intValue(),
        pool.strings("tags"),
        Map.of(),
        List.of(),
        List.of());
  }

  /**
   * A cluster that holds only a {@code digitalocean_kubernetes_node_pool}, for its firewall
   * coverage (SW-DR-003); the cluster's own settings are judged on the cluster's resource.
   */
  static KubernetesCluster poolOnly(String clusterName, Values pool) {
    return new KubernetesCluster(
        "",
        clusterName,
        "",
        "",
        Optional.empty(),
        List.of(),
        List.of(nodePool(pool)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The name of the cluster a {@code digitalocean_kubernetes_node_pool} belongs to: the cluster of
   * the plan its {@code cluster_id} refers to or equals, else the {@code cluster_id} itself.
   */
  static String clusterName(PlanResource pool, PlanFacts facts) {
    Optional<String> byReference =
        pool.references("cluster_id").stream()
            .flatMap(ref -> facts.resource(ref).stream())
            .map(cluster -> cluster.values().text("name"))
            .filter(name -> !name.isBlank())
            .findFirst();
    Optional<String> id = pool.values().string("cluster_id").filter(c -> !c.isBlank());
    return byReference
        .or(() -> id.flatMap(facts::kubernetesClusterName))
        .or(() -> id)
        .orElse(PlanFacts.KNOWN_AFTER_APPLY);
  }

  /** A boolean attribute; {@code whenNotSet} when absent or null, empty when unknown. */
  private static Optional<Boolean> bool(Values v, String key, Optional<Boolean> whenNotSet) {
    if (v.isUnknown(key)) {
      return Optional.empty();
    }
    boolean set = v.bool(key, true) == v.bool(key, false);
    return set ? Optional.of(v.bool(key, false)) : whenNotSet;
  }

  private static Optional<MaintenanceWindow> maintenance(Values v) {
    for (Values policy : v.blocks("maintenance_policy")) {
      Optional<MaintenanceDay> day =
          policy
              .string("day")
              .flatMap(
                  d -> {
                    try {
                      return Optional.of(MaintenanceDay.valueOf(d.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                      return Optional.empty();
                    }
                  });
      Optional<LocalTime> start = policy.string("start_time").flatMap(KubernetesMapper::time);
      if (day.isPresent()) {
        return Optional.of(new MaintenanceWindow(day.get(), start.orElse(LocalTime.MIDNIGHT)));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalTime> time(String text) {
    String[] parts = text.strip().split(":");
    try {
      return Optional.of(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<KubernetesCluster.ControlPlaneFirewall> controlPlaneFirewall(
      PlanResource resource) {
    Values v = resource.values();
    List<Values> blocks = v.blocks("control_plane_firewall");
    if (blocks.isEmpty()) {
      return v.isUnknown("control_plane_firewall") && resource.configures("control_plane_firewall")
          ? Optional.empty()
          : Optional.of(new KubernetesCluster.ControlPlaneFirewall(false, List.of()));
    }
    Values firewall = blocks.get(0);
    if (firewall.isUnknown("enabled")) {
      return Optional.empty();
    }
    List<String> allowed = new ArrayList<>(firewall.strings("allowed_addresses"));
    if (firewall.isUnknown("allowed_addresses")
        || firewall.hasUnknownElements("allowed_addresses")) {
      allowed.add(PlanFacts.KNOWN_AFTER_APPLY);
    }
    return Optional.of(
        new KubernetesCluster.ControlPlaneFirewall(firewall.bool("enabled", false), allowed));
  }
}
