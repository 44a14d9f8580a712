package dev.seawall.networking.firewall;

import java.util.List;

/**
 * Named sets of outbound rules, so that egress is never "everything" by accident (SW-FW-003). Apply
 * one with {@link FirewallSpec.Builder#outbound(OutboundPreset)}; explicit rules can be added after
 * it.
 */
public enum OutboundPreset {
  /**
   * No outbound rule: the droplets cannot open any connection, not even DNS. The default of {@link
   * FirewallSpec}.
   */
  NONE(List.of()),

  /** DNS (UDP and TCP 53) and HTTPS (TCP 443) to every IPv4 and IPv6 address. */
  DNS_AND_HTTPS(
      List.of(
          OutboundRule.udp(53, Targets.anywhere()),
          OutboundRule.tcp(53, Targets.anywhere()),
          OutboundRule.tcp(443, Targets.anywhere()))),

  /** {@link #DNS_AND_HTTPS} plus NTP (UDP 123) to every IPv4 and IPv6 address. */
  DNS_HTTPS_NTP(
      List.of(
          OutboundRule.udp(53, Targets.anywhere()),
          OutboundRule.tcp(53, Targets.anywhere()),
          OutboundRule.tcp(443, Targets.anywhere()),
          OutboundRule.udp(123, Targets.anywhere())));

  private final List<OutboundRule> rules;

  OutboundPreset(List<OutboundRule> rules) {
    this.rules = rules;
  }

  /** The outbound rules of this preset; unmodifiable. */
  public List<OutboundRule> rules() {
    return rules;
  }
}
