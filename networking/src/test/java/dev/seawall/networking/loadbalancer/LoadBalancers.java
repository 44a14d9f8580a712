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
    Observed observed = new Observed();
    observed.forwardingRules = rules;
    observed.redirectHttpToHttps = redirect;
    observed.tlsCipherPolicy = policy;
    observed.vpcUuid = vpcUuid;
    return observed.build();
  }

  /** A rule as the API reports it, with the certificate by id. */
  static ForwardingRule httpsById(String certificateId, int targetPort) {
    return ForwardingRule.observed(
        EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, targetPort, "", certificateId, false);
  }

  /**
   * The load balancer {@link #base()} describes as {@code LoadBalancerService.observe} reads it
   * (certificate by id and name), every field settable: the tests' stand-in for a response.
   */
  static final class Observed {
    String region = "nyc3";
    LoadBalancer.Status status = LoadBalancer.Status.ACTIVE;
    int sizeUnit = 1;
    String size = "";
    String vpcUuid = VPC;
    List<ForwardingRule> forwardingRules =
        List.of(httpsById("cert-1", 8080).withCertificateName("web-cert"));
    Optional<HealthCheck> healthCheck = Optional.of(HealthCheck.DEFAULT);
    StickySessions stickySessions = StickySessions.none();
    boolean redirectHttpToHttps;
    TlsCipherPolicy tlsCipherPolicy = TlsCipherPolicy.STRONG;
    boolean enableProxyProtocol;
    boolean enableBackendKeepalive;
    int httpIdleTimeoutSeconds = 60;
    boolean disableLetsEncryptDnsRecords;
    LoadBalancerFirewall firewall = LoadBalancerFirewall.open();
    LoadBalancerNetwork network = LoadBalancerNetwork.EXTERNAL;
    NetworkStack networkStack = NetworkStack.IPV4;
    LoadBalancer.Type type = LoadBalancer.Type.REGIONAL;
    List<Long> dropletIds = List.of();
    String tag = "web";

    LoadBalancer build() {
      return new LoadBalancer(
          ID,
          "web-lb",
          region,
          status,
          "203.0.113.10",
          "",
          sizeUnit,
          size,
          vpcUuid,
          forwardingRules,
          healthCheck,
          stickySessions,
          redirectHttpToHttps,
          tlsCipherPolicy,
          enableProxyProtocol,
          enableBackendKeepalive,
          httpIdleTimeoutSeconds,
          disableLetsEncryptDnsRecords,
          firewall,
          network,
          networkStack,
          type,
          dropletIds,
          tag,
          "",
          Optional.empty());
    }
  }
}
