package dev.seawall.kubernetes.cluster.internal;

import com.squareup.moshi.Json;
import dev.seawall.kubernetes.cluster.KubernetesCluster;
import dev.seawall.kubernetes.cluster.MaintenanceDay;
import dev.seawall.kubernetes.cluster.MaintenanceWindow;
import dev.seawall.kubernetes.cluster.NodePool;
import dev.seawall.kubernetes.cluster.Taint;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A DOKS cluster exactly as the API writes it ({@code kubernetes_get_cluster}, {@code
 * kubernetes_list_clusters}), with its nested objects.
 *
 * @param id the UUID
 * @param name the name
 * @param region the region slug
 * @param version the version slug
 * @param vpcUuid the VPC
 * @param tags the tags
 * @param nodePools the node pools
 * @param maintenancePolicy the maintenance policy
 * @param autoUpgrade auto_upgrade
 * @param surgeUpgrade surge_upgrade
 * @param ha ha
 * @param registryEnabled registry_enabled
 * @param controlPlaneFirewall control_plane_firewall
 * @param status the status object
 * @param endpoint the API endpoint
 * @param createdAt the creation time
 */
public record KubernetesClusterWire(
    String id,
    String name,
    String region,
    String version,
    @Json(name = "vpc_uuid") Optional<String> vpcUuid,
    List<String> tags,
    @Json(name = "node_pools") List<NodePoolWire> nodePools,
    @Json(name = "maintenance_policy") Optional<MaintenancePolicy> maintenancePolicy,
    @Json(name = "auto_upgrade") Optional<Boolean> autoUpgrade,
    @Json(name = "surge_upgrade") Optional<Boolean> surgeUpgrade,
    Optional<Boolean> ha,
    @Json(name = "registry_enabled") Optional<Boolean> registryEnabled,
    @Json(name = "control_plane_firewall") Optional<ControlPlaneFirewall> controlPlaneFirewall,
    Optional<Status> status,
    Optional<String> endpoint,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /** The read model. */
  public KubernetesCluster toModel() {
    return new KubernetesCluster(
        id,
        name,
        region,
        version,
        vpcUuid.filter(v -> !v.isBlank()),
        tags,
        nodePools.stream().map(NodePoolWire::toModel).toList(),
        maintenancePolicy.flatMap(MaintenancePolicy::toModel),
        autoUpgrade,
        surgeUpgrade,
        ha,
        registryEnabled,
        controlPlaneFirewall.map(
            f -> new KubernetesCluster.ControlPlaneFirewall(f.enabled(), f.allowedAddresses())),
        status.map(Status::state).orElse(""),
        endpoint.filter(e -> !e.isBlank()),
        createdAt);
  }

  /**
   * {@code maintenance_policy}.
   *
   * @param startTime {@code HH:MM} in UTC
   * @param day the day, lower case
   */
  public record MaintenancePolicy(@Json(name = "start_time") String startTime, String day) {
    /** The window, empty when the API wrote something Seawall cannot read. */
    Optional<MaintenanceWindow> toModel() {
      try {
        MaintenanceDay d = MaintenanceDay.valueOf(day.toUpperCase(Locale.ROOT));
        String[] parts = startTime.split(":");
        return Optional.of(
            new MaintenanceWindow(
                d, LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]))));
      } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * {@code control_plane_firewall}.
   *
   * @param enabled whether it is on
   * @param allowedAddresses the allow-list
   */
  public record ControlPlaneFirewall(
      boolean enabled, @Json(name = "allowed_addresses") List<String> allowedAddresses) {}

  /**
   * {@code status}.
   *
   * @param state the state
   * @param message a message
   */
  public record Status(String state, String message) {}

  /**
   * A node pool as the API writes it.
   *
   * @param id the UUID
   * @param name the name
   * @param size the size slug
   * @param count the count
   * @param autoScale auto_scale
   * @param minNodes min_nodes
   * @param maxNodes max_nodes
   * @param tags the tags
   * @param labels the labels ({@code null} reads as empty)
   * @param taints the taints
   * @param nodes the nodes
   */
  public record NodePoolWire(
      String id,
      String name,
      String size,
      int count,
      @Json(name = "auto_scale") boolean autoScale,
      @Json(name = "min_nodes") int minNodes,
      @Json(name = "max_nodes") int maxNodes,
      List<String> tags,
      Map<String, String> labels,
      List<TaintWire> taints,
      List<NodeWire> nodes) {

    /** The read model. */
    public NodePool toModel() {
      return new NodePool(
          id,
          name,
          size,
          count,
          autoScale,
          minNodes,
          maxNodes,
          tags,
          labels,
          taints.stream().map(TaintWire::toModel).toList(),
          nodes.stream().map(NodeWire::toModel).toList());
    }
  }

  /**
   * A taint as the API writes it.
   *
   * @param key the key
   * @param value the value
   * @param effect the effect
   */
  public record TaintWire(String key, String value, String effect) {
    Taint toModel() {
      Taint.Effect e;
      try {
        e = Taint.Effect.valueOf(effect);
      } catch (IllegalArgumentException unknown) {
        e = Taint.Effect.UNKNOWN;
      }
      return new Taint(key, value, e);
    }
  }

  /**
   * A node as the API writes it.
   *
   * @param id the UUID
   * @param name the name
   * @param status the status
   * @param dropletId the droplet id
   */
  public record NodeWire(
      String id,
      String name,
      Optional<Status> status,
      @Json(name = "droplet_id") String dropletId) {
    NodePool.Node toModel() {
      return new NodePool.Node(
          id,
          name,
          status.map(Status::state).orElse(""),
          dropletId.isBlank() ? Optional.empty() : Optional.of(dropletId));
    }
  }
}
