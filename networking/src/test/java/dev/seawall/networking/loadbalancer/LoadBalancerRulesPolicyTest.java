package dev.seawall.networking.loadbalancer;

import static dev.seawall.networking.loadbalancer.LoadBalancers.VPC;
import static dev.seawall.networking.loadbalancer.LoadBalancers.base;
import static dev.seawall.networking.loadbalancer.LoadBalancers.httpsById;
import static dev.seawall.networking.loadbalancer.LoadBalancers.readModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every load balancer rule three ways: the builder refuses it, the opt-out accepts it and records
 * an {@link AcknowledgedRisk} (where the rule has one), and the auditor flags it on a read model.
 */
class LoadBalancerRulesPolicyTest {
  private static final Justification WHY = Justification.of("SEC-7: legacy clients");
  private static final String CERT_ID = "892071a0-bb95-49bc-8021-3afd67a210bf";
  private final LoadBalancerAuditor auditor = new LoadBalancerAuditor();

  private static List<String> ruleIds(Validation<Seq<Violation>, LoadBalancerSpec> result) {
    assertThat(result.isInvalid()).as("spec refused").isTrue();
    return result.getError().map(Violation::ruleId).asJava();
  }

  private static List<String> ruleIds(List<Violation> violations) {
    return violations.stream().map(Violation::ruleId).toList();
  }

  @Test
  void build_whenDefaults_passesEveryRule() {
    LoadBalancerSpec spec = base().build();

    assertThat(spec.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.STRONG);
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @Test
  void audit_whenHardenedLoadBalancer_findsNothing() {
    LoadBalancer lb =
        readModel(
            List.of(httpsById(CERT_ID, 8080), ForwardingRule.httpRedirect()),
            true,
            TlsCipherPolicy.STRONG,
            VPC);

    assertThat(auditor.audit(lb)).isEmpty();
  }

  @Nested
  class PlainHttp001 {
    @Test
    void validate_whenHttpEntryWithoutRedirect_refusedNamingOptOut() {
      var result = base().addForwardingRule(ForwardingRule.httpRedirect()).validate();

      assertThat(ruleIds(result)).containsExactly("SW-LB-001");
      Violation v = result.getError().head();
      assertThat(v.resource()).isEqualTo("load_balancer/web-lb.forwardingRules[1]");
      assertThat(v.message())
          .contains("http on port 80 serves plain HTTP")
          .contains("redirectHttpToHttps(true)")
          .contains("allowPlainHttp(Justification)");
    }

    @Test
    void validate_whenRedirectButHttpOnOtherPort_refused() {
      var result =
          base()
              .addForwardingRule(ForwardingRule.httpRedirect())
              .addForwardingRule(ForwardingRule.http(8080, 8080))
              .redirectHttpToHttps(true)
              .validate();

      assertThat(ruleIds(result)).containsExactly("SW-LB-001");
      assertThat(result.getError().head().resource()).endsWith("forwardingRules[2]");
      assertThat(result.getError().head().message()).contains("only redirects port 80");
    }

    @Test
    void build_whenRedirectOnPort80_accepted() {
      LoadBalancerSpec spec =
          base().addForwardingRule(ForwardingRule.httpRedirect()).redirectHttpToHttps(true).build();

      assertThat(spec.redirectHttpToHttps()).isTrue();
      assertThat(spec.acknowledgedRisks()).isEmpty();
    }

    @Test
    void build_whenAllowPlainHttp_acceptsAndRecordsRisk() {
      LoadBalancerSpec spec =
          base().addForwardingRule(ForwardingRule.http(8080, 8080)).allowPlainHttp(WHY).build();

      assertThat(spec.acknowledgedRisks())
          .containsExactly(
              AcknowledgedRisk.of(
                  NetworkingRules.SW_LB_001, WHY, "plain http entries without redirect to HTTPS"));
    }

    @Test
    void audit_whenHttpEntryWithoutRedirect_flagged() {
      LoadBalancer lb =
          readModel(
              List.of(httpsById(CERT_ID, 8080), ForwardingRule.http(80, 8080)),
              false,
              TlsCipherPolicy.STRONG,
              VPC);

      List<Violation> violations = auditor.audit(lb);

      assertThat(ruleIds(violations)).containsExactly("SW-LB-001");
      assertThat(violations.get(0).resource()).isEqualTo("load_balancer/web-lb.forwardingRules[1]");
    }
  }

  @Nested
  class RedirectWithoutTls002 {
    @Test
    void validate_whenRedirectWithoutTlsOn443_refusedWithoutOptOut() {
      var result =
          LoadBalancerSpec.builder()
              .name("web-lb")
              .region("nyc3")
              .vpcUuid(VPC)
              .tag("web")
              .addForwardingRule(ForwardingRule.https(8443, "web-cert", TargetProtocol.HTTP, 80))
              .addForwardingRule(ForwardingRule.httpRedirect())
              .redirectHttpToHttps(true)
              .allowPlainHttp(WHY)
              .validate();

      assertThat(ruleIds(result)).containsExactly("SW-LB-002");
      Violation v = result.getError().head();
      assertThat(v.resource()).isEqualTo("load_balancer/web-lb.redirectHttpToHttps");
      assertThat(v.message()).contains("no forwarding rule serves TLS on port 443");
    }

    @Test
    void build_whenPassthroughOn443_satisfiesRedirect() {
      LoadBalancerSpec spec =
          LoadBalancerSpec.builder()
              .name("web-lb")
              .region("nyc3")
              .vpcUuid(VPC)
              .tag("web")
              .addForwardingRule(ForwardingRule.tlsPassthrough(443, 443))
              .addForwardingRule(ForwardingRule.httpRedirect())
              .redirectHttpToHttps(true)
              .build();

      assertThat(spec.certificateNames()).isEmpty();
    }

    @Test
    void audit_whenRedirectWithoutTlsRule_flagged() {
      LoadBalancer lb =
          readModel(List.of(ForwardingRule.http(80, 80)), true, TlsCipherPolicy.STRONG, VPC);

      assertThat(ruleIds(auditor.audit(lb))).containsExactly("SW-LB-002");
    }
  }

  @Nested
  class CipherPolicy003 {
    @Test
    void build_whenAllowDefaultCipherPolicy_sendsDefaultAndRecordsRisk() {
      LoadBalancerSpec spec = base().allowDefaultCipherPolicy(WHY).build();

      assertThat(spec.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.DEFAULT);
      assertThat(spec.acknowledgedRisks())
          .containsExactly(
              AcknowledgedRisk.of(NetworkingRules.SW_LB_003, WHY, "tls_cipher_policy DEFAULT"));
    }

    @Test
    void check_whenDefaultPolicyWithoutOptOut_refused() {
      // The builder cannot express DEFAULT without the opt-out; the shared check refuses it.
      var checks = dev.seawall.core.policy.Checks.on("load_balancer/web-lb");
      LoadBalancerPolicy.check(
          checks,
          List.of(ForwardingRule.https("web-cert", 80)),
          false,
          TlsCipherPolicy.DEFAULT,
          VPC,
          Set.of(),
          List.of());

      assertThat(ruleIds(checks.violations())).containsExactly("SW-LB-003");
      assertThat(checks.violations().get(0).message())
          .contains("allowDefaultCipherPolicy(Justification)");
    }

    @Test
    void audit_whenTerminatingWithDefaultPolicy_flagged() {
      LoadBalancer lb =
          readModel(List.of(httpsById(CERT_ID, 8080)), false, TlsCipherPolicy.DEFAULT, VPC);

      List<Violation> violations = auditor.audit(lb);

      assertThat(ruleIds(violations)).containsExactly("SW-LB-003");
      assertThat(violations.get(0).resource()).isEqualTo("load_balancer/web-lb.tlsCipherPolicy");
    }

    @Test
    void audit_whenOnlyPassthroughWithDefaultPolicy_notFlagged() {
      LoadBalancer lb =
          readModel(
              List.of(ForwardingRule.tlsPassthrough(443, 443)),
              false,
              TlsCipherPolicy.DEFAULT,
              VPC);

      assertThat(auditor.audit(lb)).isEmpty();
    }
  }

  @Nested
  class OutsideVpc004 {
    @Test
    void validate_whenNoVpc_refusedNamingOptOut() {
      var result = base().vpcUuid("").validate();

      assertThat(ruleIds(result)).containsExactly("SW-LB-004");
      assertThat(result.getError().head().message()).contains("inDefaultVpc(Justification)");
    }

    @Test
    void build_whenInDefaultVpc_acceptsAndRecordsRisk() {
      LoadBalancerSpec spec = base().vpcUuid("").inDefaultVpc(WHY).build();

      assertThat(spec.vpcUuid()).isEmpty();
      assertThat(spec.acknowledgedRisks())
          .containsExactly(
              AcknowledgedRisk.of(
                  NetworkingRules.SW_LB_004, WHY, "load balancer in the region's default VPC"));
    }

    @Test
    void audit_whenNoVpc_flagged() {
      LoadBalancer lb =
          readModel(List.of(httpsById(CERT_ID, 80)), false, TlsCipherPolicy.STRONG, "");

      assertThat(ruleIds(auditor.audit(lb))).containsExactly("SW-LB-004");
    }

    @Test
    void audit_whenInKnownDefaultVpc_flaggedOnlyByAuditorThatKnowsIt() {
      LoadBalancer lb =
          readModel(List.of(httpsById(CERT_ID, 80)), false, TlsCipherPolicy.STRONG, VPC);

      assertThat(auditor.audit(lb)).isEmpty();
      List<Violation> violations = LoadBalancerAuditor.withDefaultVpcs(Set.of(VPC)).audit(lb);
      assertThat(ruleIds(violations)).containsExactly("SW-LB-004");
      assertThat(violations.get(0).message()).contains("default VPC " + VPC);
    }
  }

  @Test
  void audit_whenObservedTcpRulesBesideTlsByCertificateId_checksTheTlsRuleOnly() {
    LoadBalancer lb =
        readModel(
            List.of(
                ForwardingRule.observed(
                    EntryProtocol.TCP, 5432, TargetProtocol.TCP, 5432, "", "", false),
                ForwardingRule.observed(
                    EntryProtocol.UDP, 53, TargetProtocol.UDP, 53, "", "", false),
                ForwardingRule.observed(
                    EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 80, "", CERT_ID, false)),
            false,
            TlsCipherPolicy.DEFAULT,
            VPC);

    List<Violation> violations = auditor.audit(lb);

    // tcp/udp are neither plain http (SW-LB-001) nor TLS; the https rule terminates TLS (SW-LB-003)
    assertThat(ruleIds(violations)).containsExactly("SW-LB-003");
    assertThat(
            ruleIds(
                auditor.audit(
                    readModel(
                        List.of(
                            ForwardingRule.observed(
                                EntryProtocol.TCP, 80, TargetProtocol.TCP, 80, "", "", false)),
                        true,
                        TlsCipherPolicy.STRONG,
                        VPC))))
        .as("a tcp rule on 443 would not serve the redirect; none on 443 at all here")
        .containsExactly("SW-LB-002");
  }

  @Test
  void audit_whenEverythingWrong_reportsAllInRuleOrder() {
    LoadBalancer lb =
        readModel(
            List.of(
                ForwardingRule.observed(
                    EntryProtocol.HTTPS, 8443, TargetProtocol.HTTP, 80, "", CERT_ID, false),
                ForwardingRule.http(8080, 80)),
            true,
            TlsCipherPolicy.DEFAULT,
            "");

    assertThat(ruleIds(auditor.audit(lb)))
        .containsExactly("SW-LB-001", "SW-LB-002", "SW-LB-003", "SW-LB-004");
  }

  @Test
  void audit_whenFedIntoPolicyReport_appearsInJsonAndSarif() {
    LoadBalancer lb =
        readModel(List.of(httpsById(CERT_ID, 80)), false, TlsCipherPolicy.DEFAULT, "");

    PolicyReport report = PolicyReport.builder().addAll(auditor.audit(lb)).build();

    assertThat(report.hasUnacknowledgedErrors()).isTrue();
    assertThat(report.toJson()).contains("SW-LB-003").contains("load_balancer/web-lb");
    assertThat(report.toSarif()).contains("SW-LB-004");
  }
}
