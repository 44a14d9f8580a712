package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Where the traffic of an {@link InboundRule} may come from: IPv4/IPv6 addresses or CIDRs, droplet
 * tags, droplet ids, load balancer uids and Kubernetes cluster ids. Immutable; two {@code Sources}
 * are equal when they hold the same values of each kind, whatever the order or duplicates.
 *
 * <p>Each kind is typed: an address field only takes {@link Cidr}s (or text that parses as one), so
 * a tag can never be sent inside {@code addresses}, and no field ever holds an empty string.
 * Invalid values are refused with {@link IllegalArgumentException} when the value is built.
 *
 * <pre>{@code
 * Sources.ofTags("bastion");
 * Sources.ofAddresses("203.0.113.0/24", "2001:db8::/48");
 * Sources.builder().addLoadBalancerUid(lbId).addTag("monitoring").build();
 * }</pre>
 *
 * <p>Maps to the {@code sources} object of an inbound rule in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>.
 */
public final class Sources {
  private static final Sources NONE = new Sources(RuleTargets.EMPTY);
  private static final Sources ANYWHERE =
      builder().addAddress(Cidr.ANY_IPV4).addAddress(Cidr.ANY_IPV6).build();

  private final RuleTargets targets;

  private Sources(RuleTargets targets) {
    this.targets = targets;
  }

  /**
   * Every IPv4 and IPv6 address: {@code 0.0.0.0/0} and {@code ::/0}. An inbound rule from anywhere
   * breaks SW-FW-001 unless the spec acknowledges it with {@code allowPublicIngress}.
   */
  public static Sources anywhere() {
    return ANYWHERE;
  }

  /**
   * No source at all. A rule with no sources admits nothing; {@link FirewallSpec} refuses it, but
   * the API can report one (for example after the only source droplet was destroyed).
   */
  public static Sources none() {
    return NONE;
  }

  /**
   * Sources given as addresses.
   *
   * @param addresses IPv4/IPv6 addresses or CIDRs, e.g. {@code 203.0.113.7} or {@code
   *     10.10.0.0/16}; a bare address means that one address
   * @throws IllegalArgumentException if a value is not an address or CIDR (a tag name gets a hint
   *     to use {@link #ofTags})
   */
  public static Sources ofAddresses(String... addresses) {
    return builder().addresses(addresses).build();
  }

  /** Sources given as address ranges. */
  public static Sources ofAddresses(Cidr... addresses) {
    return builder().addresses(addresses).build();
  }

  /**
   * Sources given as droplet tags: every droplet carrying one of the tags.
   *
   * @throws IllegalArgumentException if a value is not a valid tag name
   */
  public static Sources ofTags(String... tags) {
    return builder().tags(tags).build();
  }

  /**
   * Sources given as droplet ids.
   *
   * @throws IllegalArgumentException if an id is not positive
   */
  public static Sources ofDropletIds(long... dropletIds) {
    return builder().dropletIds(dropletIds).build();
  }

  /**
   * Sources given as load balancers, by uid.
   *
   * @throws IllegalArgumentException if a uid is blank or malformed
   */
  public static Sources ofLoadBalancerUids(String... loadBalancerUids) {
    return builder().loadBalancerUids(loadBalancerUids).build();
  }

  /**
   * Sources given as Kubernetes clusters, by cluster id.
   *
   * @throws IllegalArgumentException if an id is blank or malformed
   */
  public static Sources ofKubernetesIds(String... kubernetesIds) {
    return builder().kubernetesIds(kubernetesIds).build();
  }

  /** Starts empty sources. */
  public static Builder builder() {
    return new Builder(new RuleTargets.Values());
  }

  /** A builder holding these sources. */
  public Builder toBuilder() {
    return new Builder(new RuleTargets.Values(targets));
  }

  /** The address ranges, in the order added. */
  public List<Cidr> addresses() {
    return List.copyOf(targets.addresses);
  }

  /** The droplet tags, in the order added. */
  public List<String> tags() {
    return List.copyOf(targets.tags);
  }

  /** The droplet ids, in the order added. */
  public List<Long> dropletIds() {
    return List.copyOf(targets.dropletIds);
  }

  /** The load balancer uids, in the order added. */
  public List<String> loadBalancerUids() {
    return List.copyOf(targets.loadBalancerUids);
  }

  /** The Kubernetes cluster ids, in the order added. */
  public List<String> kubernetesIds() {
    return List.copyOf(targets.kubernetesIds);
  }

  /** Whether there is no source of any kind. */
  public boolean isEmpty() {
    return targets.isEmpty();
  }

  /**
   * Whether an address source is internet-wide ({@link Cidr#isInternetWide()}), such as {@code
   * 0.0.0.0/0} or {@code ::/0}.
   */
  public boolean isInternetWide() {
    return targets.isInternetWide();
  }

  RuleTargets targets() {
    return targets;
  }

  static Sources of(RuleTargets targets) {
    return targets.isEmpty() ? NONE : new Sources(targets);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sources other && targets.equals(other.targets);
  }

  @Override
  public int hashCode() {
    return targets.hashCode();
  }

  @Override
  public String toString() {
    return "Sources[" + targets.describe() + "]";
  }

  /**
   * Builder for {@link Sources}. Plural setters replace the values of their kind, {@code addX}
   * appends; duplicates are dropped. Invalid values throw {@link IllegalArgumentException}
   * immediately and leave the builder unchanged.
   */
  public static final class Builder {
    private final RuleTargets.Values values;

    private Builder(RuleTargets.Values values) {
      this.values = values;
    }

    /**
     * Replaces the addresses.
     *
     * @param addresses IPv4/IPv6 addresses or CIDRs
     * @throws IllegalArgumentException if a value is not an address or CIDR
     */
    public Builder addresses(String... addresses) {
      return addresses(Arrays.asList(addresses));
    }

    /** Replaces the addresses; see {@link #addresses(String...)}. */
    public Builder addresses(Collection<String> addresses) {
      values.replaceAddressTexts(addresses, "Sources.ofTags");
      return this;
    }

    /** Replaces the addresses. */
    public Builder addresses(Cidr... addresses) {
      values.replaceCidrs(Arrays.asList(addresses));
      return this;
    }

    /**
     * Adds an address or CIDR.
     *
     * @throws IllegalArgumentException if the value is not an address or CIDR
     */
    public Builder addAddress(String address) {
      values.addAddressTexts(List.of(address), "Sources.ofTags");
      return this;
    }

    /** Adds an address range. */
    public Builder addAddress(Cidr address) {
      values.addCidrs(List.of(address));
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @throws IllegalArgumentException if a value is not a valid tag name
     */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /** Replaces the tags; see {@link #tags(String...)}. */
    public Builder tags(Collection<String> tags) {
      values.replaceTags(tags);
      return this;
    }

    /**
     * Adds a tag.
     *
     * @throws IllegalArgumentException if the value is not a valid tag name
     */
    public Builder addTag(String tag) {
      values.addTags(List.of(tag));
      return this;
    }

    /**
     * Replaces the droplet ids.
     *
     * @throws IllegalArgumentException if an id is not positive
     */
    public Builder dropletIds(long... dropletIds) {
      values.replaceDropletIds(dropletIds);
      return this;
    }

    /** Replaces the droplet ids; see {@link #dropletIds(long...)}. */
    public Builder dropletIds(Collection<Long> dropletIds) {
      values.replaceDropletIds(dropletIds);
      return this;
    }

    /**
     * Adds a droplet id.
     *
     * @throws IllegalArgumentException if the id is not positive
     */
    public Builder addDropletId(long dropletId) {
      values.addDropletIds(dropletId);
      return this;
    }

    /**
     * Replaces the load balancer uids.
     *
     * @throws IllegalArgumentException if a uid is blank or malformed
     */
    public Builder loadBalancerUids(String... loadBalancerUids) {
      return loadBalancerUids(Arrays.asList(loadBalancerUids));
    }

    /** Replaces the load balancer uids; see {@link #loadBalancerUids(String...)}. */
    public Builder loadBalancerUids(Collection<String> loadBalancerUids) {
      values.replaceLoadBalancerUids(loadBalancerUids);
      return this;
    }

    /**
     * Adds a load balancer uid.
     *
     * @throws IllegalArgumentException if the uid is blank or malformed
     */
    public Builder addLoadBalancerUid(String loadBalancerUid) {
      values.addLoadBalancerUids(List.of(loadBalancerUid));
      return this;
    }

    /**
     * Replaces the Kubernetes cluster ids.
     *
     * @throws IllegalArgumentException if an id is blank or malformed
     */
    public Builder kubernetesIds(String... kubernetesIds) {
      return kubernetesIds(Arrays.asList(kubernetesIds));
    }

    /** Replaces the Kubernetes cluster ids; see {@link #kubernetesIds(String...)}. */
    public Builder kubernetesIds(Collection<String> kubernetesIds) {
      values.replaceKubernetesIds(kubernetesIds);
      return this;
    }

    /**
     * Adds a Kubernetes cluster id.
     *
     * @throws IllegalArgumentException if the id is blank or malformed
     */
    public Builder addKubernetesId(String kubernetesId) {
      values.addKubernetesIds(List.of(kubernetesId));
      return this;
    }

    /** Builds the sources (possibly empty; {@link FirewallSpec} refuses rules without sources). */
    public Sources build() {
      return new Sources(values.freeze());
    }
  }
}
