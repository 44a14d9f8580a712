package dev.seawall.networking.loadbalancer;

import static dev.seawall.networking.loadbalancer.LoadBalancers.VPC;
import static dev.seawall.networking.loadbalancer.LoadBalancers.base;
import static dev.seawall.networking.loadbalancer.LoadBalancers.httpsById;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.networking.loadbalancer.LoadBalancers.Observed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link LoadBalancerService#DIFFER}: how a spec is compared with an existing load balancer (the
 * basis of idempotent apply and of the stack's live plan).
 */
class LoadBalancerDiffTest {
  private static final Map<String, String> NAMES =
      Map.of("cert-1", "web-cert", "cert-2", "web-cert");

  private static Diff diff(LoadBalancerSpec.Builder spec, Observed observed) {
    return LoadBalancerService.DIFFER.diff(spec.build(), observed.build());
  }

  /** A rule as observing reads it: the certificate's id and, when it exists, its name. */
  private static ForwardingRule observedRule(int port, String certificateId) {
    ForwardingRule read =
        ForwardingRule.observed(
            EntryProtocol.HTTPS, port, TargetProtocol.HTTP, 8080, "", certificateId, false);
    String name = NAMES.get(certificateId);
    return name == null ? read : read.withCertificateName(name);
  }

  @Test
  void diff_whenTheLoadBalancerMatchesTheSpec_isNone() {
    assertThat(diff(base(), new Observed()).isNone()).isTrue();
  }

  @Test
  void diff_whenNothingExists_createsWithEveryManagedFieldReadably() {
    Diff diff = LoadBalancerService.DIFFER.diff(base().build(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .contains(
            FieldChange.created("region", "nyc3"),
            FieldChange.created("vpc_uuid", VPC),
            FieldChange.created("tag", "web"),
            FieldChange.created(
                "forwarding_rules", "[https 443 → http 8080 (certificate web-cert)]"));
    assertThat(diff.fields()).doesNotContain("droplet_ids", "size");
  }

  @Property
  void diff_whenRulesReportedInAnyOrderAndUnderAnyIdOfTheName_isNone(
      @ForAll @IntRange(min = 1, max = 8) int count, @ForAll long seed) {
    Random random = new Random(seed);
    List<ForwardingRule> specRules = new ArrayList<>();
    List<ForwardingRule> apiRules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int port = 1000 + i;
      specRules.add(ForwardingRule.https(port, "web-cert", TargetProtocol.HTTP, 8080));
      apiRules.add(observedRule(port, random.nextBoolean() ? "cert-1" : "cert-2"));
    }
    Collections.shuffle(apiRules, random);
    Observed observed = new Observed();
    observed.forwardingRules = apiRules;

    assertThat(diff(base().forwardingRules(specRules), observed).isNone()).isTrue();
  }

  @Property
  void diff_whenOneRuleDiffers_replacesThatRuleInPlace(
      @ForAll @IntRange(min = 1, max = 65535) int targetPort) {
    Diff diff =
        diff(base().forwardingRules(ForwardingRule.https("web-cert", targetPort)), new Observed());

    if (targetPort == 8080) {
      assertThat(diff.isNone()).isTrue();
    } else {
      assertThat(diff.changes())
          .containsExactly(
              FieldChange.removed(
                  "forwarding_rules", "https 443 → http 8080 (certificate web-cert)"),
              FieldChange.added(
                  "forwarding_rules",
                  "https 443 → http " + targetPort + " (certificate web-cert)"));
    }
  }

  @Property
  void diff_whenTheCertificateIdIsUnknown_alwaysDiffers(@ForAll long seed) {
    Observed observed = new Observed();
    observed.forwardingRules = List.of(httpsById("gone-" + seed, 8080));

    Diff diff = diff(base(), observed);

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .contains(
            FieldChange.removed(
                "forwarding_rules", "https 443 → http 8080 (certificate id gone-" + seed + ")"));
  }

  @Test
  void diff_whenUpdatableFieldsDiffer_updatesThemInPlaceWithOldAndNewValues() {
    LoadBalancerSpec.Builder spec =
        base()
            .enableBackendKeepalive(true)
            .httpIdleTimeoutSeconds(120)
            .sizeUnit(3)
            .stickySessions(StickySessions.cookies("DO-LB", 600))
            .addFirewallDeny(Cidr.parse("192.0.2.0/24"));

    Diff diff = diff(spec, new Observed());

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("size_unit", "1", "3"),
            FieldChange.updated(
                "sticky_sessions", "StickySessions[none]", "StickySessions[cookies DO-LB, 600s]"),
            FieldChange.updated("enable_backend_keepalive", "false", "true"),
            FieldChange.updated("http_idle_timeout_seconds", "60", "120"),
            FieldChange.added("firewall", "deny cidr:192.0.2.0/24"));
  }

  @Test
  void diff_whenFixedFieldsDiffer_refusesEachWithBothValues() {
    Observed observed = new Observed();
    observed.network = LoadBalancerNetwork.INTERNAL;

    Diff diff =
        diff(base().region("fra1").vpcUuid("5a4981aa-9653-4bd1-bef5-d6bff52042e4"), observed);

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .extracting(
            c -> c.field() + ": " + c.before().orElseThrow() + " → " + c.after().orElseThrow())
        .containsExactly(
            "region: nyc3 → fra1",
            "vpc_uuid: " + VPC + " → 5a4981aa-9653-4bd1-bef5-d6bff52042e4",
            "network: INTERNAL → EXTERNAL");
    assertThat(diff.refused())
        .allSatisfy(c -> assertThat(c.reason()).contains("fixed at creation"));
  }

  @Property
  void diff_whenNotRegional_isRefused(@ForAll boolean global) {
    Observed observed = new Observed();
    observed.type = global ? LoadBalancer.Type.GLOBAL : LoadBalancer.Type.REGIONAL_NETWORK;

    assertThat(diff(base(), observed).refused())
        .singleElement()
        .satisfies(change -> assertThat(change.field()).isEqualTo("type"));
  }

  @Test
  void diff_whenTheApiOmittedFields_treatsThemAsUnknownNotAsChanges() {
    Observed observed = new Observed();
    observed.region = "";
    observed.vpcUuid = "";
    observed.sizeUnit = 0;
    observed.httpIdleTimeoutSeconds = 0;
    observed.healthCheck = Optional.empty();
    observed.tlsCipherPolicy = TlsCipherPolicy.UNKNOWN;

    Diff diff =
        diff(
            base()
                .region("fra1")
                .sizeUnit(2)
                .httpIdleTimeoutSeconds(90)
                .healthCheck(HealthCheck.tcp(8080)),
            observed);

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenTheSpecUsesTheDefaultVpc_doesNotCompareTheVpc() {
    LoadBalancerSpec.Builder inDefault =
        base().vpcUuid("").inDefaultVpc(Justification.of("SEC-3: shared staging"));

    assertThat(diff(inDefault, new Observed()).isNone()).isTrue();
  }

  @Property
  void diff_whenDropletIdsReorderedOrTagMatches_isNone(@ForAll long seed) {
    List<Long> ids = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
    Collections.shuffle(ids, new Random(seed));
    Observed byIds = new Observed();
    byIds.dropletIds = ids;
    byIds.tag = "";

    assertThat(diff(base().tag("").dropletIds(1L, 2L, 3L, 4L), byIds).isNone()).isTrue();
    assertThat(diff(base(), byIds).changes())
        .containsExactly(FieldChange.updated("tag", "(none)", "web"));
  }

  @Test
  void diff_whenSwitchingFromTagToDropletIds_changesBoth() {
    Observed byTag = new Observed();
    byTag.dropletIds = List.of(7L);

    Diff diff = diff(base().tag("").dropletIds(3164444L), byTag);

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("tag", "web", "(none)"),
            FieldChange.removed("droplet_ids", "7"),
            FieldChange.added("droplet_ids", "3164444"));
  }

  @Test
  void diff_whenFirewallEntriesReordered_isNone() {
    Cidr a = Cidr.parse("203.0.113.0/24");
    Cidr b = Cidr.parse("198.51.100.7/32");
    Observed observed = new Observed();
    observed.firewall = LoadBalancerFirewall.of(List.of(b, a), List.of());

    assertThat(diff(base().firewallAllow(a, b), observed).isNone()).isTrue();
    assertThat(diff(base().firewallAllow(a), observed).changes())
        .containsExactly(FieldChange.removed("firewall", "allow ip:198.51.100.7"));
  }

  @Test
  void diff_whenAnotherLoadBalancerIsUpdatedById_renamesIt() {
    assertThat(diff(base().name("shop-lb"), new Observed()).changes())
        .containsExactly(FieldChange.updated("name", "web-lb", "shop-lb"));
  }
}
