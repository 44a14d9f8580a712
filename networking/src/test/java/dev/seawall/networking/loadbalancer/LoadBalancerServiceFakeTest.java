package dev.seawall.networking.loadbalancer;

import static dev.seawall.networking.loadbalancer.LoadBalancers.VPC;
import static dev.seawall.networking.loadbalancer.LoadBalancers.base;
import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.OutcomeUnknownException;
import dev.seawall.core.SeawallException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.Certificate;
import dev.seawall.networking.certificate.CertificateService;
import dev.seawall.networking.certificate.CertificateSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeCertificates;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link LoadBalancerService} against the stateful fake: waits, idempotency (also across
 * certificate renewals), what cannot change, and error paths.
 */
class LoadBalancerServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeCertificates())
                  .addResource(new FakeLoadBalancers(Duration.ofSeconds(90)))
                  .addResource((routes, state) -> seedReferences(state)));

  /** The VPC and droplet the specs name exist, as they must on DigitalOcean. */
  private static void seedReferences(FakeState state) {
    FakeVpcs.seed(state, VPC, "web", "nyc3", "10.110.0.0/20", false);
    FakeDroplets.seed(state, 3164444L, "web-1", "nyc3", VPC, List.of("web"));
  }

  private FakeDigitalOcean fake;
  private TestClock clock;
  private DigitalOcean client;
  private LoadBalancerService loadBalancers;
  private CertificateService certificates;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.clock = clock;
    this.client = client(fake, clock);
    this.loadBalancers = Networking.loadBalancers(client);
    this.certificates = Networking.certificates(client);
    certificates.create(CertificateSpec.letsEncrypt("web-cert", List.of("example.com")).build());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A spec with every attribute away from its default, to prove the read-back matches. */
  private static LoadBalancerSpec full() {
    return base()
        .addForwardingRule(ForwardingRule.httpRedirect())
        .addForwardingRule(ForwardingRule.http2(8443, "web-cert", TargetProtocol.HTTPS, 8443))
        .addForwardingRule(ForwardingRule.tlsPassthrough(9443, 9443))
        .redirectHttpToHttps(true)
        .healthCheck(HealthCheck.tcp(8080))
        .stickySessions(StickySessions.cookies("DO-LB", 600))
        .firewallAllow(Cidr.parse("203.0.113.0/24"), Cidr.parse("198.51.100.7/32"))
        .firewallDeny(Cidr.parse("192.0.2.0/24"))
        .enableProxyProtocol(true)
        .enableBackendKeepalive(true)
        .httpIdleTimeoutSeconds(120)
        .disableLetsEncryptDnsRecords(true)
        .sizeUnit(2)
        .build();
  }

  @Test
  void create_whenApiReportsNew_waitsOnTheClockUntilActive() {
    LoadBalancer created = loadBalancers.create(base().build());

    assertThat(created.status()).isEqualTo(LoadBalancer.Status.ACTIVE);
    assertThat(created.ip()).isNotEmpty();
    assertThat(clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(90));
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);
    assertThat(new LoadBalancerAuditor().audit(created)).isEmpty();
  }

  @Test
  void create_whenStatusBecomesErrored_throwsWaitFailed() {
    FakeLoadBalancers.failProvisioning(fake.state(), "web-lb");

    assertThatThrownBy(() -> loadBalancers.create(base().build()))
        .isInstanceOf(WaitFailedException.class)
        .hasMessageContaining("load balancer 'web-lb'")
        .hasMessageContaining("status errored");
  }

  @Test
  void create_whenNotActiveBeforeDeadline_throwsWaitTimeout() {
    assertThatThrownBy(() -> loadBalancers.create(base().build(), Duration.ofSeconds(30)))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("status new");
    assertThat(clock.slept()).isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void apply_whenAppliedTwice_createsOnceAndNeverUpdates() {
    Applied<LoadBalancer> first = loadBalancers.apply(full());
    Applied<LoadBalancer> second = loadBalancers.apply(full());

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void apply_whenCertificateRenewedAndLoadBalancerRepointed_sendsNoUpdate() {
    LoadBalancer first = loadBalancers.apply(base().build()).resource();
    String oldId = first.certificateIds().get(0);

    String newId = FakeCertificates.renew(fake.state(), "web-cert");
    LoadBalancer second = loadBalancers.apply(base().build()).resource();

    assertThat(newId).isNotEqualTo(oldId);
    assertThat(second.certificateIds()).containsExactly(newId);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void apply_whenRenewedCertificateCoexistsWithOld_sendsNoUpdate() {
    LoadBalancer first = loadBalancers.apply(base().build()).resource();
    clock.advance(Duration.ofDays(60));

    FakeCertificates.issueRenewal(fake.state(), "web-cert");
    LoadBalancer second = loadBalancers.apply(base().build()).resource();

    assertThat(second.certificateIds()).isEqualTo(first.certificateIds());
    assertThat(certificates.listAll().filter(c -> c.name().equals("web-cert"))).hasSize(2);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void apply_whenRuleChangedAfterRenewal_updatesOnceWithTheCurrentCertificate() {
    loadBalancers.apply(base().build());
    clock.advance(Duration.ofDays(60));
    FakeCertificates.issueRenewal(fake.state(), "web-cert");
    String current = certificates.find("web-cert").map(Certificate::id).orElseThrow();
    LoadBalancerSpec changed =
        base().forwardingRules(ForwardingRule.https("web-cert", 9090)).build();

    Applied<LoadBalancer> applied = loadBalancers.apply(changed);
    LoadBalancer updated = applied.resource();
    loadBalancers.apply(changed);

    assertThat(applied.diff().changes())
        .containsExactly(
            FieldChange.removed("forwarding_rules", "https 443 → http 8080 (certificate web-cert)"),
            FieldChange.added("forwarding_rules", "https 443 → http 9090 (certificate web-cert)"));
    assertThat(updated.certificateIds()).containsExactly(current);
    assertThat(updated.forwardingRules())
        .extracting(ForwardingRule::targetPort)
        .containsExactly(9090);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isEqualTo(1);
  }

  @Test
  void apply_whenSpecChanged_putsEverythingAndLosesNothing() {
    LoadBalancer created = loadBalancers.apply(full()).resource();
    LoadBalancerSpec changed =
        full().toBuilder().addFirewallDeny(Cidr.parse("192.0.2.128/25")).build();

    Applied<LoadBalancer> applied = loadBalancers.apply(changed);
    LoadBalancer updated = applied.resource();

    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.added("firewall", "deny cidr:192.0.2.128/25"));
    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isEqualTo(1);
    assertThat(updated.firewall().deny()).hasSize(2);
    assertThat(updated.stickySessions()).isEqualTo(StickySessions.cookies("DO-LB", 600));
    assertThat(updated.healthCheck()).contains(HealthCheck.tcp(8080));
    assertThat(updated.forwardingRules()).hasSize(4);
    assertThat(updated.sizeUnit()).isEqualTo(2);
    assertThat(updated.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.STRONG);
  }

  @Test
  void apply_whenSwitchingFromDropletIdsToTag_updates() {
    loadBalancers.apply(base().tag("").dropletIds(3164444L).build());

    Applied<LoadBalancer> applied = loadBalancers.apply(base().build());

    assertThat(applied.resource().tag()).isEqualTo("web");
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("tag", "(none)", "web"));
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isEqualTo(1);
  }

  @Test
  void apply_whenInDefaultVpc_createsThereAndStaysIdempotent() {
    LoadBalancerSpec spec =
        base().vpcUuid("").inDefaultVpc(Justification.of("SEC-3: shared staging")).build();

    LoadBalancer created = loadBalancers.apply(spec).resource();
    loadBalancers.apply(spec);

    assertThat(created.vpcUuid()).isEqualTo(FakeVpcs.defaultVpc(fake.state(), "nyc3"));
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
    assertThat(LoadBalancerAuditor.withDefaultVpcs(List.of(created.vpcUuid())).audit(created))
        .extracting(v -> v.ruleId())
        .containsExactly("SW-LB-004");
  }

  @Test
  void apply_whenRegionOrVpcChanged_isRefusedAndWritesNothing() {
    loadBalancers.apply(base().build());

    assertThatThrownBy(() -> loadBalancers.apply(base().region("fra1").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("region: nyc3 → fra1");
    assertThatThrownBy(
            () ->
                loadBalancers.apply(base().vpcUuid("5a4981aa-9653-4bd1-bef5-d6bff52042e4").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("vpc_uuid: " + VPC + " → 5a4981aa-9653-4bd1-bef5-d6bff52042e4");
    assertThatThrownBy(
            () -> loadBalancers.apply(base().network(LoadBalancerNetwork.INTERNAL).build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("network: EXTERNAL → INTERNAL");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void apply_whenCertificateUnknown_throwsInvalidSpecAndCreatesNothing() {
    LoadBalancerSpec spec = base().forwardingRules(ForwardingRule.https("shop-cert", 8080)).build();

    assertThatThrownBy(() -> loadBalancers.apply(spec))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("no certificate named 'shop-cert'");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isZero();
  }

  @Test
  void apply_whenOnlyCertificateOfNameIsErrored_refused() {
    String id = certificates.find("web-cert").map(Certificate::id).orElseThrow();
    FakeCertificates.setState(fake.state(), id, "error");

    assertThatThrownBy(() -> loadBalancers.apply(base().build()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("is in state error");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isZero();
  }

  @Test
  void apply_whenRenewalErroredButOldCertificateValid_usesTheOldOne() {
    String old = certificates.find("web-cert").map(Certificate::id).orElseThrow();
    FakeCertificates.issueRenewal(fake.state(), "web-cert");
    certificates
        .listAll()
        .filter(c -> c.name().equals("web-cert") && !c.id().equals(old))
        .forEach(c -> FakeCertificates.setState(fake.state(), c.id(), "error"));

    LoadBalancer created = loadBalancers.apply(base().build()).resource();

    assertThat(created.certificateIds()).containsExactly(old);
  }

  @Test
  void create_whenResponseLost_findsTheLoadBalancerInsteadOfPostingAgain() {
    fake.disconnectNext(NetworkingOperations.LOAD_BALANCERS_CREATE.operationId());

    LoadBalancer created = loadBalancers.create(base().build());

    assertThat(created.name()).isEqualTo("web-lb");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeLoadBalancers.TABLE).size()).isEqualTo(1);
  }

  @Test
  void create_whenServerErrorOnce_neverResendsAndTheNextApplyCreatesIt() {
    fake.failNext(NetworkingOperations.LOAD_BALANCERS_CREATE, 500);

    assertThatThrownBy(() -> loadBalancers.create(base().build()))
        .isInstanceOfSatisfying(
            OutcomeUnknownException.class,
            e -> assertThat(e.resource()).isEqualTo("load_balancer 'web-lb'"));
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);

    loadBalancers.apply(base().build());

    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(2);
    assertThat(fake.state().table(FakeLoadBalancers.TABLE).size()).isEqualTo(1);
  }

  @Test
  void create_whenTheNameIsTaken_refusesWithoutPosting() {
    loadBalancers.create(base().build());

    assertThatThrownBy(() -> loadBalancers.create(base().build()))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("already exists");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeLoadBalancers.TABLE).size()).isEqualTo(1);
  }

  @Test
  void create_whenApiRefuses_throwsUnprocessable() {
    fake.failNext(NetworkingOperations.LOAD_BALANCERS_CREATE, 422);

    assertThatThrownBy(() -> loadBalancers.create(base().build()))
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void update_whenTheCertificateWasRenewed_comparesByNameAndSendsNoPut() {
    LoadBalancer created = loadBalancers.create(base().build());
    String newId = FakeCertificates.renew(fake.state(), "web-cert");

    LoadBalancer updated = loadBalancers.update(created.id(), base().build());

    assertThat(updated.certificateIds()).containsExactly(newId);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void update_whenTokenLacksScope_throwsForbiddenNamingIt() {
    LoadBalancer created = loadBalancers.create(base().build());
    fake.failNext(NetworkingOperations.LOAD_BALANCERS_UPDATE, 403);

    assertThatThrownBy(
            () -> loadBalancers.update(created.id(), base().enableProxyProtocol(true).build()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("load_balancer:update"));
  }

  @Test
  void update_whenMissing_throwsNotFound() {
    assertThatThrownBy(
            () -> loadBalancers.update("7dbf91fe-cbdb-48dc-8290-c3a181554905", base().build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void delete_whenDeletedTwice_isGoneAndTheSecondIsAlreadyDeleted() {
    LoadBalancer created = loadBalancers.create(base().build());

    assertThat(loadBalancers.delete(created.id())).isEqualTo(Deletion.DELETED);

    assertThat(loadBalancers.find("web-lb")).isEmpty();
    assertThat(loadBalancers.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndTheLoadBalancerIsGone() {
    LoadBalancer created = loadBalancers.create(base().build());
    fake.disconnectNext(NetworkingOperations.LOAD_BALANCERS_DELETE.operationId());

    assertThat(loadBalancers.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(loadBalancers.find("web-lb")).isEmpty();
  }

  @Test
  void apply_whenCreatedWithOptOuts_auditFlagsTheAcknowledgedRules() {
    Justification why = Justification.of("SEC-9: legacy kiosk");
    LoadBalancerSpec risky =
        base()
            .addForwardingRule(ForwardingRule.http(80, 8080))
            .allowPlainHttp(why)
            .allowDefaultCipherPolicy(why)
            .build();

    LoadBalancer created = loadBalancers.apply(risky).resource();
    loadBalancers.apply(risky);

    assertThat(new LoadBalancerAuditor().audit(created))
        .extracting(v -> v.ruleId())
        .containsExactly("SW-LB-001", "SW-LB-003");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void get_whenFakeStoresTcpHealthCheckWithPath_readsNoPath() {
    LoadBalancer created = loadBalancers.create(base().healthCheck(HealthCheck.tcp(8080)).build());

    Map<String, Object> stored = fake.state().table(FakeLoadBalancers.TABLE).require(created.id());
    assertThat(FakeJson.write(stored.get("health_check"))).contains("\"path\":\"/\"");
    assertThat(loadBalancers.get(created.id()).healthCheck()).contains(HealthCheck.tcp(8080));
  }
}
