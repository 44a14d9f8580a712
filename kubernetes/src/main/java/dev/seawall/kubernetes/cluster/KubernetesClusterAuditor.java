package dev.seawall.kubernetes.cluster;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.kubernetes.KubernetesRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Audits existing clusters against the rules {@link KubernetesClusterSpec} enforces: SW-K8S-001 to
 * SW-K8S-008 on what the API reports (a field it did not report is not judged), and, when the
 * firewalls' coverage is known, SW-DR-003 for each node pool: its nodes are droplets, covered when
 * a Cloud Firewall applies to one of the tags every node carries (the pool's tags, {@code k8s},
 * {@code k8s:<cluster id>}, {@code k8s:worker}) or to one of its droplets. Violations name {@code
 * kubernetes_cluster/<name>}. Immutable and thread-safe.
 */
public final class KubernetesClusterAuditor implements Auditor<KubernetesCluster> {
  private final Set<String> defaultVpcUuids;
  private final @Nullable Set<String> firewallTags;
  private final Set<String> firewallDropletIds;

  private KubernetesClusterAuditor(
      Set<String> defaultVpcUuids,
      @Nullable Set<String> firewallTags,
      Set<String> firewallDropletIds) {
    this.defaultVpcUuids = Set.copyOf(defaultVpcUuids);
    this.firewallTags = firewallTags == null ? null : Set.copyOf(firewallTags);
    this.firewallDropletIds = Set.copyOf(firewallDropletIds);
  }

  /** An auditor that knows no default VPCs and does not check firewall coverage. */
  public KubernetesClusterAuditor() {
    this(Set.of(), null, Set.of());
  }

  /**
   * An auditor that also flags clusters in these default VPCs (SW-K8S-003).
   *
   * @param defaultVpcUuids the ids of the account's default VPCs
   */
  public KubernetesClusterAuditor withDefaultVpcs(Collection<String> defaultVpcUuids) {
    return new KubernetesClusterAuditor(
        Set.copyOf(defaultVpcUuids), firewallTags, firewallDropletIds);
  }

  /**
   * An auditor that also checks that a Cloud Firewall covers every node pool (SW-DR-003).
   *
   * @param tags the tags some Cloud Firewall applies to
   * @param dropletIds the droplet ids (decimal) some Cloud Firewall applies to
   */
  public KubernetesClusterAuditor withFirewallCoverage(
      Collection<String> tags, Collection<String> dropletIds) {
    return new KubernetesClusterAuditor(defaultVpcUuids, Set.copyOf(tags), Set.copyOf(dropletIds));
  }

  @Override
  public List<Violation> audit(KubernetesCluster cluster) {
    String label = "kubernetes_cluster/" + cluster.name();
    List<Violation> found = new ArrayList<>();
    if (cluster.autoUpgrade().equals(java.util.Optional.of(false))) {
      found.add(KubernetesRules.SW_K8S_001.violation(label, "auto_upgrade is off"));
    }
    if (cluster.surgeUpgrade().equals(java.util.Optional.of(false))) {
      found.add(KubernetesRules.SW_K8S_002.violation(label, "surge_upgrade is off"));
    }
    if (cluster.vpcUuid().isPresent() && defaultVpcUuids.contains(cluster.vpcUuid().get())) {
      found.add(
          KubernetesRules.SW_K8S_003.violation(
              label,
              "the cluster's nodes are in the default VPC of "
                  + cluster.region()
                  + ", shared with every resource created there without a VPC"));
    }
    cluster
        .controlPlaneFirewall()
        .ifPresent(
            firewall -> {
              if (!firewall.enabled() || firewall.allowedAddresses().isEmpty()) {
                found.add(
                    KubernetesRules.SW_K8S_004.violation(
                        label + ".controlPlaneFirewall",
                        firewall.enabled()
                            ? "the control-plane firewall allows no address list"
                            : "the control-plane firewall is disabled: the Kubernetes API answers"
                                + " every address"));
              } else {
                List<String> allowed = firewall.allowedAddresses();
                for (int i = 0; i < allowed.size(); i++) {
                  if (internetWide(allowed.get(i))) {
                    found.add(
                        KubernetesRules.SW_K8S_005.violation(
                            label + ".controlPlaneFirewall.allowedAddresses[" + i + "]",
                            allowed.get(i) + " lets the whole internet reach the Kubernetes API"));
                  }
                }
              }
            });
    if (cluster.ha().equals(java.util.Optional.of(false))) {
      found.add(
          KubernetesRules.SW_K8S_006.violation(label, "the control plane is not highly available"));
    }
    cluster
        .maintenanceWindow()
        .filter(w -> w.day() == MaintenanceDay.ANY)
        .ifPresent(
            w ->
                found.add(
                    KubernetesRules.SW_K8S_007.violation(
                        label + ".maintenancePolicy",
                        "maintenance may start on any day (" + w + ")")));
    if (cluster.registryEnabled().equals(java.util.Optional.of(true))) {
      found.add(
          KubernetesRules.SW_K8S_008.violation(
              label, "the container registry is integrated: every namespace holds its credential"));
    }
    if (firewallTags != null) {
      for (NodePool pool : cluster.nodePools()) {
        List<String> tags = new ArrayList<>(pool.tags());
        tags.add("k8s");
        tags.add("k8s:worker");
        tags.add(cluster.clusterTag());
        boolean covered =
            !Collections.disjoint(firewallTags, tags)
                || pool.dropletIds().stream().anyMatch(firewallDropletIds::contains);
        if (!covered) {
          found.add(
              CoreRules.SW_DR_003.violation(
                  label + ".nodePools[" + pool.name() + "]",
                  "no Cloud Firewall covers the nodes of pool "
                      + pool.name()
                      + " (their tags: "
                      + new java.util.TreeSet<>(tags)
                      + "); DigitalOcean's own k8s-"
                      + cluster.id()
                      + "-worker firewall is missing: add a firewall for tag "
                      + cluster.clusterTag()));
        }
      }
    }
    return List.copyOf(found);
  }

  private static boolean internetWide(String address) {
    try {
      return Cidr.parseLenient(address).isInternetWide();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
