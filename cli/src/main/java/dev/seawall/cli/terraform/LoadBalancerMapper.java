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
 * <p>TCP and UDP entries (network load balancing) are left out: no load balancer rule concerns
 * them. So are rules whose protocols do not fit together (the API refuses them).
 */
final class LoadBalancerMapper {
  private LoadBalancerMapper() {}

  static LoadBalancer toModel(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    List<ForwardingRule> rules = new ArrayList<>();
    for (Values rule : v.blocks("forwarding_rule")) {
      forwardingRule(rule).ifPresent(rules::add);
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

  private static Optional<ForwardingRule> forwardingRule(Values rule) {
    Optional<EntryProtocol> entry = EntryProtocol.fromWireValue(rule.text("entry_protocol"));
    Optional<TargetProtocol> target = TargetProtocol.fromWireValue(rule.text("target_protocol"));
    int entryPort = rule.number("entry_port").orElse(0L).intValue();
    int targetPort = rule.number("target_port").orElse(0L).intValue();
    if (entry.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (entry.get() == EntryProtocol.HTTP) {
        return Optional.of(ForwardingRule.http(entryPort, targetPort));
      }
      if (!entry.get().isTls()) {
        return Optional.empty();
      }
      if (rule.bool("tls_passthrough", false)) {
        return Optional.of(
            ForwardingRule.tlsPassthrough(entry.get(), entryPort, target.get(), targetPort));
      }
      String certificate =
          rule.string("certificate_name")
              .filter(n -> !n.isBlank())
              .or(() -> rule.string("certificate_id").filter(n -> !n.isBlank()))
              .orElse("known-after-apply");
      return Optional.of(
          ForwardingRule.terminateTls(
              entry.get(), entryPort, certificate, target.get(), targetPort));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
