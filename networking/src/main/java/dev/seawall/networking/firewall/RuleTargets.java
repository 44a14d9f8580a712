package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.value.TagName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The five kinds of endpoint a firewall rule names, shared by {@link Sources} and {@link
 * Destinations}. Immutable; compared as sets (order and duplicates do not matter).
 */
final class RuleTargets {
  static final RuleTargets EMPTY =
      new RuleTargets(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_\\-]*");

  final Set<Cidr> addresses;
  final Set<String> tags;
  final Set<Long> dropletIds;
  final Set<String> loadBalancerUids;
  final Set<String> kubernetesIds;

  RuleTargets(
      Set<Cidr> addresses,
      Set<String> tags,
      Set<Long> dropletIds,
      Set<String> loadBalancerUids,
      Set<String> kubernetesIds) {
    this.addresses = frozen(addresses);
    this.tags = frozen(tags);
    this.dropletIds = frozen(dropletIds);
    this.loadBalancerUids = frozen(loadBalancerUids);
    this.kubernetesIds = frozen(kubernetesIds);
  }

  boolean isEmpty() {
    return addresses.isEmpty()
        && tags.isEmpty()
        && dropletIds.isEmpty()
        && loadBalancerUids.isEmpty()
        && kubernetesIds.isEmpty();
  }

  boolean isInternetWide() {
    return addresses.stream().anyMatch(Cidr::isInternetWide);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleTargets other
        && addresses.equals(other.addresses)
        && tags.equals(other.tags)
        && dropletIds.equals(other.dropletIds)
        && loadBalancerUids.equals(other.loadBalancerUids)
        && kubernetesIds.equals(other.kubernetesIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(addresses, tags, dropletIds, loadBalancerUids, kubernetesIds);
  }

  String describe() {
    List<String> parts = new ArrayList<>();
    addresses.forEach(a -> parts.add(a.toString()));
    tags.forEach(t -> parts.add("tag:" + t));
    dropletIds.forEach(d -> parts.add("droplet:" + d));
    loadBalancerUids.forEach(l -> parts.add("load_balancer:" + l));
    kubernetesIds.forEach(k -> parts.add("kubernetes:" + k));
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  private static <T> Set<T> frozen(Set<T> values) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and validation of single values; all throw IllegalArgumentException.

  static Cidr address(String text, String factoryHint) {
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
                + "' is not an IP address or CIDR; if it is a tag, use "
                + factoryHint
                + "(\""
                + trimmed
                + "\") — a tag is never sent inside addresses",
            e);
      }
      throw e;
    }
  }

  static String tag(String tag) {
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

  static long dropletId(long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("droplet id must be positive, was " + id);
    }
    return id;
  }

  static String resourceId(String id, String kind) {
    Objects.requireNonNull(id, kind);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          kind + " must be a non-empty id of letters, digits and dashes, was '" + id + "'");
    }
    return id;
  }

  static boolean looksLikeAddress(String text) {
    try {
      Cidr.parseAddressOrCidr(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Mutable accumulator behind the builders of {@link Sources} and {@link Destinations}. */
  static final class Values {
    final LinkedHashSet<Cidr> addresses = new LinkedHashSet<>();
    final LinkedHashSet<String> tags = new LinkedHashSet<>();
    final LinkedHashSet<Long> dropletIds = new LinkedHashSet<>();
    final LinkedHashSet<String> loadBalancerUids = new LinkedHashSet<>();
    final LinkedHashSet<String> kubernetesIds = new LinkedHashSet<>();

    Values() {}

    Values(RuleTargets from) {
      addresses.addAll(from.addresses);
      tags.addAll(from.tags);
      dropletIds.addAll(from.dropletIds);
      loadBalancerUids.addAll(from.loadBalancerUids);
      kubernetesIds.addAll(from.kubernetesIds);
    }

    void addAddressTexts(Collection<String> texts, String factoryHint) {
      List<Cidr> parsed = new ArrayList<>();
      for (String text : texts) {
        parsed.add(address(text, factoryHint));
      }
      addresses.addAll(parsed);
    }

    void addCidrs(Collection<Cidr> cidrs) {
      cidrs.forEach(c -> addresses.add(Objects.requireNonNull(c, "address")));
    }

    void addTags(Collection<String> values) {
      List<String> checked = new ArrayList<>();
      values.forEach(t -> checked.add(tag(t)));
      tags.addAll(checked);
    }

    void addDropletIds(long... ids) {
      for (long id : ids) {
        dropletId(id);
      }
      for (long id : ids) {
        dropletIds.add(id);
      }
    }

    void addDropletIds(Collection<Long> ids) {
      ids.forEach(id -> dropletId(Objects.requireNonNull(id, "droplet id")));
      dropletIds.addAll(ids);
    }

    void addLoadBalancerUids(Collection<String> ids) {
      ids.forEach(id -> resourceId(id, "load balancer uid"));
      loadBalancerUids.addAll(ids);
    }

    void addKubernetesIds(Collection<String> ids) {
      ids.forEach(id -> resourceId(id, "Kubernetes cluster id"));
      kubernetesIds.addAll(ids);
    }

    // The replaceX methods check every value first and change nothing when one is invalid.

    void replaceAddressTexts(Collection<String> texts, String factoryHint) {
      Values fresh = new Values();
      fresh.addAddressTexts(texts, factoryHint);
      replace(addresses, fresh.addresses);
    }

    void replaceCidrs(Collection<Cidr> cidrs) {
      Values fresh = new Values();
      fresh.addCidrs(cidrs);
      replace(addresses, fresh.addresses);
    }

    void replaceTags(Collection<String> values) {
      Values fresh = new Values();
      fresh.addTags(values);
      replace(tags, fresh.tags);
    }

    void replaceDropletIds(long... ids) {
      Values fresh = new Values();
      fresh.addDropletIds(ids);
      replace(dropletIds, fresh.dropletIds);
    }

    void replaceDropletIds(Collection<Long> ids) {
      Values fresh = new Values();
      fresh.addDropletIds(ids);
      replace(dropletIds, fresh.dropletIds);
    }

    void replaceLoadBalancerUids(Collection<String> ids) {
      Values fresh = new Values();
      fresh.addLoadBalancerUids(ids);
      replace(loadBalancerUids, fresh.loadBalancerUids);
    }

    void replaceKubernetesIds(Collection<String> ids) {
      Values fresh = new Values();
      fresh.addKubernetesIds(ids);
      replace(kubernetesIds, fresh.kubernetesIds);
    }

    private static <T> void replace(Set<T> target, Set<T> checked) {
      target.clear();
      target.addAll(checked);
    }

    RuleTargets freeze() {
      return new RuleTargets(addresses, tags, dropletIds, loadBalancerUids, kubernetesIds);
    }
  }
}
