package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What differs between a {@link FirewallSpec} (desired) and a {@link Firewall} (as it is). Rules
 * are compared as sets of single-endpoint rules: two rule lists that differ only in order, in
 * grouping of endpoints, in duplicates or in port spelling ({@code "0"}, {@code "all"}, {@code
 * "1-65535"}) are equal, so re-applying an unchanged spec sends no update.
 *
 * <p>Each rule in the lists below names exactly one endpoint (one address, tag, droplet, load
 * balancer or Kubernetes cluster).
 *
 * @param nameChanged whether the names differ
 * @param inboundToAdd inbound rules the spec has and the firewall lacks
 * @param inboundToRemove inbound rules the firewall has and the spec lacks
 * @param outboundToAdd outbound rules the spec has and the firewall lacks
 * @param outboundToRemove outbound rules the firewall has and the spec lacks
 * @param dropletIdsToAdd droplet ids the spec has and the firewall lacks
 * @param dropletIdsToRemove droplet ids the firewall has and the spec lacks
 * @param tagsToAdd tags the spec has and the firewall lacks
 * @param tagsToRemove tags the firewall has and the spec lacks
 */
public record FirewallDiff(
    boolean nameChanged,
    List<InboundRule> inboundToAdd,
    List<InboundRule> inboundToRemove,
    List<OutboundRule> outboundToAdd,
    List<OutboundRule> outboundToRemove,
    List<Long> dropletIdsToAdd,
    List<Long> dropletIdsToRemove,
    List<String> tagsToAdd,
    List<String> tagsToRemove) {

  /** Copies the components. */
  public FirewallDiff {
    inboundToAdd = List.copyOf(inboundToAdd);
    inboundToRemove = List.copyOf(inboundToRemove);
    outboundToAdd = List.copyOf(outboundToAdd);
    outboundToRemove = List.copyOf(outboundToRemove);
    dropletIdsToAdd = List.copyOf(dropletIdsToAdd);
    dropletIdsToRemove = List.copyOf(dropletIdsToRemove);
    tagsToAdd = List.copyOf(tagsToAdd);
    tagsToRemove = List.copyOf(tagsToRemove);
  }

  /** Computes the difference between a desired spec and an existing firewall. */
  public static FirewallDiff between(FirewallSpec desired, Firewall actual) {
    return new FirewallDiff(
        !desired.name().equals(actual.name()),
        minus(explodeInbound(desired.inboundRules()), explodeInbound(actual.inboundRules())),
        minus(explodeInbound(actual.inboundRules()), explodeInbound(desired.inboundRules())),
        minus(explodeOutbound(desired.outboundRules()), explodeOutbound(actual.outboundRules())),
        minus(explodeOutbound(actual.outboundRules()), explodeOutbound(desired.outboundRules())),
        minus(new LinkedHashSet<>(desired.dropletIds()), new LinkedHashSet<>(actual.dropletIds())),
        minus(new LinkedHashSet<>(actual.dropletIds()), new LinkedHashSet<>(desired.dropletIds())),
        minus(new LinkedHashSet<>(desired.tags()), new LinkedHashSet<>(actual.tags())),
        minus(new LinkedHashSet<>(actual.tags()), new LinkedHashSet<>(desired.tags())));
  }

  /** Whether nothing differs: applying the spec would send no update. */
  public boolean isEmpty() {
    return !nameChanged && !rulesChanged() && !assignmentsChanged();
  }

  /** Whether the inbound or outbound rules differ. */
  public boolean rulesChanged() {
    return !inboundToAdd.isEmpty()
        || !inboundToRemove.isEmpty()
        || !outboundToAdd.isEmpty()
        || !outboundToRemove.isEmpty();
  }

  /** Whether the droplet ids or tags differ. */
  public boolean assignmentsChanged() {
    return !dropletIdsToAdd.isEmpty()
        || !dropletIdsToRemove.isEmpty()
        || !tagsToAdd.isEmpty()
        || !tagsToRemove.isEmpty();
  }

  private static <T> List<T> minus(Set<T> from, Set<T> remove) {
    List<T> out = new ArrayList<>();
    for (T item : from) {
      if (!remove.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }

  static Set<InboundRule> explodeInbound(Collection<InboundRule> rules) {
    Set<InboundRule> out = new LinkedHashSet<>();
    for (InboundRule rule : rules) {
      for (RuleTargets target : explode(rule.sources().targets())) {
        out.add(rule.withSources(Sources.of(target)));
      }
    }
    return out;
  }

  static Set<OutboundRule> explodeOutbound(Collection<OutboundRule> rules) {
    Set<OutboundRule> out = new LinkedHashSet<>();
    for (OutboundRule rule : rules) {
      for (RuleTargets target : explode(rule.destinations().targets())) {
        out.add(rule.withDestinations(Destinations.of(target)));
      }
    }
    return out;
  }

  private static List<RuleTargets> explode(RuleTargets targets) {
    List<RuleTargets> out = new ArrayList<>();
    Set<Cidr> noCidr = Set.of();
    Set<String> noText = Set.of();
    Set<Long> noId = Set.of();
    targets.addresses.forEach(
        a -> out.add(new RuleTargets(Set.of(a), noText, noId, noText, noText)));
    targets.tags.forEach(t -> out.add(new RuleTargets(noCidr, Set.of(t), noId, noText, noText)));
    targets.dropletIds.forEach(
        d -> out.add(new RuleTargets(noCidr, noText, Set.of(d), noText, noText)));
    targets.loadBalancerUids.forEach(
        l -> out.add(new RuleTargets(noCidr, noText, noId, Set.of(l), noText)));
    targets.kubernetesIds.forEach(
        k -> out.add(new RuleTargets(noCidr, noText, noId, noText, Set.of(k))));
    if (out.isEmpty()) {
      out.add(RuleTargets.EMPTY);
    }
    return out;
  }
}
