package dev.seawall.kubernetes.cluster;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.value.TagName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One node pool of a cluster: droplets of one size, a fixed count or an autoscaled range, with tags
 * (the node droplets carry them, so a Cloud Firewall can cover them), Kubernetes labels and taints.
 * An element of {@link KubernetesClusterSpec#nodePools()}; checked by the cluster spec's {@code
 * validate()}.
 *
 * <pre>{@code
 * NodePoolSpec workers = NodePoolSpec.builder("workers")
 *     .size("s-2vcpu-4gb")
 *     .autoscale(2, 5)
 *     .addTag("k8s-workers")
 *     .build();
 * }</pre>
 *
 * <p>Immutable. A pool's size is fixed at creation; its count, autoscale range, tags, labels and
 * taints change in place ({@code kubernetes_update_nodePool}).
 */
public final class NodePoolSpec {
  /** The smallest pool: 1 node. */
  public static final int MIN_NODES = 1;

  /** The largest pool DigitalOcean allows: 100 nodes. */
  public static final int MAX_NODES = 100;

  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

  private final String name;
  private final String size;
  private final int count;
  private final boolean autoscale;
  private final int minNodes;
  private final int maxNodes;
  private final List<String> tags;
  private final Map<String, String> labels;
  private final List<Taint> taints;

  private NodePoolSpec(Builder builder) {
    this.name = builder.name;
    this.size = builder.size;
    this.count = builder.count;
    this.autoscale = builder.autoscale;
    this.minNodes = builder.minNodes;
    this.maxNodes = builder.maxNodes;
    this.tags = List.copyOf(builder.tags);
    this.labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.labels));
    this.taints = List.copyOf(builder.taints);
  }

  /** Starts a pool named {@code name}: lower-case letters, digits and {@code -}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this pool's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(name).size(size).tags(tags).labels(labels).taints(taints);
    return autoscale ? builder.autoscale(minNodes, maxNodes) : builder.count(count);
  }

  /** The pool name, unique in the cluster. */
  public String name() {
    return name;
  }

  /** The droplet size slug of every node, e.g. {@code s-2vcpu-4gb}. */
  public String size() {
    return size;
  }

  /** The node count; with autoscaling the count the pool starts with ({@link #minNodes()}). */
  public int count() {
    return autoscale ? minNodes : count;
  }

  /** Whether the cluster autoscaler sizes the pool between {@link #minNodes()} and max. */
  public boolean autoscale() {
    return autoscale;
  }

  /** The fewest nodes with autoscaling; empty without. */
  public Optional<Integer> minNodes() {
    return autoscale ? Optional.of(minNodes) : Optional.empty();
  }

  /** The most nodes with autoscaling; empty without. */
  public Optional<Integer> maxNodes() {
    return autoscale ? Optional.of(maxNodes) : Optional.empty();
  }

  /** The tags the node droplets carry (besides DigitalOcean's own {@code k8s...} tags). */
  public List<String> tags() {
    return tags;
  }

  /** The Kubernetes labels of every node. */
  public Map<String, String> labels() {
    return labels;
  }

  /** The taints of every node. */
  public List<Taint> taints() {
    return taints;
  }

  /** Checks the pool; violations are reported on {@code checks}' resource. */
  void check(Checks checks) {
    if (!NAME.matcher(name).matches()) {
      checks.invalid("name", "a node pool name is 1 to 63 lower-case letters, digits or '-'");
    }
    if (size.isBlank()) {
      checks.invalid("size", "a node pool needs a droplet size slug, e.g. size(\"s-2vcpu-4gb\")");
    }
    if (autoscale) {
      if (minNodes < MIN_NODES || maxNodes > MAX_NODES || minNodes > maxNodes) {
        checks.invalid(
            "autoscale",
            "needs "
                + MIN_NODES
                + " <= minNodes <= maxNodes <= "
                + MAX_NODES
                + ", was "
                + minNodes
                + ".."
                + maxNodes);
      }
    } else if (count < MIN_NODES || count > MAX_NODES) {
      checks.invalid(
          "count", "must be between " + MIN_NODES + " and " + MAX_NODES + " nodes, was " + count);
    }
    for (int i = 0; i < tags.size(); i++) {
      TagName.check(checks, "tags[" + i + "]", tags.get(i));
      if (tags.get(i).startsWith("k8s")) {
        checks.invalid(
            "tags[" + i + "]", "tags starting with 'k8s' are DigitalOcean's own; choose another");
      }
    }
    labels.forEach(
        (key, value) -> {
          if (!LABEL_KEY.matcher(key).matches() || !LABEL_VALUE.matcher(value).matches()) {
            checks.invalid(
                "labels[" + key + "]",
                "is not a valid Kubernetes label (name of at most 63 letters, digits, '-', '_' or"
                    + " '.', optionally prefixed by a DNS name and '/')");
          }
        });
    for (int i = 0; i < taints.size(); i++) {
      Taint taint = taints.get(i);
      if (!LABEL_KEY.matcher(taint.key()).matches()
          || !LABEL_VALUE.matcher(taint.value()).matches()) {
        checks.invalid("taints[" + i + "]", "has a key or value Kubernetes does not accept");
      }
      if (taint.effect() == Taint.Effect.UNKNOWN) {
        checks.invalid(
            "taints[" + i + "]", "needs an effect: NoSchedule, PreferNoSchedule or NoExecute");
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodePoolSpec other
        && name.equals(other.name)
        && size.equals(other.size)
        && count() == other.count()
        && autoscale == other.autoscale
        && minNodes().equals(other.minNodes())
        && maxNodes().equals(other.maxNodes())
        && tags.equals(other.tags)
        && labels.equals(other.labels)
        && taints.equals(other.taints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, size, count(), autoscale, minNodes(), maxNodes(), tags, labels, taints);
  }

  @Override
  public String toString() {
    return "NodePoolSpec["
        + name
        + ", size="
        + size
        + (autoscale ? ", autoscale=" + minNodes + ".." + maxNodes : ", count=" + count)
        + (tags.isEmpty() ? "" : ", tags=" + tags)
        + "]";
  }

  /** Builder for {@link NodePoolSpec}; setters never throw for bad values. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private String size = "";
    private int count = 3;
    private boolean autoscale;
    private int minNodes;
    private int maxNodes;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Taint> taints = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name").strip();
    }

    /** Sets the droplet size slug (required), e.g. {@code s-2vcpu-4gb}. */
    public Builder size(String size) {
      this.size = Objects.requireNonNull(size, "size").strip();
      return this;
    }

    /**
     * Sets a fixed node count, 1..100, and turns autoscaling off. Default: 3 nodes, so that a node
     * can be drained for maintenance while the others serve.
     */
    public Builder count(int count) {
      this.count = count;
      this.autoscale = false;
      return this;
    }

    /** Lets the cluster autoscaler size the pool between {@code min} and {@code max} nodes. */
    public Builder autoscale(int min, int max) {
      this.autoscale = true;
      this.minNodes = min;
      this.maxNodes = max;
      return this;
    }

    /** Replaces the tags of the node droplets; default none. */
    public Builder tags(Collection<String> tags) {
      List<String> copy = List.copyOf(tags);
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /** Appends a tag of the node droplets, e.g. {@code k8s-workers} for a firewall to cover. */
    public Builder addTag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /** Replaces the Kubernetes labels of the nodes; default none. */
    public Builder labels(Map<String, String> labels) {
      Map<String, String> copy = Map.copyOf(labels);
      this.labels.clear();
      this.labels.putAll(new java.util.TreeMap<>(copy));
      return this;
    }

    /** Adds a Kubernetes label of the nodes. */
    public Builder putLabel(String key, String value) {
      labels.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Replaces the taints of the nodes; default none. */
    public Builder taints(Collection<Taint> taints) {
      List<Taint> copy = List.copyOf(taints);
      this.taints.clear();
      this.taints.addAll(copy);
      return this;
    }

    /** Adds a taint of the nodes. */
    public Builder addTaint(Taint taint) {
      taints.add(Objects.requireNonNull(taint, "taint"));
      return this;
    }

    /** The pool; checked when the cluster spec validates. */
    public NodePoolSpec build() {
      return new NodePoolSpec(this);
    }
  }
}
