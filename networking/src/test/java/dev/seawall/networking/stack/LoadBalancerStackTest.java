package dev.seawall.networking.stack;

import static dev.seawall.networking.stack.NetworkingStackResourcesTest.lbSpec;
import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.CertificateResource;
import dev.seawall.networking.certificate.CertificateSpec;
import dev.seawall.networking.loadbalancer.LoadBalancer;
import dev.seawall.networking.loadbalancer.LoadBalancerResource;
import dev.seawall.networking.loadbalancer.LoadBalancerSpec;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeCertificates;
import dev.seawall.testkit.fakes.FakeDomains;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The certificate and load balancer stack resources: live plans show their diffs, applies report
 * created, updated and unchanged against the stateful fake; references order them at plan time.
 */
class LoadBalancerStackTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeVpcs())
                  .addResource(new FakeCertificates())
                  .addResource(new FakeLoadBalancers())
                  .addResource(new FakeDomains()));

  private static final ResourceKey LB = ResourceKey.of(LoadBalancerResource.KIND, "web-lb");
  private static final ResourceKey CERT = ResourceKey.of(CertificateResource.KIND, "web-cert");
  private static final String VPC_ID = "c33931f2-a26a-4e61-b85c-4e95a2ec431b";

  private FakeDigitalOcean fake;
  private DigitalOcean client;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    FakeDomains.seed(fake.state(), "example.com"); // Let's Encrypt needs the domain on DO DNS
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /**
   * A VPC, the certificate {@code web-cert} for {@code dnsName} and the load balancer using both.
   */
  private Stack stack(String dnsName, UnaryOperator<LoadBalancerSpec.Builder> customize) {
    VpcResource vpc =
        VpcResource.of(
            client, VpcSpec.builder().name("prod").region("fra1").ipRange("10.10.0.0/20").build());
    CertificateResource certificate =
        CertificateResource.of(
            client, CertificateSpec.letsEncrypt("web-cert", List.of(dnsName)).build());
    LoadBalancerResource lb =
        LoadBalancerResource.builder(client, "web-lb", customize.apply(lbSpec()))
            .vpc(vpc)
            .certificate(certificate)
            .build();
    return Stack.builder().add(lb).add(certificate).add(vpc).build();
  }

  private static AppliedResource applied(ApplyResult result, ResourceKey key) {
    return result.applied().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void planLive_whenNothingExists_plansCreatesWithTheVpcKnownAfterApplyAndSendsNoWrite() {
    Plan plan = stack("www.example.com", spec -> spec).planLive();

    ResourcePlan lb = plan.resource(LB).orElseThrow();
    assertThat(lb.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(lb.diff().changes())
        .contains(
            FieldChange.created("vpc_uuid", FieldChange.KNOWN_AFTER_APPLY),
            FieldChange.created(
                "forwarding_rules",
                "[https 443 → http 8080 (certificate web-cert), http 80 → http 80]"));
    assertThat(plan.render())
        .contains("+ certificate/web-cert (create)")
        .contains("    dns_names = [www.example.com]")
        .contains("+ load_balancer/web-lb (create)");
    assertThat(plan.requiredScopes())
        .contains("certificate:create", "load_balancer:create", "vpc:create")
        .doesNotContain("load_balancer:update");
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isZero();
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isZero();
  }

  @Test
  void apply_whenRunTwice_createsEverythingThenReportsUnchanged() {
    ApplyResult first = stack("www.example.com", spec -> spec).apply(1);
    ApplyResult second = stack("www.example.com", spec -> spec).apply(1);

    assertThat(first.succeeded()).isTrue();
    assertThat(first.applied()).extracting(AppliedResource::outcome).containsOnly("created");
    assertThat(applied(first, CERT).status()).isEqualTo("verified");
    assertThat(applied(first, LB).status()).isEqualTo("active");
    assertThat(applied(first, LB).output("ip")).isPresent();
    LoadBalancer lb = Networking.loadBalancers(client).get(applied(first, LB).id());
    assertThat(lb.vpcUuid()).isEqualTo(applied(first, ResourceKey.of("vpc", "prod")).id());
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.applied()).extracting(AppliedResource::outcome).containsOnly("unchanged");
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void planLive_whenTheLoadBalancerChanged_showsTheFieldsAndApplyUpdatesOnlyIt() {
    stack("www.example.com", spec -> spec).apply(1);
    Stack changed = stack("www.example.com", spec -> spec.enableBackendKeepalive(true));

    Plan plan = changed.planLive();
    ApplyResult result = changed.apply(plan, 1, StackListener.NONE);

    assertThat(plan.resource(LB).orElseThrow().lines())
        .containsExactly(
            "~ load_balancer/web-lb (update in-place)",
            "    enable_backend_keepalive: false → true");
    assertThat(plan.resource(CERT).orElseThrow().action()).isEqualTo(Diff.Action.NONE);
    assertThat(plan.requiredScopes())
        .contains("load_balancer:update")
        .doesNotContain("load_balancer:create", "certificate:create");
    assertThat(applied(result, LB).outcome()).isEqualTo("updated");
    assertThat(applied(result, LB).diff().fields()).containsExactly("enable_backend_keepalive");
    assertThat(applied(result, CERT).outcome()).isEqualTo("unchanged");
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isEqualTo(1);
  }

  @Test
  void planLive_whenTheCertificateWouldChange_isRefusedAndApplySendsNothing() {
    stack("www.example.com", spec -> spec).apply(1);
    Stack changed = stack("shop.example.com", spec -> spec.enableBackendKeepalive(true));

    Plan plan = changed.planLive();

    assertThat(plan.refused()).extracting(ResourcePlan::key).containsExactly(CERT);
    assertThat(plan.render())
        .contains("! certificate/web-cert (refused)")
        .contains("dns_names: [www.example.com] → [shop.example.com]");
    assertThatThrownBy(() -> changed.apply(plan, 1, StackListener.NONE))
        .isInstanceOf(RefusedChangeException.class);
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_UPDATE)).isZero();
  }

  @Test
  void plan_whenTheTagAndCertificateAreInTheStack_appliesThemFirstWithoutAfter() {
    try (DigitalOcean offline =
        DigitalOcean.builder().token(TestClients.TOKEN).baseUrl("http://127.0.0.1:9").build()) {
      TagResource tag = TagResource.of(offline, "web");
      CertificateResource certificate =
          CertificateResource.of(
              offline, CertificateSpec.letsEncrypt("web-cert", List.of("www.example.com")).build());
      LoadBalancerResource lb =
          LoadBalancerResource.builder(offline, "web-lb", lbSpec().vpcUuid(VPC_ID)).build();

      Stack stack = Stack.builder().add(lb).add(certificate).add(tag).build();
      Plan plan = stack.plan();

      assertThat(lb.references()).containsExactlyInAnyOrder(tag.key(), certificate.key());
      assertThat(stack.dependenciesOf(LB)).containsExactlyInAnyOrder(tag.key(), CERT);
      assertThat(plan.isValid()).as(plan.violations().toString()).isTrue();
      assertThat(plan.steps()).last().satisfies(step -> assertThat(step.key()).isEqualTo(LB));
      assertThat(offline.requestCount()).isZero();
    }
  }

  @Test
  void build_whenADeclaredCertificateIsNamedByNoRule_reportsIt() {
    CertificateResource other =
        CertificateResource.of(
            client, CertificateSpec.letsEncrypt("other-cert", List.of("www.example.com")).build());

    LoadBalancerResource lb =
        LoadBalancerResource.builder(client, "web-lb", lbSpec().vpcUuid(VPC_ID))
            .certificate(other)
            .build();

    assertThat(lb.validate())
        .extracting(Violation::message)
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains("certificate resource 'other-cert' is declared but no forwarding"));
    assertThat(lb.dependsOn()).containsExactly(other.key());
  }
}
