package dev.seawall.cli.terraform;

import dev.seawall.networking.loadbalancer.EntryProtocol;
import dev.seawall.networking.loadbalancer.ForwardingRule;
import dev.seawall.networking.loadbalancer.LoadBalancer;
import dev.seawall.networking.loadbalancer.LoadBalancerFirewall;
import dev.seawall.networking.loadbalancer.LoadBalancerNetwork;
import dev.seawall.networking.loadbalancer.NetworkStack;
import dev.seawall.networking.loadbalancer.StickySessions;
import dev.seawall.networking.loadbalancer.TargetProtocol;
import dev.seawall.networking.loadbalancer.TlsCipherPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code digitalocean_loadbalancer} → {@link LoadBalancer}: {@code forwarding_rule} blocks ({@code
 * entry_protocol}, {@code entry_port}, {@code target_protocol}, {@code target_port}, {@code
 * certificate_name} or the deprecated {@code certificate_id}, {@code tls_passthrough}), {@code
 * redirect_http_to_https} (default false), {@code tls_cipher_policy} (not set: the API's {@code
 * DEFAULT}), {@code vpc_uuid}, {@code network}, {@code droplet_ids} and {@code droplet_tag}.
 *
 * <p>Each rule is kept as observed ({@link ForwardingRule#observed}): tcp and udp entries (network
 * load balancing) too, so that {@code forwardingRules[i]} counts the plan's rules, and a
 * certificate by {@code certificate_name}, {@code certificate_id} or both.
 */
final class LoadBalancerMapper {
  private LoadBalancerMapper() {}

  static LoadBalancer toModel(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    List<ForwardingRule> rules = new ArrayList<>();
    for (Values rule : v.blocks("forwarding_rule")) {
      rules.add(forwardingRule(rule));
    }
    TlsCipherPolicy cipher =
        v.text("tls_cipher_policy").equalsIgnoreCase("STRONG")
            ? TlsCipherPolicy.STRONG
            : TlsCipherPolicy.DEFAULT;
    LoadBalancerNetwork network =
        switch (v.text("network").toUpperCase(Locale.ROOT)) {
          case "INTERNAL" -> LoadBalancerNetwork.INTERNAL;
          case "EXTERNAL", "" -> LoadBalancerNetwork.EXTERNAL;
          default -> LoadBalancerNetwork.UNKNOWN;
        };
    return new LoadBalancer(
        v.text("id"),
        v.text("name"),
        v.text("region"),
        LoadBalancer.Status.UNKNOWN,
        "",
        "",
        0,
        v.text("size"),
        facts.vpcUuid(resource, "vpc_uuid"),
        rules,
        Optional.empty(),
        StickySessions.none(),
        v.bool("redirect_http_to_https", false),
        cipher,
        v.bool("enable_proxy_protocol", false),
        v.bool("enable_backend_keepalive", false),
        0,
        v.bool("disable_lets_encrypt_dns_records", false),
        LoadBalancerFirewall.open(),
        network,
        NetworkStack.UNKNOWN,
        LoadBalancer.Type.UNKNOWN,
        v.numbers("droplet_ids"),
        v.text("droplet_tag"),
        "",
        Optional.empty());
  }

  /**
   * One {@code forwarding_rule} block as observed: every protocol (tcp and udp included), the
   * certificate by name and by id as the plan gives them (either may be known only after apply).
   */
  private static ForwardingRule forwardingRule(Values rule) {
    return ForwardingRule.observed(
        EntryProtocol.fromWireValue(rule.text("entry_protocol")).orElse(EntryProtocol.UNKNOWN),
        rule.number("entry_port").orElse(0L).intValue(),
        TargetProtocol.fromWireValue(rule.text("target_protocol")).orElse(TargetProtocol.UNKNOWN),
        rule.number("target_port").orElse(0L).intValue(),
        rule.text("certificate_name"),
        rule.text("certificate_id"),
        rule.bool("tls_passthrough", false));
  }
}
