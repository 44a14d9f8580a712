package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Where the traffic of an {@link OutboundRule} may go to: IPv4/IPv6 addresses or CIDRs, droplet
 * tags, droplet ids, load balancer uids and Kubernetes cluster ids. Immutable; two {@code
 * Destinations} are equal when they hold the same values of each kind, whatever the order or
 * duplicates.
 *
 * <p>Each kind is typed: an address field only takes {@link Cidr}s (or text that parses as one), so
 * a tag can never be sent inside {@code addresses}, and no field ever holds an empty string.
 * Invalid values are refused with {@link IllegalArgumentException} when the value is built.
 *
 * <pre>{@code
 * Destinations.ofTags("db");
 * Destinations.ofAddresses("203.0.113.0/24", "2001:db8::/48");
 * Destinations.builder().addLoadBalancerUid(lbId).addTag("monitoring").build();
 * }</pre>
 *
 * <p>Maps to the {@code destinations} object of an outbound rule in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>.
 */
public final class Destinations {
  private static final Destinations NONE = new Destinations(RuleTargets.EMPTY);
  private static final Destinations ANYWHERE =
      builder().addAddress(Cidr.ANY_IPV4).addAddress(Cidr.ANY_IPV6).build();

  private final RuleTargets targets;

  private Destinations(RuleTargets targets) {
    this.targets = targets;
  }

  /**
   * Every IPv4 and IPv6 address: {@code 0.0.0.0/0} and {@code ::/0}. An outbound rule to anywhere
   * on all ports breaks SW-FW-003 unless the spec acknowledges it with {@code allowAllOutbound}.
   */
  public static Destinations anywhere() {
    return ANYWHERE;
  }

  /**
   * No destination at all. A rule with no destinations admits nothing; {@link FirewallSpec} refuses
   * it, but the API can report one (for example after the only destination droplet was destroyed).
   */
  public static Destinations none() {
    return NONE;
  }

  /**
   * Destinations given as addresses.
   *
   * @param addresses IPv4/IPv6 addresses or CIDRs, e.g. {@code 203.0.113.7} or {@code
   *     10.10.0.0/16}; a bare address means that one address
   * @throws IllegalArgumentException if a value is not an address or CIDR (a tag name gets a hint
   *     to use {@link #ofTags})
   */
  public static Destinations ofAddresses(String... addresses) {
    return builder().addresses(addresses).build();
  }

  /** Destinations given as address ranges. */
  public static Destinations ofAddresses(Cidr... addresses) {
    return builder().addresses(addresses).build();
  }

  /**
   * Destinations given as droplet tags: every droplet carrying one of the tags.
   *
   * @throws IllegalArgumentException if a value is not a valid tag name
   */
  public static Destinations ofTags(String... tags) {
    return builder().tags(tags).build();
  }

  /**
   * Destinations given as droplet ids.
   *
   * @throws IllegalArgumentException if an id is not positive
   */
  public static Destinations ofDropletIds(long... dropletIds) {
    return builder().dropletIds(dropletIds).build();
  }

  /**
   * Destinations given as load balancers, by uid.
   *
   * @throws IllegalArgumentException if a uid is blank or malformed
   */
  public static Destinations ofLoadBalancerUids(String... loadBalancerUids) {
    return builder().loadBalancerUids(loadBalancerUids).build();
  }

  /**
   * Destinations given as Kubernetes clusters, by cluster id.
   *
   * @throws IllegalArgumentException if an id is blank or malformed
   */
  public static Destinations ofKubernetesIds(String... kubernetesIds) {
    return builder().kubernetesIds(kubernetesIds).build();
  }

  /** Starts empty destinations. */
  public static Builder builder() {
    return new Builder(new RuleTargets.Values());
  }

  /** A builder holding these destinations. */
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

  /** Whether there is no destination of any kind. */
  public boolean isEmpty() {
    return targets.isEmpty();
  }

  /**
   * Whether an address destination is internet-wide ({@link Cidr#isInternetWide()}), such as {@code
   * 0.0.0.0/0} or {@code ::/0}.
   */
  public boolean isInternetWide() {
    return targets.isInternetWide();
  }

  RuleTargets targets() {
    return targets;
  }

  static Destinations of(RuleTargets targets) {
    return targets.isEmpty() ? NONE : new Destinations(targets);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Destinations other && targets.equals(other.targets);
  }

  @Override
  public int hashCode() {
    return targets.hashCode();
  }

  @Override
  public String toString() {
    return "Destinations[" + targets.describe() + "]";
  }

  /**
   * Builder for {@link Destinations}. Plural setters replace the values of their kind, {@code addX}
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
      values.replaceAddressTexts(addresses, "Destinations.ofTags");
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
      values.addAddressTexts(List.of(address), "Destinations.ofTags");
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

    /**
     * Builds the destinations (possibly empty; {@link FirewallSpec} refuses rules without
     * destinations).
     */
    public Destinations build() {
      return new Destinations(values.freeze());
    }
  }
}
