package dev.seawall.cli.terraform;

import dev.seawall.compute.droplet.DropletAuditor;
import dev.seawall.kubernetes.cluster.KubernetesClusterAuditor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one resource of a plan needs to know about the others: the default VPCs, which VPC an
 * attribute names, the tags a resource carries, which droplets the plan's Cloud Firewalls cover and
 * which database clusters have a database firewall. A value known only after apply is resolved
 * through the configuration's references (a droplet whose {@code vpc_uuid} is {@code
 * digitalocean_vpc.main.id} is in that VPC), never read as missing.
 */
final class PlanFacts {
  /** Stands for a value the configuration sets but Terraform knows only after apply. */
  static final String KNOWN_AFTER_APPLY = "(known after apply)";

  private final Map<String, PlanResource> byKey = new LinkedHashMap<>();
  private final Set<String> defaultVpcIds = new HashSet<>();
  private final Set<Long> firewallDropletIds = new HashSet<>();
  private final Set<String> firewallTags = new HashSet<>();
  private final Set<String> firewallReferences = new HashSet<>();
  private final Set<String> databaseFirewallClusters = new HashSet<>();

  private PlanFacts(List<PlanResource> resources) {
    resources.forEach(r -> byKey.putIfAbsent(r.key(), r));
    for (PlanResource r : resources) {
      switch (r.type()) {
        case "digitalocean_vpc" -> {
          if (r.values().bool("default", false)) {
            r.values().string("id").ifPresent(defaultVpcIds::add);
          }
        }
        case "digitalocean_firewall" -> {
          firewallDropletIds.addAll(r.values().numbers("droplet_ids"));
          firewallTags.addAll(tags(r));
          firewallReferences.addAll(r.references("droplet_ids"));
          firewallReferences.addAll(r.references("tags"));
        }
        case "digitalocean_database_firewall" -> {
          r.values().string("cluster_id").ifPresent(databaseFirewallClusters::add);
          databaseFirewallClusters.addAll(r.references("cluster_id"));
        }
        default -> {}
      }
    }
  }

  /** The facts of a plan's resources. */
  static PlanFacts of(List<PlanResource> resources) {
    return new PlanFacts(resources);
  }

  /** The ids of the plan's VPCs that are a region's default VPC (known from a state). */
  Set<String> defaultVpcIds() {
    return Set.copyOf(defaultVpcIds);
  }

  /**
   * The VPC a resource's attribute names: its value; the id (or, unknown until apply, the key) of
   * the {@code digitalocean_vpc} the configuration refers to; {@link #KNOWN_AFTER_APPLY} for any
   * other value set by the configuration but unknown until apply; empty when it is not set (the
   * resource lands in the region's default VPC).
   */
  String vpcUuid(PlanResource resource, String attribute) {
    Optional<String> known = resource.values().string(attribute).filter(v -> !v.isBlank());
    if (known.isPresent()) {
      return known.get();
    }
    for (String ref : resource.references(attribute)) {
      PlanResource vpc = byKey.get(ref);
      if (vpc != null && vpc.type().equals("digitalocean_vpc")) {
        return vpc.values().string("id").orElse(ref);
      }
    }
    return resource.values().isUnknown(attribute) && resource.configures(attribute)
        ? KNOWN_AFTER_APPLY
        : "";
  }

  /**
   * The tags of a resource: the known values of {@code tags}, and the names of the {@code
   * digitalocean_tag} resources it refers to whose id is known only after apply.
   */
  List<String> tags(PlanResource resource) {
    List<String> tags = new ArrayList<>(resource.values().strings("tags"));
    for (String ref : resource.references("tags")) {
      PlanResource tag = byKey.get(ref);
      if (tag != null) {
        tag.values().string("name").filter(n -> !tags.contains(n)).ifPresent(tags::add);
      }
    }
    return tags;
  }

  /** The droplet id of a droplet, 0 when it is created by the plan (known after apply). */
  static long dropletId(PlanResource droplet) {
    return droplet.values().number("id").orElse(0L);
  }

  /**
   * The droplet auditor for one droplet, with the default VPCs and the coverage of the plan's
   * firewalls: their {@code droplet_ids} and {@code tags}, and, for values known only after apply,
   * the droplet or tag resources their configuration refers to.
   */
  DropletAuditor dropletAuditor(PlanResource droplet) {
    Set<Long> ids = new HashSet<>(firewallDropletIds);
    boolean byReference =
        firewallReferences.contains(droplet.key())
            || droplet.references("tags").stream().anyMatch(firewallReferences::contains);
    if (byReference) {
      ids.add(dropletId(droplet));
    }
    return DropletAuditor.builder()
        .defaultVpcUuids(defaultVpcIds)
        .firewallCoverage(ids, firewallTags)
        .build();
  }

  /**
   * The auditor of the plan's Kubernetes clusters: the default VPCs (and {@link
   * KubernetesMapper#REGION_DEFAULT_VPC} for a cluster without {@code vpc_uuid}) and the coverage
   * of the plan's firewalls, by tag (node pools are droplets: SW-DR-003 for each pool no firewall
   * covers by one of the tags its nodes carry). Firewalls outside the plan are not considered, as
   * for droplets.
   */
  KubernetesClusterAuditor kubernetesAuditor() {
    Set<String> defaults = new HashSet<>(defaultVpcIds);
    defaults.add(KubernetesMapper.REGION_DEFAULT_VPC);
    return new KubernetesClusterAuditor()
        .withDefaultVpcs(defaults)
        .withFirewallCoverage(
            firewallTags, firewallDropletIds.stream().map(String::valueOf).toList());
  }

  /** The name of the plan's Kubernetes cluster with this id, if the plan has it. */
  Optional<String> kubernetesClusterName(String clusterId) {
    return byKey.values().stream()
        .filter(r -> r.type().equals("digitalocean_kubernetes_cluster"))
        .filter(r -> r.values().string("id").filter(clusterId::equals).isPresent())
        .map(r -> r.values().text("name"))
        .findFirst();
  }

  /** Whether a {@code digitalocean_database_firewall} of the plan names this cluster. */
  boolean hasDatabaseFirewall(PlanResource cluster) {
    return databaseFirewallClusters.contains(cluster.key())
        || cluster.values().string("id").filter(databaseFirewallClusters::contains).isPresent();
  }

  /** The name of the plan's database cluster with this id, if the plan has it. */
  Optional<String> databaseClusterName(String clusterId) {
    return byKey.values().stream()
        .filter(r -> r.type().equals("digitalocean_database_cluster"))
        .filter(r -> r.values().string("id").filter(clusterId::equals).isPresent())
        .map(r -> r.values().text("name"))
        .findFirst();
  }

  /** The resource with this key ({@link PlanResource#key()}), if the plan has it. */
  Optional<PlanResource> resource(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
