package dev.seawall.networking.certificate;

import static dev.seawall.networking.fake.Pems.chain;
import static dev.seawall.networking.fake.Pems.read;
import static dev.seawall.networking.fake.Pems.rsaKey;
import static dev.seawall.networking.fake.Pems.rsaLeaf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateSpecTest {
  /** Inside the fixtures' validity (2025-01-01 .. 2035-01-01). */
  private static final Clock VALID =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  private static CertificateSpec.Builder custom(String key, String leaf, String chain) {
    return CertificateSpec.custom("web-cert", key, leaf, chain).clock(VALID);
  }

  private static List<String> problems(CertificateSpec.Builder builder) {
    var result = builder.validate();
    assertThat(result.isInvalid()).as("spec refused").isTrue();
    return result.getError().map(v -> v.resource() + ": " + v.message()).asJava();
  }

  // ------------------------------------------------------------------------- Let's Encrypt

  @Test
  void letsEncrypt_whenNamesValid_normalisesToLowerCaseWithoutDuplicates() {
    CertificateSpec spec =
        CertificateSpec.letsEncrypt(
                "web-cert", List.of("Example.com", "*.example.com", "example.com"))
            .build();

    assertThat(spec.type()).isEqualTo(Certificate.Type.LETS_ENCRYPT);
    assertThat(spec.dnsNames()).containsExactly("example.com", "*.example.com");
    assertThat(spec.sha1Fingerprint()).isEmpty();
    assertThat(spec.notAfter()).isEmpty();
  }

  @Test
  void letsEncrypt_whenNoOrMalformedNames_reportsEach() {
    assertThat(problems(CertificateSpec.letsEncrypt("web-cert", List.of())))
        .singleElement()
        .asString()
        .contains("certificate/web-cert.dnsNames")
        .contains("at least one DNS name");
    assertThat(
            problems(
                CertificateSpec.letsEncrypt(
                    "web-cert", List.of("localhost", "www.*.example.com", "-a.example.com"))))
        .hasSize(3)
        .allMatch(p -> p.contains("is not a fully qualified DNS name"));
  }

  @Test
  void letsEncrypt_whenKeyMaterialGiven_refused() {
    assertThat(
            problems(
                CertificateSpec.letsEncrypt("web-cert", List.of("example.com"))
                    .privateKeyPem(rsaKey())))
        .singleElement()
        .asString()
        .contains("takes no key");
  }

  @Test
  void validate_whenNameBlankOrWithComma_refused() {
    assertThat(problems(CertificateSpec.letsEncrypt(" ", List.of("example.com"))))
        .singleElement()
        .asString()
        .contains("needs a name");
    assertThat(problems(CertificateSpec.letsEncrypt("a,b", List.of("example.com"))))
        .singleElement()
        .asString()
        .contains("commas");
  }

  // ------------------------------------------------------------------------- custom

  @Test
  void custom_whenRsaKeyLeafAndChainMatch_buildsWithLeafFacts() throws Exception {
    CertificateSpec spec = custom(rsaKey(), rsaLeaf(), chain()).build();

    X509Certificate leaf = parse(rsaLeaf());
    String expectedSha1 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(leaf.getEncoded()));
    assertThat(spec.type()).isEqualTo(Certificate.Type.CUSTOM);
    assertThat(spec.sha1Fingerprint()).contains(expectedSha1);
    assertThat(spec.notAfter()).contains(Instant.parse("2035-01-01T00:00:00Z"));
    assertThat(spec.dnsNames()).containsExactly("www.example.com", "example.com");
  }

  @Test
  void custom_whenEcKey_checksWithEcdsa() {
    CertificateSpec spec =
        custom(read("leaf-ec.key"), read("leaf-ec.pem"), read("intermediate.pem")).build();

    assertThat(spec.dnsNames()).contains("www.example.com");
  }

  @Test
  void custom_whenPkcs1RsaKey_accepted() {
    CertificateSpec spec = custom(read("leaf-rsa-pkcs1.key"), rsaLeaf(), chain()).build();

    assertThat(spec.sha1Fingerprint()).isPresent();
  }

  @Test
  void custom_whenChainStartsWithLeaf_acceptedAsFullchain() {
    assertThat(custom(rsaKey(), rsaLeaf(), rsaLeaf() + chain()).validate().isValid()).isTrue();
  }

  @Test
  void custom_whenChainEmpty_accepted() {
    assertThat(custom(rsaKey(), rsaLeaf(), "").validate().isValid()).isTrue();
  }

  @Test
  void custom_whenKeyOfAnotherCertificate_refused() {
    assertThat(problems(custom(read("other.key"), rsaLeaf(), chain())))
        .singleElement()
        .asString()
        .startsWith("certificate/web-cert.privateKey: does not belong to the leaf certificate");
  }

  @Test
  void custom_whenEcKeyForRsaLeaf_refused() {
    assertThat(problems(custom(read("leaf-ec.key"), rsaLeaf(), chain())))
        .singleElement()
        .asString()
        .contains("privateKey")
        .contains("RSA");
  }

  @Test
  void custom_whenChainOutOfOrder_refusedNamingPositions() {
    assertThat(problems(custom(rsaKey(), rsaLeaf(), read("root.pem") + read("intermediate.pem"))))
        .singleElement()
        .asString()
        .contains("certificate/web-cert.certificateChain: is out of order")
        .contains("certificate 2 issued the leaf certificate and must come at position 1");
  }

  @Test
  void custom_whenChainFromAnotherCa_refused() {
    assertThat(problems(custom(rsaKey(), rsaLeaf(), read("other-root.pem"))))
        .singleElement()
        .asString()
        .contains("certificate 1 ('CN=Seawall Other Root') did not issue the leaf certificate");
  }

  @Test
  void custom_whenChainSkipsIntermediate_refused() {
    assertThat(problems(custom(rsaKey(), rsaLeaf(), read("root.pem"))))
        .singleElement()
        .asString()
        .contains("did not issue the leaf certificate");
  }

  @Test
  void custom_whenExpiredAtTheClock_refusedForLeafAndChain() {
    Clock later = Clock.fixed(Instant.parse("2036-01-01T00:00:00Z"), ZoneOffset.UTC);

    List<String> problems = problems(custom(rsaKey(), rsaLeaf(), chain()).clock(later));

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0))
        .startsWith(
            "certificate/web-cert.leafCertificate: the leaf certificate expired at 2035-01-01T00:00:00Z");
    assertThat(problems.get(1)).contains("certificateChain: chain certificate 1");
  }

  @Test
  void custom_whenNotYetValidAtTheClock_refused() {
    Clock earlier = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    assertThat(problems(custom(rsaKey(), rsaLeaf(), "").clock(earlier)))
        .singleElement()
        .asString()
        .contains("is not valid before 2025-01-01T00:00:00Z");
  }

  @Test
  void custom_whenLeafHoldsSeveralCertificates_refused() {
    assertThat(problems(custom(rsaKey(), rsaLeaf() + read("intermediate.pem"), "")))
        .singleElement()
        .asString()
        .contains("holds 2 certificates");
  }

  @Test
  void custom_whenEverythingIsGarbage_reportsEveryFieldAtOnce() {
    List<String> problems = problems(custom("not a key", "not a certificate", "nope"));

    assertThat(problems)
        .containsExactly(
            "certificate/web-cert.leafCertificate: is not a PEM certificate (expected -----BEGIN"
                + " CERTIFICATE----- blocks)",
            "certificate/web-cert.certificateChain: is not a PEM certificate (expected -----BEGIN"
                + " CERTIFICATE----- blocks)",
            "certificate/web-cert.privateKey: is not a PEM private key (expected -----BEGIN"
                + " PRIVATE KEY-----)");
  }

  @Test
  void custom_whenKeyEncryptedOrSec1_refusedWithConversionHint() {
    String encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
    String sec1 = "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n";

    assertThat(problems(custom(encrypted, rsaLeaf(), chain())))
        .singleElement()
        .asString()
        .contains("is encrypted")
        .contains("openssl pkcs8 -topk8 -nocrypt");
    assertThat(problems(custom(sec1, read("leaf-ec.pem"), "")))
        .singleElement()
        .asString()
        .contains("'EC PRIVATE KEY' block")
        .contains("openssl pkcs8");
  }

  @Test
  void custom_whenDnsNamesSet_refusedBecauseTheyComeFromTheCertificate() {
    assertThat(problems(custom(rsaKey(), rsaLeaf(), chain()).addDnsName("example.com")))
        .singleElement()
        .asString()
        .contains("come from the certificate itself");
  }

  // ------------------------------------------------------------------------- secrets

  @Test
  void toString_neverContainsThePrivateKey() {
    CertificateSpec spec = custom(rsaKey(), rsaLeaf(), chain()).build();

    assertThat(spec.toString()).contains("privateKey=(redacted)").contains("web-cert");
    for (String line : keyLines(rsaKey())) {
      assertThat(spec.toString()).doesNotContain(line);
    }
  }

  @Test
  void build_whenKeyMismatched_exceptionNeverContainsKeyMaterial() {
    String key = read("other.key");

    assertThatThrownBy(() -> custom(key, rsaLeaf(), chain()).build())
        .isInstanceOf(InvalidSpecException.class)
        .satisfies(
            e -> {
              String text =
                  e.getMessage()
                      + ((InvalidSpecException) e)
                          .violations().stream().map(Violation::toString).toList();
              for (String line : keyLines(key)) {
                assertThat(text).doesNotContain(line);
              }
            });
  }

  @Test
  void toBuilder_keepsEverything() {
    CertificateSpec spec = custom(rsaKey(), rsaLeaf(), chain()).build();

    assertThat(spec.toBuilder().build()).isEqualTo(spec);
    CertificateSpec le = CertificateSpec.letsEncrypt("le", List.of("example.com")).build();
    assertThat(le.toBuilder().build()).isEqualTo(le);
  }

  private static List<String> keyLines(String pem) {
    return pem.lines().filter(l -> !l.startsWith("-----") && l.length() > 16).toList();
  }

  private static X509Certificate parse(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }
}
