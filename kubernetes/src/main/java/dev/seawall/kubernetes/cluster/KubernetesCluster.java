package dev.seawall.kubernetes.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A DOKS cluster as the API reports it (read model): the answer of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/kubernetes_get_cluster">kubernetes_get_cluster</a>
 * and {@code kubernetes_list_clusters}. A field the API did not return is empty: unknown, never a
 * change in a diff.
 *
 * @param id the cluster's UUID
 * @param name the name, unique in the account
 * @param region the region slug
 * @param version the version slug, e.g. {@code 1.31.1-do.0}
 * @param vpcUuid the VPC of the nodes
 * @param tags the cluster's tags, DigitalOcean's {@code k8s} and {@code k8s:<id>} included
 * @param nodePools the node pools
 * @param maintenanceWindow the maintenance window
 * @param autoUpgrade whether patch releases are applied automatically
 * @param surgeUpgrade whether upgrades add nodes before draining old ones
 * @param ha whether the control plane is highly available
 * @param registryEnabled whether the container registry is integrated
 * @param controlPlaneFirewall the control-plane firewall
 * @param state {@code running}, {@code provisioning}, {@code degraded}, {@code error}, {@code
 *     upgrading}, {@code deleting} or {@code deleted}
 * @param endpoint the Kubernetes API's URL
 * @param createdAt when the cluster was created
 */
public record KubernetesCluster(
    String id,
    String name,
    String region,
    String version,
    Optional<String> vpcUuid,
    List<String> tags,
    List<NodePool> nodePools,
    Optional<MaintenanceWindow> maintenanceWindow,
    Optional<Boolean> autoUpgrade,
    Optional<Boolean> surgeUpgrade,
    Optional<Boolean> ha,
    Optional<Boolean> registryEnabled,
    Optional<ControlPlaneFirewall> controlPlaneFirewall,
    String state,
    Optional<String> endpoint,
    Optional<Instant> createdAt) {

  /** Validates and copies the components. */
  public KubernetesCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vpcUuid, "vpcUuid");
    tags = List.copyOf(tags);
    nodePools = List.copyOf(nodePools);
    Objects.requireNonNull(maintenanceWindow, "maintenanceWindow");
    Objects.requireNonNull(autoUpgrade, "autoUpgrade");
    Objects.requireNonNull(surgeUpgrade, "surgeUpgrade");
    Objects.requireNonNull(ha, "ha");
    Objects.requireNonNull(registryEnabled, "registryEnabled");
    Objects.requireNonNull(controlPlaneFirewall, "controlPlaneFirewall");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The tag DigitalOcean puts on the cluster and on every node: {@code k8s:<id>}. */
  public String clusterTag() {
    return "k8s:" + id;
  }

  /** The node pool with this name, if any. */
  public Optional<NodePool> nodePool(String name) {
    return nodePools.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The control-plane firewall as the API reports it.
   *
   * @param enabled whether it is on
   * @param allowedAddresses the addresses allowed to reach the Kubernetes API, as written
   */
  public record ControlPlaneFirewall(boolean enabled, List<String> allowedAddresses) {
    /** Copies the components. */
    public ControlPlaneFirewall {
      allowedAddresses = List.copyOf(allowedAddresses);
    }
  }
}
