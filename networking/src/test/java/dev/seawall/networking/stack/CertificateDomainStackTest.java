package dev.seawall.networking.stack;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.CertificateResource;
import dev.seawall.networking.certificate.CertificateSpec;
import dev.seawall.networking.domain.DomainResource;
import dev.seawall.networking.domain.DomainSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeCertificates;
import dev.seawall.testkit.fakes.FakeDomains;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Let's Encrypt certificate depends on its domain: applied after a domain of the stack, accepted
 * for a domain already on DigitalOcean DNS, refused at plan time otherwise.
 */
class CertificateDomainStackTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake -> fake.addResource(new FakeDomains()).addResource(new FakeCertificates()));

  private static final ResourceKey CERT = ResourceKey.of(CertificateResource.KIND, "web-cert");
  private static final ResourceKey DOMAIN = ResourceKey.of(DomainResource.KIND, "example.com");

  private FakeDigitalOcean fake;
  private DigitalOcean client;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private CertificateResource.Builder certificate() {
    return CertificateResource.builder(
        client,
        "web-cert",
        CertificateSpec.letsEncrypt("web-cert", List.of("www.example.com", "*.example.com")));
  }

  @Test
  void planLive_whenTheDomainIsNeitherInTheStackNorOnDigitalOcean_refusesTheCertificate() {
    Stack stack = Stack.builder().add(certificate().build()).build();

    Plan plan = stack.planLive();

    assertThat(plan.isValid()).isFalse();
    assertThat(plan.refused()).extracting(ResourcePlan::key).containsExactly(CERT);
    assertThat(plan.render())
        .contains("! certificate/web-cert (refused)")
        .contains("no domain of the stack and no domain on DigitalOcean DNS holds www.example.com")
        .contains("DomainSpec.builder().name(\"example.com\")");
    assertThat(plan.requiredScopes()).contains("domain:read");
    assertThatThrownBy(() -> stack.apply(plan, 1, StackListener.NONE))
        .isInstanceOf(RefusedChangeException.class);
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isZero();
  }

  @Test
  void apply_whenTheDomainIsInTheStack_appliesItFirstThenTheCertificate() {
    DomainResource domain =
        DomainResource.of(client, DomainSpec.builder().name("example.com").build());
    CertificateResource certificate = certificate().domain(domain).build();
    Stack stack = Stack.builder().add(certificate).add(domain).build();

    Plan plan = stack.planLive();
    ApplyResult result = stack.apply(plan, 1, StackListener.NONE);

    assertThat(certificate.dependsOn()).containsExactly(DOMAIN);
    assertThat(plan.resource(CERT).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(result.succeeded()).isTrue();
    assertThat(result.applied()).extracting(AppliedResource::key).containsExactly(DOMAIN, CERT);
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
  }

  @Test
  void plan_whenTheDomainResourceIsInTheStack_ordersItFirstWithoutAnExplicitReference() {
    DomainResource domain =
        DomainResource.of(client, DomainSpec.builder().name("example.com").build());
    CertificateResource certificate = certificate().build();

    Stack stack = Stack.builder().add(certificate).add(domain).build();

    assertThat(certificate.references())
        .containsExactlyInAnyOrder(ResourceKey.of("domain", "www.example.com"), DOMAIN);
    assertThat(stack.dependenciesOf(CERT)).containsExactly(DOMAIN);
    assertThat(stack.planLive().isValid()).isTrue();
  }

  @Test
  void planLive_whenTheDomainIsAlreadyOnDigitalOcean_acceptsTheCertificate() {
    FakeDomains.seed(fake.state(), "example.com");

    Plan plan = Stack.builder().add(certificate().build()).build().planLive();

    assertThat(plan.isValid()).isTrue();
    assertThat(plan.resource(CERT).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
  }

  @Test
  void candidateZones_dropTheWildcardAndNeverOfferATopLevelLabel() {
    assertThat(CertificateResource.candidateZones("*.shop.example.co.uk"))
        .containsExactly("shop.example.co.uk", "example.co.uk", "co.uk");
  }
}
