package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.value.TagName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The endpoints a firewall rule names, in both directions: where the traffic of an {@link
 * InboundRule} may come from (its {@code sources}) and where the traffic of an {@link OutboundRule}
 * may go to (its {@code destinations}). Five kinds of endpoint: IPv4/IPv6 addresses or CIDRs,
 * droplet tags, droplet ids, load balancer uids and Kubernetes cluster ids. Immutable; two {@code
 * Targets} are equal when they hold the same values of each kind, whatever the order or duplicates.
 *
 * <p>Each kind is typed: an address field only takes {@link Cidr}s (or text that parses as one), so
 * a tag can never be sent inside {@code addresses}, and no field ever holds an empty string.
 * Invalid values are refused with {@link IllegalArgumentException} when the value is built.
 *
 * <pre>{@code
 * InboundRule.tcp(22, Targets.ofAddresses("203.0.113.10/32"));
 * InboundRule.tcp(9100, Targets.ofTags("prometheus"));
 * OutboundRule.tcp(443, Targets.anywhere());
 * Targets.builder().addLoadBalancerUid(lbId).addTag("monitoring").build();
 * }</pre>
 *
 * <p>The {@code sources} object of an inbound rule and the {@code destinations} object of an
 * outbound rule in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>
 * (schema {@code firewall_rule_target}).
 */
public final class Targets {
  /** Up to this many values, duplicates are looked for without a hash set. */
  private static final int LINEAR_DISTINCT = 8;

  private static final Targets NONE = builder().build();
  private static final Targets ANYWHERE =
      builder().addAddress(Cidr.ANY_IPV4).addAddress(Cidr.ANY_IPV6).build();

  // Immutable lists without duplicates, in the order added: a firewall read builds one Targets per
  // rule, and most of its five kinds are empty (the shared List.of()) or hold one or two values.
  private final List<Cidr> addresses;
  private final List<String> tags;
  private final List<Long> dropletIds;
  private final List<String> loadBalancerUids;
  private final List<String> kubernetesIds;

  private Targets(
      List<Cidr> addresses,
      List<String> tags,
      List<Long> dropletIds,
      List<String> loadBalancerUids,
      List<String> kubernetesIds) {
    this.addresses = distinct(addresses);
    this.tags = distinct(tags);
    this.dropletIds = distinct(dropletIds);
    this.loadBalancerUids = distinct(loadBalancerUids);
    this.kubernetesIds = distinct(kubernetesIds);
  }

  /**
   * Every IPv4 and IPv6 address: {@code 0.0.0.0/0} and {@code ::/0}. An inbound rule from anywhere
   * breaks SW-FW-001 unless the spec acknowledges it with {@code allowPublicIngress}; an outbound
   * rule to anywhere on all ports breaks SW-FW-003 unless the spec acknowledges it with {@code
   * allowAllOutbound}.
   */
  public static Targets anywhere() {
    return ANYWHERE;
  }

  /**
   * No endpoint at all. A rule with no targets admits nothing; {@link FirewallSpec} refuses it, but
   * the API can report one (for example after the only droplet it named was destroyed).
   */
  public static Targets none() {
    return NONE;
  }

  /**
   * Targets given as addresses.
   *
   * @param addresses IPv4/IPv6 addresses or CIDRs, e.g. {@code 203.0.113.7} or {@code
   *     10.10.0.0/16}; a bare address means that one address
   * @throws IllegalArgumentException if a value is not an address or CIDR (a tag name gets a hint
   *     to use {@link #ofTags})
   */
  public static Targets ofAddresses(String... addresses) {
    return builder().addresses(addresses).build();
  }

  /** Targets given as address ranges. */
  public static Targets ofAddresses(Cidr... addresses) {
    return builder().addresses(addresses).build();
  }

  /**
   * Targets given as droplet tags: every droplet carrying one of the tags.
   *
   * @throws IllegalArgumentException if a value is not a valid tag name
   */
  public static Targets ofTags(String... tags) {
    return builder().tags(tags).build();
  }

  /**
   * Targets given as droplet ids.
   *
   * @throws IllegalArgumentException if an id is not positive
   */
  public static Targets ofDropletIds(long... dropletIds) {
    return builder().dropletIds(dropletIds).build();
  }

  /**
   * Targets given as load balancers, by uid.
   *
   * @throws IllegalArgumentException if a uid is blank or malformed
   */
  public static Targets ofLoadBalancerUids(String... loadBalancerUids) {
    return builder().loadBalancerUids(loadBalancerUids).build();
  }

  /**
   * Targets given as Kubernetes clusters, by cluster id.
   *
   * @throws IllegalArgumentException if an id is blank or malformed
   */
  public static Targets ofKubernetesIds(String... kubernetesIds) {
    return builder().kubernetesIds(kubernetesIds).build();
  }

  /** Starts empty targets. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these targets. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.addresses = addresses;
    builder.tags = tags;
    builder.dropletIds = dropletIds;
    builder.loadBalancerUids = loadBalancerUids;
    builder.kubernetesIds = kubernetesIds;
    return builder;
  }

  /** The address ranges, in the order added. */
  public List<Cidr> addresses() {
    return addresses;
  }

  /** The droplet tags, in the order added. */
  public List<String> tags() {
    return tags;
  }

  /** The droplet ids, in the order added. */
  public List<Long> dropletIds() {
    return dropletIds;
  }

  /** The load balancer uids, in the order added. */
  public List<String> loadBalancerUids() {
    return loadBalancerUids;
  }

  /** The Kubernetes cluster ids, in the order added. */
  public List<String> kubernetesIds() {
    return kubernetesIds;
  }

  /** Whether there is no endpoint of any kind. */
  public boolean isEmpty() {
    return addresses.isEmpty()
        && tags.isEmpty()
        && dropletIds.isEmpty()
        && loadBalancerUids.isEmpty()
        && kubernetesIds.isEmpty();
  }

  /** Whether an address is {@code 0.0.0.0/0} or {@code ::/0}. */
  public boolean isInternetWide() {
    return addresses.stream().anyMatch(Cidr::isInternetWide);
  }

  /**
   * These targets split into one {@code Targets} per endpoint, so that rules compare endpoint by
   * endpoint whatever their grouping; {@link #none()} stays itself.
   */
  List<Targets> singles() {
    List<Targets> out = new ArrayList<>();
    addresses.forEach(a -> out.add(builder().addAddress(a).build()));
    tags.forEach(t -> out.add(builder().addTag(t).build()));
    dropletIds.forEach(d -> out.add(builder().addDropletId(d).build()));
    loadBalancerUids.forEach(l -> out.add(builder().addLoadBalancerUid(l).build()));
    kubernetesIds.forEach(k -> out.add(builder().addKubernetesId(k).build()));
    return out.isEmpty() ? List.of(NONE) : out;
  }

  /** The endpoints as text, e.g. {@code 10.0.0.0/8, tag:web, load_balancer:4de7ac8b-...}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    addresses.forEach(a -> parts.add(a.toString()));
    tags.forEach(t -> parts.add("tag:" + t));
    dropletIds.forEach(d -> parts.add("droplet:" + d));
    loadBalancerUids.forEach(l -> parts.add("load_balancer:" + l));
    kubernetesIds.forEach(k -> parts.add("kubernetes:" + k));
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Targets other
        && sameValues(addresses, other.addresses)
        && sameValues(tags, other.tags)
        && sameValues(dropletIds, other.dropletIds)
        && sameValues(loadBalancerUids, other.loadBalancerUids)
        && sameValues(kubernetesIds, other.kubernetesIds);
  }

  @Override
  public int hashCode() {
    // Order-independent, like the equality: the sum of the element hashes (as Set.hashCode).
    int hash = valuesHash(addresses);
    hash = 31 * hash + valuesHash(tags);
    hash = 31 * hash + valuesHash(dropletIds);
    hash = 31 * hash + valuesHash(loadBalancerUids);
    return 31 * hash + valuesHash(kubernetesIds);
  }

  @Override
  public String toString() {
    return "Targets[" + describe() + "]";
  }

  /**
   * An immutable copy in the order given, duplicates dropped (the first stays); the shared {@code
   * List.of()} when empty.
   */
  private static <T> List<T> distinct(List<T> values) {
    int size = values.size();
    if (size <= 1) {
      return List.copyOf(values);
    }
    if (size <= LINEAR_DISTINCT) {
      for (int i = 1; i < size; i++) {
        T value = values.get(i);
        for (int j = 0; j < i; j++) {
          if (value.equals(values.get(j))) {
            return List.copyOf(new LinkedHashSet<>(values));
          }
        }
      }
      return List.copyOf(values);
    }
    Set<T> unique = new LinkedHashSet<>(values);
    return List.copyOf(unique.size() == size ? values : new ArrayList<>(unique));
  }

  /** Whether two lists without duplicates hold the same values, whatever their order. */
  private static boolean sameValues(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    if (a.size() <= LINEAR_DISTINCT) {
      return a.containsAll(b);
    }
    return new HashSet<>(a).containsAll(b);
  }

  private static int valuesHash(List<?> values) {
    int hash = 0;
    for (Object value : values) {
      hash += value.hashCode();
    }
    return hash;
  }

  // ---------------------------------------------------------------------------------------------
  // Checks of single values; all throw IllegalArgumentException.

  private static Cidr address(String text) {
    Objects.requireNonNull(text, "address");
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "an address must not be empty; expected an IP address or CIDR such as 203.0.113.0/24");
    }
    try {
      return Cidr.parseAddressOrCidr(text);
    } catch (IllegalArgumentException e) {
      String trimmed = text.strip();
      if (TagName.isValid(trimmed)) {
        throw new IllegalArgumentException(
            "'"
                + trimmed
                + "' is not an IP address or CIDR; if it is a tag, use Targets.ofTags(\""
                + trimmed
                + "\") — a tag is never sent inside addresses",
            e);
      }
      throw e;
    }
  }

  private static String tag(String tag) {
    Objects.requireNonNull(tag, "tag");
    try {
      return TagName.of(tag).value();
    } catch (IllegalArgumentException e) {
      if (looksLikeAddress(tag)) {
        throw new IllegalArgumentException(
            e.getMessage() + "; for an IP address or CIDR use the addresses field", e);
      }
      throw e;
    }
  }

  private static Long dropletId(Long id) {
    if (Objects.requireNonNull(id, "droplet id") <= 0) {
      throw new IllegalArgumentException("droplet id must be positive, was " + id);
    }
    return id;
  }

  private static String loadBalancerUid(String id) {
    return resourceId(id, "load balancer uid");
  }

  private static String kubernetesId(String id) {
    return resourceId(id, "Kubernetes cluster id");
  }

  /** {@code [a-zA-Z0-9][a-zA-Z0-9_-]*}, checked without a regular expression. */
  private static String resourceId(String id, String kind) {
    Objects.requireNonNull(id, kind);
    boolean valid = !id.isEmpty();
    for (int i = 0; valid && i < id.length(); i++) {
      char c = id.charAt(i);
      valid =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '_' || c == '-'));
    }
    if (!valid) {
      throw new IllegalArgumentException(
          kind + " must be a non-empty id of letters, digits and dashes, was '" + id + "'");
    }
    return id;
  }

  private static boolean looksLikeAddress(String text) {
    try {
      Cidr.parseAddressOrCidr(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Builder for {@link Targets}. Plural setters replace the values of their kind, {@code addX}
   * appends; duplicates are dropped. Invalid values throw {@link IllegalArgumentException}
   * immediately and leave the builder unchanged.
   */
  public static final class Builder {
    // Each list is either immutable (List.of() or shared with a built Targets) or an ArrayList
    // owned by this builder; duplicates are dropped when the targets are built.
    private List<Cidr> addresses = List.of();
    private List<String> tags = List.of();
    private List<Long> dropletIds = List.of();
    private List<String> loadBalancerUids = List.of();
    private List<String> kubernetesIds = List.of();

    private Builder() {}

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
      this.addresses = checked(addresses, Targets::address);
      return this;
    }

    /** Replaces the addresses. */
    public Builder addresses(Cidr... addresses) {
      this.addresses = checked(Arrays.asList(addresses), Objects::requireNonNull);
      return this;
    }

    /**
     * Adds an address or CIDR.
     *
     * @throws IllegalArgumentException if the value is not an address or CIDR
     */
    public Builder addAddress(String address) {
      addresses = appended(addresses, address(address));
      return this;
    }

    /** Adds an address range. */
    public Builder addAddress(Cidr address) {
      addresses = appended(addresses, Objects.requireNonNull(address, "address"));
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
      this.tags = checked(tags, Targets::tag);
      return this;
    }

    /**
     * Adds a tag.
     *
     * @throws IllegalArgumentException if the value is not a valid tag name
     */
    public Builder addTag(String tag) {
      tags = appended(tags, tag(tag));
      return this;
    }

    /**
     * Replaces the droplet ids.
     *
     * @throws IllegalArgumentException if an id is not positive
     */
    public Builder dropletIds(long... dropletIds) {
      return dropletIds(Arrays.stream(dropletIds).boxed().toList());
    }

    /** Replaces the droplet ids; see {@link #dropletIds(long...)}. */
    public Builder dropletIds(Collection<Long> dropletIds) {
      this.dropletIds = checked(dropletIds, Targets::dropletId);
      return this;
    }

    /**
     * Adds a droplet id.
     *
     * @throws IllegalArgumentException if the id is not positive
     */
    public Builder addDropletId(long dropletId) {
      dropletIds = appended(dropletIds, dropletId(dropletId));
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
      this.loadBalancerUids = checked(loadBalancerUids, Targets::loadBalancerUid);
      return this;
    }

    /**
     * Adds a load balancer uid.
     *
     * @throws IllegalArgumentException if the uid is blank or malformed
     */
    public Builder addLoadBalancerUid(String loadBalancerUid) {
      loadBalancerUids = appended(loadBalancerUids, loadBalancerUid(loadBalancerUid));
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
      this.kubernetesIds = checked(kubernetesIds, Targets::kubernetesId);
      return this;
    }

    /**
     * Adds a Kubernetes cluster id.
     *
     * @throws IllegalArgumentException if the id is blank or malformed
     */
    public Builder addKubernetesId(String kubernetesId) {
      kubernetesIds = appended(kubernetesIds, kubernetesId(kubernetesId));
      return this;
    }

    /** Builds the targets (possibly empty; {@link FirewallSpec} refuses rules without targets). */
    public Targets build() {
      return new Targets(addresses, tags, dropletIds, loadBalancerUids, kubernetesIds);
    }

    /**
     * Every value checked first, so that an invalid one leaves the builder unchanged; an immutable
     * list, or a new list this builder owns.
     */
    private static <S, T> List<T> checked(Collection<S> values, Function<S, T> check) {
      if (values instanceof List<S> list && list.size() <= 2) {
        // The usual sizes, straight into an immutable list that build() keeps as it is.
        return switch (list.size()) {
          case 0 -> List.of();
          case 1 -> List.of(check.apply(list.get(0)));
          default -> {
            T first = check.apply(list.get(0));
            yield List.of(first, check.apply(list.get(1)));
          }
        };
      }
      List<T> out = new ArrayList<>(values.size());
      for (S value : values) {
        out.add(check.apply(value));
      }
      return out;
    }

    /** {@code list} with {@code value} added: itself if this builder owns it, else a copy. */
    private static <T> List<T> appended(List<T> list, T value) {
      List<T> out = list instanceof ArrayList<T> ? list : new ArrayList<>(list);
      out.add(value);
      return out;
    }
  }
}
