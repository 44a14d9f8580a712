package dev.seawall.networking.certificate;

import static dev.seawall.networking.fake.Pems.chain;
import static dev.seawall.networking.fake.Pems.rsaKey;
import static dev.seawall.networking.fake.Pems.rsaLeaf;
import static dev.seawall.testkit.FakeJson.object;
import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Page;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link CertificateService} method: method, path and JSON body of every request, each
 * validated against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class CertificateServiceRequestTest {
  private static final String ID = "892071a0-bb95-49bc-8021-3afd67a210bf";
  private static final String RENEWED = "ba9b9c18-6c59-46c2-99df-70da170a42ba";

  private DigitalOcean client;
  private CertificateService certificates;
  private MockWebServer server;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.certificates = Networking.certificates(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String certificate(String id, String state, String notAfter) {
    return ("{'id':'"
            + id
            + "','name':'web-cert','not_after':'"
            + notAfter
            + "','sha1_fingerprint':'dfcc9f57d86bf58e321c2c6c31c7a971be244ac7',"
            + "'created_at':'2026-01-01T00:00:00Z','dns_names':['www.example.com','example.com'],"
            + "'state':'"
            + state
            + "','type':'lets_encrypt'}")
        .replace('\'', '"');
  }

  private static String verified() {
    return certificate(ID, "verified", "2026-04-01T00:00:00Z");
  }

  private static String list(String... certificates) {
    return "{\"certificates\":["
        + String.join(",", certificates)
        + "],\"links\":{},\"meta\":{\"total\":"
        + certificates.length
        + "}}";
  }

  private static CertificateSpec letsEncrypt() {
    return CertificateSpec.letsEncrypt("web-cert", List.of("www.example.com", "example.com"))
        .build();
  }

  @Test
  void create_whenLetsEncrypt_postsThenPollsUntilVerified(TestClock clock) throws Exception {
    server.enqueue(json(201, "{\"certificate\":" + certificate(ID, "pending", "") + "}"));
    server.enqueue(json(200, "{\"certificate\":" + certificate(ID, "pending", "") + "}"));
    server.enqueue(json(200, "{\"certificate\":" + verified() + "}"));

    Certificate created = certificates.create(letsEncrypt());

    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/certificates");
    assertThat(bodyTree(post))
        .isEqualTo(
            object(
                "name",
                "web-cert",
                "type",
                "lets_encrypt",
                "dns_names",
                List.of("www.example.com", "example.com")));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/certificates/" + ID);
    assertThat(created.id()).isEqualTo(ID);
    assertThat(created.state()).isEqualTo(Certificate.State.VERIFIED);
    assertThat(created.notAfter()).contains(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(clock.slept()).isPositive();
  }

  @Test
  void apply_whenAbsent_looksUpByNameThenPosts() throws Exception {
    server.enqueue(json(200, list()));
    server.enqueue(json(201, "{\"certificate\":" + verified() + "}"));

    Applied<Certificate> applied = certificates.apply(letsEncrypt());

    RecordedRequest lookup = server.takeRequest();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/certificates");
    assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("web-cert");
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    assertThat(applied.created()).isTrue();
    assertThat(applied.diff().changes())
        .contains(
            FieldChange.created("type", "lets_encrypt"),
            FieldChange.created("dns_names", "[example.com, www.example.com]"));
    assertThat(applied.diff().fields()).doesNotContain("private_key");
  }

  @Test
  void create_whenCustom_postsKeyLeafAndChain() throws Exception {
    CertificateSpec spec = CertificateSpec.custom("web-cert", rsaKey(), rsaLeaf(), chain()).build();
    server.enqueue(
        json(
            201,
            "{\"certificate\":"
                + verified()
                    .replace("lets_encrypt", "custom")
                    .replace(
                        "dfcc9f57d86bf58e321c2c6c31c7a971be244ac7",
                        spec.sha1Fingerprint().orElseThrow())
                + "}"));

    Certificate created = certificates.create(spec);

    RecordedRequest post = server.takeRequest();
    assertThat(bodyTree(post))
        .isEqualTo(
            object(
                "name",
                "web-cert",
                "type",
                "custom",
                "private_key",
                rsaKey(),
                "leaf_certificate",
                rsaLeaf(),
                "certificate_chain",
                chain()));
    assertThat(created.type()).isEqualTo(Certificate.Type.CUSTOM);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenSameNameAndDnsNamesExist_returnsItWithoutPost() throws Exception {
    server.enqueue(json(200, list(verified())));

    Applied<Certificate> existing = certificates.apply(letsEncrypt());

    assertThat(existing.resource().id()).isEqualTo(ID);
    assertThat(existing.diff().isNone()).isTrue();
    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenTheExistingCertificateIsPending_waitsUntilVerifiedWithoutPosting()
      throws Exception {
    server.enqueue(json(200, list(certificate(ID, "pending", ""))));
    server.enqueue(json(200, "{\"certificate\":" + verified() + "}"));

    Applied<Certificate> applied = certificates.apply(letsEncrypt());

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(applied.resource().state()).isEqualTo(Certificate.State.VERIFIED);
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/certificates");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/certificates/" + ID);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void apply_whenSameNameOtherDnsNames_isRefusedAndPostsNothing() {
    server.enqueue(json(200, list(verified())));
    CertificateSpec other =
        CertificateSpec.letsEncrypt("web-cert", List.of("shop.example.com")).build();

    assertThatThrownBy(() -> certificates.apply(other))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("certificate 'web-cert' (" + ID + ")")
        .hasMessageContaining("dns_names: [example.com, www.example.com] → [shop.example.com]")
        .hasMessageContaining("another name");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenACustomCertificateWithAnotherLeafExists_isRefusedShowingNoKeyMaterial() {
    server.enqueue(json(200, list(verified().replace("lets_encrypt", "custom"))));
    CertificateSpec spec = CertificateSpec.custom("web-cert", rsaKey(), rsaLeaf(), chain()).build();

    assertThatThrownBy(() -> certificates.apply(spec))
        .isInstanceOfSatisfying(
            RefusedChangeException.class,
            e -> {
              assertThat(e.diff().refused())
                  .extracting(FieldChange::field)
                  .containsExactly("leaf_certificate");
              assertThat(e.getMessage())
                  .contains("leaf_certificate: (sensitive) → (sensitive)")
                  .doesNotContain("PRIVATE KEY")
                  .doesNotContain("CERTIFICATE-----");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_whenCustomExpiredAtClientClock_sendsNothing(TestClock clock) {
    CertificateSpec spec = CertificateSpec.custom("web-cert", rsaKey(), rsaLeaf(), chain()).build();
    clock.set(Instant.parse("2035-06-01T00:00:00Z"));

    assertThatThrownBy(() -> certificates.create(spec))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("expired at 2035-01-01T00:00:00Z");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void get_whenExists_getsById() throws Exception {
    server.enqueue(json(200, "{\"certificate\":" + verified() + "}"));

    Certificate certificate = certificates.get(ID);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/certificates/" + ID);
    assertThat(certificate.name()).isEqualTo("web-cert");
    assertThat(certificate.type()).isEqualTo(Certificate.Type.LETS_ENCRYPT);
    assertThat(certificate.dnsNames()).containsExactly("www.example.com", "example.com");
    assertThat(certificate.notAfter()).contains(Instant.parse("2026-04-01T00:00:00Z"));
  }

  @Test
  void list_whenPageRequested_sendsPageAndPerPage() throws Exception {
    server.enqueue(json(200, list(verified())));

    Page<Certificate> page = certificates.list(2, 50);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/certificates");
    assertThat(get.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("50");
    assertThat(page.items()).extracting(Certificate::id).containsExactly(ID);
  }

  @Test
  void listAll_whenOnePage_requestsPagesOf200WithoutNameFilter() throws Exception {
    server.enqueue(json(200, list(verified())));

    assertThat(certificates.listAll().toList()).hasSize(1);
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("200");
    assertThat(get.getUrl().queryParameter("name")).isNull();
  }

  @Test
  void find_whenRenewalLeftTwo_returnsTheVerifiedOneExpiringLast() throws Exception {
    server.enqueue(
        json(
            200,
            list(
                verified(),
                certificate(RENEWED, "verified", "2026-07-01T00:00:00Z"),
                certificate(
                    "1f2e3d4c-0000-4000-8000-000000000001", "pending", "2026-09-01T00:00:00Z"))));

    assertThat(certificates.find("web-cert")).map(Certificate::id).contains(RENEWED);
    assertThat(server.takeRequest().getUrl().queryParameter("name")).isEqualTo("web-cert");
  }

  @Test
  void find_whenApiReturnsOtherNames_filtersExactly() {
    server.enqueue(json(200, list(verified().replace("\"web-cert\"", "\"web-cert-2\""))));

    assertThat(certificates.find("web-cert")).isEmpty();
  }

  @Test
  void delete_whenExists_sendsDelete() throws Exception {
    server.enqueue(noContent());

    assertThat(certificates.delete(ID)).isEqualTo(Deletion.DELETED);

    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/certificates/" + ID);
  }

  @Test
  void awaitVerified_whenPendingThenVerified_pollsOnTheClock(TestClock clock) {
    server.enqueue(json(200, "{\"certificate\":" + certificate(ID, "pending", "") + "}"));
    server.enqueue(json(200, "{\"certificate\":" + verified() + "}"));

    Certificate verified = certificates.awaitVerified(ID, Duration.ofMinutes(1));

    assertThat(verified.state()).isEqualTo(Certificate.State.VERIFIED);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.slept()).isPositive();
  }

  @Test
  void awaitVerified_whenError_throwsWaitFailed() {
    server.enqueue(json(200, "{\"certificate\":" + certificate(ID, "error", "") + "}"));

    assertThatThrownBy(() -> certificates.awaitVerified(ID))
        .isInstanceOf(dev.seawall.core.WaitFailedException.class)
        .hasMessageContaining("state error");
  }

  @Test
  void operations_coverEveryCallWithCertificateScopes() {
    assertThat(dev.seawall.core.Scopes.required(CertificateService.operations()))
        .containsExactlyInAnyOrder("certificate:read", "certificate:create", "certificate:delete");
  }
}
