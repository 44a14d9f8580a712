package dev.seawall.networking.certificate;

import static dev.seawall.networking.fake.Pems.chain;
import static dev.seawall.networking.fake.Pems.rsaKey;
import static dev.seawall.networking.fake.Pems.rsaLeaf;
import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeCertificates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CertificateService} against the stateful fake: idempotency, waits and error paths. */
class CertificateServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake -> fake.addResource(new FakeCertificates(Duration.ofSeconds(30))));

  private FakeDigitalOcean fake;
  private TestClock clock;
  private DigitalOcean client;
  private CertificateService certificates;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.clock = clock;
    this.client = client(fake, clock);
    this.certificates = Networking.certificates(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static CertificateSpec letsEncrypt() {
    return CertificateSpec.letsEncrypt("web-cert", List.of("example.com")).build();
  }

  @Test
  void apply_whenCalledTwice_createsOnceThenChangesNothing() {
    Applied<Certificate> first = certificates.apply(letsEncrypt());
    Applied<Certificate> second = certificates.apply(letsEncrypt());

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
  }

  @Test
  void apply_whenCustomTwice_comparesFingerprintAndPostsOnce() {
    CertificateSpec spec = CertificateSpec.custom("own", rsaKey(), rsaLeaf(), chain()).build();

    Certificate created = certificates.apply(spec).resource();
    assertThat(certificates.apply(spec).diff().isNone()).isTrue();

    assertThat(created.sha1Fingerprint()).isEqualTo(spec.sha1Fingerprint().orElseThrow());
    assertThat(created.dnsNames()).containsExactly("www.example.com", "example.com");
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
    Map<String, Object> stored = fake.state().table(FakeCertificates.TABLE).require(created.id());
    assertThat(FakeJson.write(stored)).doesNotContain("PRIVATE KEY");
  }

  @Test
  void create_whenResponseLost_findsTheCertificateInsteadOfPostingAgain() {
    fake.disconnectNext(NetworkingOperations.CERTIFICATES_CREATE.operationId());

    Certificate created = certificates.create(letsEncrypt());

    assertThat(created.name()).isEqualTo("web-cert");
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeCertificates.TABLE).size()).isEqualTo(1);
  }

  @Test
  void create_whenLetsEncryptPending_waitsOnTheClockUntilVerified() {
    Certificate created = certificates.create(letsEncrypt());

    assertThat(created.state()).isEqualTo(Certificate.State.VERIFIED);
    assertThat(clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void awaitVerified_whenNotIssuedInTime_throwsWaitTimeout() {
    Certificate created = certificates.create(letsEncrypt());
    FakeCertificates.setState(fake.state(), created.id(), "pending");

    assertThatThrownBy(() -> certificates.awaitVerified(created.id(), Duration.ofSeconds(10)))
        .isInstanceOf(dev.seawall.core.WaitTimeoutException.class)
        .hasMessageContaining("state pending");
  }

  @Test
  void apply_whenTheDnsNamesChanged_isRefusedAndSendsNothing() {
    certificates.create(letsEncrypt());

    assertThatThrownBy(
            () ->
                certificates.apply(
                    CertificateSpec.letsEncrypt("web-cert", List.of("shop.example.com")).build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("dns_names: [example.com] → [shop.example.com]");
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_CREATE)).isEqualTo(1);
  }

  @Test
  void find_whenRenewalInProgress_prefersTheNewCertificate() {
    Certificate old = certificates.create(letsEncrypt());
    clock.advance(Duration.ofDays(60));
    FakeCertificates.issueRenewal(fake.state(), "web-cert");

    Certificate current = certificates.find("web-cert").orElseThrow();

    assertThat(current.id()).isNotEqualTo(old.id());
    assertThat(certificates.listAll().filter(c -> c.name().equals("web-cert"))).hasSize(2);
  }

  @Test
  void create_when422_throwsUnprocessable() {
    fake.failNext(NetworkingOperations.CERTIFICATES_CREATE, 422);

    assertThatThrownBy(() -> certificates.create(letsEncrypt()))
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void create_when403_throwsForbiddenNamingTheScope() {
    fake.failNext(NetworkingOperations.CERTIFICATES_CREATE, 403);

    assertThatThrownBy(() -> certificates.create(letsEncrypt()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("certificate:create"));
  }

  @Test
  void listAll_when401_throwsUnauthorized() {
    fake.failNext(NetworkingOperations.CERTIFICATES_LIST, 401);

    assertThatThrownBy(() -> certificates.listAll().toList())
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void get_whenMissing_throwsNotFound() {
    assertThatThrownBy(() -> certificates.get("4de7ac8b-495b-4884-9a69-1050c6793cd6"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void get_whenRateLimitedOnce_retriesAfterWaiting() {
    Certificate created = certificates.create(letsEncrypt());
    int polled = fake.callCount(NetworkingOperations.CERTIFICATES_GET);
    Duration waited = clock.slept();
    fake.rateLimitNext(
        NetworkingOperations.CERTIFICATES_GET.operationId(), 1, Duration.ofSeconds(5));

    assertThat(certificates.get(created.id()).id()).isEqualTo(created.id());
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_GET)).isEqualTo(polled + 2);
    assertThat(clock.slept().minus(waited)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void get_whenServerErrorOnce_retries() {
    Certificate created = certificates.create(letsEncrypt());
    int polled = fake.callCount(NetworkingOperations.CERTIFICATES_GET);
    fake.failNext(NetworkingOperations.CERTIFICATES_GET, 503);

    assertThat(certificates.get(created.id()).id()).isEqualTo(created.id());
    assertThat(fake.callCount(NetworkingOperations.CERTIFICATES_GET)).isEqualTo(polled + 2);
  }

  @Test
  void delete_whenDeletedTwice_theSecondIsAlreadyDeleted() {
    Certificate created = certificates.create(letsEncrypt());

    assertThat(certificates.delete(created.id())).isEqualTo(Deletion.DELETED);

    assertThat(certificates.find("web-cert")).isEmpty();
    assertThat(certificates.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndTheCertificateIsGone() {
    Certificate created = certificates.create(letsEncrypt());
    fake.disconnectNext(NetworkingOperations.CERTIFICATES_DELETE.operationId());

    assertThat(certificates.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(certificates.find("web-cert")).isEmpty();
  }

  @Test
  void create_whenCustomUploadRefused_exceptionCarriesNoKeyMaterial() {
    fake.failNext(NetworkingOperations.CERTIFICATES_CREATE, 422);
    CertificateSpec spec = CertificateSpec.custom("own", rsaKey(), rsaLeaf(), chain()).build();

    assertThatThrownBy(() -> certificates.create(spec))
        .isInstanceOf(UnprocessableException.class)
        .satisfies(
            e -> {
              String text = e.toString() + (e.getCause() == null ? "" : e.getCause().toString());
              assertThat(text).doesNotContain("PRIVATE KEY");
              rsaKey()
                  .lines()
                  .filter(line -> !line.startsWith("-----"))
                  .forEach(line -> assertThat(text).doesNotContain(line));
            });
  }
}
