package dev.seawall.networking.loadbalancer;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.networking.NetworkingRules;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The SW-LB-001..004 checks, shared by {@link LoadBalancerSpec.Builder#validate()} (with the spec's
 * acknowledged risks) and {@link LoadBalancerAuditor} (with none).
 */
final class LoadBalancerPolicy {
  private LoadBalancerPolicy() {}

  static final String PLAIN_HTTP_OPT_OUT = "allowPlainHttp(Justification)";
  static final String CIPHER_OPT_OUT = "allowDefaultCipherPolicy(Justification)";
  static final String VPC_OPT_OUT = "inDefaultVpc(Justification)";

  /**
   * Runs the checks.
   *
   * @param checks where violations go, on {@code load_balancer/<name>}
   * @param rules the forwarding rules
   * @param redirectHttpToHttps whether HTTP on port 80 is redirected
   * @param cipherPolicy the TLS cipher policy
   * @param vpcUuid the VPC, empty if none
   * @param defaultVpcIds VPC ids known to be default VPCs (audits); empty for specs
   * @param risks the acknowledged risks (empty for audits)
   */
  static void check(
      Checks checks,
      List<ForwardingRule> rules,
      boolean redirectHttpToHttps,
      TlsCipherPolicy cipherPolicy,
      String vpcUuid,
      Set<String> defaultVpcIds,
      Collection<AcknowledgedRisk> risks) {
    for (int i = 0; i < rules.size(); i++) {
      ForwardingRule rule = rules.get(i);
      if (!rule.isPlainHttp()) {
        continue;
      }
      String where = "http on port " + rule.entryPort();
      if (!redirectHttpToHttps) {
        checks
            .at("forwardingRules[" + i + "]")
            .refuseUnlessAcknowledged(
                NetworkingRules.SW_LB_001,
                true,
                risks,
                where
                    + " serves plain HTTP: set redirectHttpToHttps(true) (with a TLS rule on port"
                    + " 443) so that it only redirects to HTTPS",
                PLAIN_HTTP_OPT_OUT);
      } else if (rule.entryPort() != 80) {
        checks
            .at("forwardingRules[" + i + "]")
            .refuseUnlessAcknowledged(
                NetworkingRules.SW_LB_001,
                true,
                risks,
                where
                    + " serves plain HTTP: redirectHttpToHttps only redirects port 80; use"
                    + " ForwardingRule.httpRedirect() (port 80) or a TLS entry instead",
                PLAIN_HTTP_OPT_OUT);
      }
    }
    if (redirectHttpToHttps && rules.stream().noneMatch(r -> r.isTls() && r.entryPort() == 443)) {
      checks
          .at("redirectHttpToHttps")
          .refuse(
              NetworkingRules.SW_LB_002,
              "HTTP is redirected to HTTPS on port 443, but no forwarding rule serves TLS on port"
                  + " 443; add ForwardingRule.https(certificateName, targetPort) or"
                  + " ForwardingRule.tlsPassthrough(443, targetPort)");
    }
    if (cipherPolicy != TlsCipherPolicy.STRONG
        && rules.stream().anyMatch(ForwardingRule::terminatesTls)) {
      checks
          .at("tlsCipherPolicy")
          .refuseUnlessAcknowledged(
              NetworkingRules.SW_LB_003,
              true,
              risks,
              "the load balancer terminates TLS with cipher policy "
                  + cipherPolicy.name()
                  + ", which accepts old TLS versions and weak suites; keep STRONG",
              CIPHER_OPT_OUT);
    }
    if (vpcUuid.isEmpty()) {
      checks
          .at("vpcUuid")
          .refuseUnlessAcknowledged(
              NetworkingRules.SW_LB_004,
              true,
              risks,
              "the load balancer is in no explicit VPC (it lands in the region's default VPC,"
                  + " shared with everything else there); set vpcUuid(...) to the workload's VPC",
              VPC_OPT_OUT);
    } else if (defaultVpcIds.contains(vpcUuid)) {
      checks
          .at("vpcUuid")
          .refuse(
              NetworkingRules.SW_LB_004,
              "the load balancer is in the region's default VPC "
                  + vpcUuid
                  + ", shared with everything else there; move the workload into its own VPC");
    }
  }
}
