package dev.seawall.networking.loadbalancer;

import dev.seawall.core.net.Cidr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The load balancer's own firewall ({@code firewall}): addresses allowed and denied before traffic
 * reaches the forwarding rules. Empty lists (the default) admit every client; a non-empty {@link
 * #allow()} admits only those ranges, and {@link #deny()} rejects ranges. Immutable.
 *
 * <p>On the wire every entry is {@code ip:<address>} for a single address ({@code /32}, {@code
 * /128}) or {@code cidr:<range>} otherwise, e.g. {@code ip:203.0.113.7} and {@code
 * cidr:198.51.100.0/24}; {@link #formatEntry} and {@link #parseEntry} convert, and {@code
 * parseEntry(formatEntry(c)).equals(c)} holds for every range.
 */
public final class LoadBalancerFirewall {
  private static final LoadBalancerFirewall OPEN = new LoadBalancerFirewall(List.of(), List.of());

  private final List<Cidr> allow;
  private final List<Cidr> deny;

  private LoadBalancerFirewall(List<Cidr> allow, List<Cidr> deny) {
    this.allow = allow;
    this.deny = deny;
  }

  /** No allow and no deny entries: every client may connect. */
  public static LoadBalancerFirewall open() {
    return OPEN;
  }

  /**
   * A firewall with these entries; duplicates are dropped, order is kept.
   *
   * @param allow the ranges admitted; empty admits everyone not denied
   * @param deny the ranges rejected
   */
  public static LoadBalancerFirewall of(Collection<Cidr> allow, Collection<Cidr> deny) {
    List<Cidr> a = List.copyOf(new LinkedHashSet<>(List.copyOf(allow)));
    List<Cidr> d = List.copyOf(new LinkedHashSet<>(List.copyOf(deny)));
    return a.isEmpty() && d.isEmpty() ? OPEN : new LoadBalancerFirewall(a, d);
  }

  /**
   * The wire form of a range: {@code ip:<address>} for one address, {@code cidr:<range>} otherwise.
   */
  public static String formatEntry(Cidr range) {
    Objects.requireNonNull(range, "range");
    return (range.isHost() ? "ip:" : "cidr:") + range.toCompactString();
  }

  /**
   * Reads a wire entry: {@code ip:<address>} or {@code cidr:<range>}; the prefix ignores case and
   * white space around the parts is ignored. A {@code cidr:} range with host bits set is read as
   * its network ({@code cidr:10.0.0.5/24} is {@code 10.0.0.0/24}), as the API applies it.
   *
   * @throws IllegalArgumentException if the entry has another prefix, an {@code ip:} entry holds a
   *     range, or the address is malformed
   */
  public static Cidr parseEntry(String entry) {
    Objects.requireNonNull(entry, "entry");
    String trimmed = entry.strip();
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "load balancer firewall entry '"
              + trimmed
              + "' needs a prefix: ip:<address> or cidr:<range>");
    }
    String kind = trimmed.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = trimmed.substring(colon + 1).strip();
    return switch (kind) {
      case "ip" -> {
        if (value.contains("/")) {
          throw new IllegalArgumentException(
              "load balancer firewall entry '" + trimmed + "' holds a range: use cidr:" + value);
        }
        yield Cidr.parseAddressOrCidr(value);
      }
      case "cidr" -> Cidr.parseLenient(value);
      default ->
          throw new IllegalArgumentException(
              "load balancer firewall entry '"
                  + trimmed
                  + "' must start with ip: or cidr:, not "
                  + kind
                  + ":");
    };
  }

  /** The ranges admitted; empty admits every client that is not denied. */
  public List<Cidr> allow() {
    return allow;
  }

  /** The ranges rejected. */
  public List<Cidr> deny() {
    return deny;
  }

  /** Whether there are no entries at all. */
  public boolean isOpen() {
    return allow.isEmpty() && deny.isEmpty();
  }

  /** {@link #allow()} in wire form. */
  public List<String> allowEntries() {
    return allow.stream().map(LoadBalancerFirewall::formatEntry).toList();
  }

  /** {@link #deny()} in wire form. */
  public List<String> denyEntries() {
    return deny.stream().map(LoadBalancerFirewall::formatEntry).toList();
  }

  /** Whether both firewalls hold the same entries, whatever their order. */
  public boolean sameEntriesAs(LoadBalancerFirewall other) {
    return Set.copyOf(allow).equals(Set.copyOf(other.allow))
        && Set.copyOf(deny).equals(Set.copyOf(other.deny));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoadBalancerFirewall other
        && allow.equals(other.allow)
        && deny.equals(other.deny);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allow, deny);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add("allow=" + allowEntries());
    parts.add("deny=" + denyEntries());
    return "LoadBalancerFirewall" + parts;
  }
}
