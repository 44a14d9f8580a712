package dev.seawall.kubernetes.cluster;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node pool as the API reports it (read model), part of {@link KubernetesCluster} and the answer
 * of {@code kubernetes_list_nodePools}.
 *
 * @param id the pool's UUID
 * @param name the pool name, unique in the cluster
 * @param size the droplet size slug of its nodes
 * @param count the node count now
 * @param autoScale whether the cluster autoscaler sizes it
 * @param minNodes the fewest nodes with autoscaling (0 without)
 * @param maxNodes the most nodes with autoscaling (0 without)
 * @param tags every tag of the node droplets, DigitalOcean's {@code k8s...} tags included
 * @param labels the Kubernetes labels of the nodes
 * @param taints the taints of the nodes
 * @param nodes the nodes
 */
public record NodePool(
    String id,
    String name,
    String size,
    int count,
    boolean autoScale,
    int minNodes,
    int maxNodes,
    List<String> tags,
    Map<String, String> labels,
    List<Taint> taints,
    List<Node> nodes) {

  /** Validates and copies the components. */
  public NodePool {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(size, "size");
    tags = List.copyOf(tags);
    labels = Map.copyOf(labels);
    taints = List.copyOf(taints);
    nodes = List.copyOf(nodes);
  }

  /**
   * Whether a tag is one DigitalOcean puts on every node itself: {@code k8s}, {@code k8s:worker},
   * {@code k8s-worker} or {@code k8s:<cluster id>}.
   */
  public static boolean isDigitalOceanTag(String tag) {
    return tag.equals("k8s") || tag.startsWith("k8s:") || tag.equals("k8s-worker");
  }

  /** The tags a spec manages: {@link #tags()} without DigitalOcean's own. */
  public Set<String> userTags() {
    TreeSet<String> own = new TreeSet<>();
    tags.stream().filter(t -> !isDigitalOceanTag(t)).forEach(own::add);
    return own;
  }

  /** The droplet ids of the nodes that report one. */
  public List<String> dropletIds() {
    return nodes.stream().map(Node::dropletId).flatMap(Optional::stream).toList();
  }

  /**
   * One node (a droplet) of a pool.
   *
   * @param id the node's UUID
   * @param name the node name
   * @param state {@code provisioning}, {@code running}, {@code draining} or {@code deleting}
   * @param dropletId the droplet's id, once it has one
   */
  public record Node(String id, String name, String state, Optional<String> dropletId) {
    /** Validates the components. */
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(dropletId, "dropletId");
    }
  }
}
