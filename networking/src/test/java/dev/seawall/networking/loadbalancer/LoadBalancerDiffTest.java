package dev.seawall.networking.loadbalancer;

import static dev.seawall.networking.loadbalancer.LoadBalancers.VPC;
import static dev.seawall.networking.loadbalancer.LoadBalancers.base;
import static dev.seawall.networking.loadbalancer.LoadBalancers.httpsById;
import static dev.seawall.networking.loadbalancer.LoadBalancers.readModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** How a spec is compared with an existing load balancer (the basis of idempotent apply). */
class LoadBalancerDiffTest {
  private static final Map<String, String> NAMES =
      Map.of("cert-1", "web-cert", "cert-2", "web-cert");

  private static LoadBalancer with(LoadBalancer lb, List<ForwardingRule> rules) {
    return new LoadBalancer(
        lb.id(),
        lb.name(),
        lb.region(),
        lb.status(),
        lb.ip(),
        lb.ipv6(),
        lb.sizeUnit(),
        lb.size(),
        lb.vpcUuid(),
        rules,
        lb.healthCheck(),
        lb.stickySessions(),
        lb.redirectHttpToHttps(),
        lb.tlsCipherPolicy(),
        lb.enableProxyProtocol(),
        lb.enableBackendKeepalive(),
        lb.httpIdleTimeoutSeconds(),
        lb.disableLetsEncryptDnsRecords(),
        lb.firewall(),
        lb.network(),
        lb.networkStack(),
        lb.type(),
        lb.dropletIds(),
        lb.tag(),
        lb.projectId(),
        lb.createdAt());
  }

  private static LoadBalancer existing() {
    return readModel(List.of(httpsById("cert-1", 8080)), false, TlsCipherPolicy.STRONG, VPC);
  }

  @Property
  void between_whenRulesReportedInAnyOrderAndUnderAnyIdOfTheName_isEmpty(
      @ForAll @IntRange(min = 1, max = 8) int count, @ForAll long seed) {
    Random random = new Random(seed);
    List<ForwardingRule> specRules = new ArrayList<>();
    List<ForwardingRule> apiRules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int port = 1000 + i;
      specRules.add(ForwardingRule.https(port, "web-cert", TargetProtocol.HTTP, 8080));
      apiRules.add(
          ForwardingRule.read(
              EntryProtocol.HTTPS,
              port,
              TargetProtocol.HTTP,
              8080,
              random.nextBoolean() ? "cert-1" : "cert-2",
              false));
    }
    Collections.shuffle(apiRules, random);
    LoadBalancerSpec spec = base().forwardingRules(specRules).build();

    assertThat(LoadBalancerDiff.between(spec, with(existing(), apiRules), NAMES).isEmpty())
        .isTrue();
  }

  @Property
  void between_whenOneRuleDiffers_reportsForwardingRules(
      @ForAll @IntRange(min = 1, max = 65535) int targetPort) {
    LoadBalancerSpec spec =
        base().forwardingRules(ForwardingRule.https("web-cert", targetPort)).build();
    LoadBalancerDiff diff = LoadBalancerDiff.between(spec, existing(), NAMES);

    assertThat(diff.changed().contains("forwardingRules")).isEqualTo(targetPort != 8080);
  }

  @Property
  void between_whenCertificateIdUnknown_alwaysDiffers(@ForAll long seed) {
    LoadBalancer lb = with(existing(), List.of(httpsById("gone-" + seed, 8080)));

    assertThat(LoadBalancerDiff.between(base().build(), lb, NAMES).changed())
        .containsExactly("forwardingRules");
  }

  @Property
  void between_whenIdleTimeoutNotReported_readsTheDefault(@ForAll boolean reported) {
    LoadBalancer lb = existing();
    LoadBalancer zero =
        new LoadBalancer(
            lb.id(),
            lb.name(),
            lb.region(),
            lb.status(),
            lb.ip(),
            lb.ipv6(),
            lb.sizeUnit(),
            lb.size(),
            lb.vpcUuid(),
            lb.forwardingRules(),
            Optional.empty(),
            lb.stickySessions(),
            lb.redirectHttpToHttps(),
            lb.tlsCipherPolicy(),
            lb.enableProxyProtocol(),
            lb.enableBackendKeepalive(),
            reported ? 60 : 0,
            lb.disableLetsEncryptDnsRecords(),
            lb.firewall(),
            lb.network(),
            lb.networkStack(),
            lb.type(),
            lb.dropletIds(),
            lb.tag(),
            lb.projectId(),
            lb.createdAt());

    assertThat(LoadBalancerDiff.between(base().build(), zero, NAMES).isEmpty()).isTrue();
  }

  @Property
  void between_whenDropletIdsReorderedOrTagMatches_isEmpty(@ForAll long seed) {
    List<Long> ids = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
    Collections.shuffle(ids, new Random(seed));
    LoadBalancer lb = existing();
    LoadBalancer byIds =
        new LoadBalancer(
            lb.id(),
            lb.name(),
            lb.region(),
            lb.status(),
            lb.ip(),
            lb.ipv6(),
            lb.sizeUnit(),
            lb.size(),
            lb.vpcUuid(),
            lb.forwardingRules(),
            lb.healthCheck(),
            lb.stickySessions(),
            lb.redirectHttpToHttps(),
            lb.tlsCipherPolicy(),
            lb.enableProxyProtocol(),
            lb.enableBackendKeepalive(),
            lb.httpIdleTimeoutSeconds(),
            lb.disableLetsEncryptDnsRecords(),
            lb.firewall(),
            lb.network(),
            lb.networkStack(),
            lb.type(),
            ids,
            "",
            lb.projectId(),
            lb.createdAt());

    assertThat(
            LoadBalancerDiff.between(
                    base().tag("").dropletIds(1L, 2L, 3L, 4L).build(), byIds, NAMES)
                .isEmpty())
        .isTrue();
    assertThat(LoadBalancerDiff.between(base().build(), byIds, NAMES).changed())
        .containsExactly("tag");
  }

  @Property
  void between_whenNotRegional_isAConflict(@ForAll boolean global) {
    LoadBalancer lb = existing();
    LoadBalancer other =
        new LoadBalancer(
            lb.id(),
            lb.name(),
            lb.region(),
            lb.status(),
            lb.ip(),
            lb.ipv6(),
            lb.sizeUnit(),
            lb.size(),
            lb.vpcUuid(),
            lb.forwardingRules(),
            lb.healthCheck(),
            lb.stickySessions(),
            lb.redirectHttpToHttps(),
            lb.tlsCipherPolicy(),
            lb.enableProxyProtocol(),
            lb.enableBackendKeepalive(),
            lb.httpIdleTimeoutSeconds(),
            lb.disableLetsEncryptDnsRecords(),
            lb.firewall(),
            lb.network(),
            lb.networkStack(),
            global ? LoadBalancer.Type.GLOBAL : LoadBalancer.Type.REGIONAL_NETWORK,
            lb.dropletIds(),
            lb.tag(),
            lb.projectId(),
            lb.createdAt());

    assertThat(LoadBalancerDiff.between(base().build(), other, NAMES).conflicts())
        .singleElement()
        .asString()
        .startsWith("type (");
  }
}
