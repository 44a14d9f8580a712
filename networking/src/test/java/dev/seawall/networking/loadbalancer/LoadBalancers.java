package dev.seawall.networking.loadbalancer;

import java.util.List;
import java.util.Optional;

/** Specs and read models shared by the load balancer tests. */
final class LoadBalancers {
  static final String VPC = "c33931f2-a26a-4e61-b85c-4e95a2ec431b";
  static final String ID = "4de7ac8b-495b-4884-9a69-1050c6793cd6";

  private LoadBalancers() {}

  /** A valid spec: HTTPS on 443 with certificate web-cert to 8080, tag web, in {@link #VPC}. */
  static LoadBalancerSpec.Builder base() {
    return LoadBalancerSpec.builder()
        .name("web-lb")
        .region("nyc3")
        .vpcUuid(VPC)
        .tag("web")
        .addForwardingRule(ForwardingRule.https("web-cert", 8080));
  }

  /** A read model with these settings and otherwise the API's defaults. */
  static LoadBalancer readModel(
      List<ForwardingRule> rules, boolean redirect, TlsCipherPolicy policy, String vpcUuid) {
    return new LoadBalancer(
        ID,
        "web-lb",
        "nyc3",
        LoadBalancer.Status.ACTIVE,
        "203.0.113.10",
        "",
        1,
        "",
        vpcUuid,
        rules,
        Optional.of(HealthCheck.DEFAULT),
        StickySessions.none(),
        redirect,
        policy,
        false,
        false,
        60,
        false,
        LoadBalancerFirewall.open(),
        LoadBalancerNetwork.EXTERNAL,
        NetworkStack.IPV4,
        LoadBalancer.Type.REGIONAL,
        List.of(),
        "web",
        "",
        Optional.empty());
  }

  /** A rule as the API reports it, with the certificate by id. */
  static ForwardingRule httpsById(String certificateId, int targetPort) {
    return ForwardingRule.read(
        EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, targetPort, certificateId, false);
  }
}
