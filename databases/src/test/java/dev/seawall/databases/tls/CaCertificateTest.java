package dev.seawall.databases.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.databases.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaCertificateTest {
  private static TestCertificates certs;

  @BeforeAll
  static void createCertificates() throws Exception {
    Path target = Files.createDirectories(Path.of("target", "test-certs"));
    certs = TestCertificates.create(target);
  }

  @Test
  void fromPem_whenCertificateWithSurroundingText_parsesAndReEncodesCleanPem() {
    CaCertificate ca = CaCertificate.fromPem("subject=...\n" + certs.caPem() + "\ntrailing");

    assertThat(ca.certificate().getSubjectX500Principal().getName()).contains("Seawall Test CA");
    assertThat(ca.pem())
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(CaCertificate.fromPem(ca.pem())).isEqualTo(ca);
    assertThat(ca.sha256Fingerprint()).matches("[0-9a-f]{64}");
  }

  @Test
  void fromBase64Pem_whenApiRepresentation_parses() {
    String api =
        Base64.getEncoder().encodeToString(certs.caPem().getBytes(StandardCharsets.US_ASCII));

    assertThat(CaCertificate.fromBase64Pem(api)).isEqualTo(CaCertificate.fromPem(certs.caPem()));
  }

  @Test
  void fromPem_whenNoCertificate_throws() {
    assertThatThrownBy(() -> CaCertificate.fromPem("hello"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEGIN CERTIFICATE");
  }

  @Test
  void fromPem_whenCorruptedBody_throwsNotX509() {
    String corrupted = "-----BEGIN CERTIFICATE-----\nTUlJQkl6Q0N=\n-----END CERTIFICATE-----\n";

    assertThatThrownBy(() -> CaCertificate.fromPem(corrupted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X.509");
  }

  @Test
  void fromBase64Pem_whenNotBase64_throws() {
    assertThatThrownBy(() -> CaCertificate.fromBase64Pem("***"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writePem_writesOwnerOnlyFileAndReplacesAtomically(@TempDir Path dir) throws Exception {
    CaCertificate ca = CaCertificate.fromPem(certs.caPem());

    Path first = ca.writePem(dir);
    Path second = ca.writePem(dir);

    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(first)).isEqualTo(ca.pem());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first)))
        .isEqualTo("rw-------");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(first);
    }
  }

  @Test
  void writePkcs12TrustStore_holdsTheCaAsTrustedEntry(@TempDir Path dir) throws Exception {
    CaCertificate ca = CaCertificate.fromPem(certs.caPem());

    Path store = ca.writePkcs12TrustStore(dir, "pw".toCharArray());

    KeyStore loaded = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      loaded.load(in, "pw".toCharArray());
    }
    String alias = loaded.aliases().nextElement();
    assertThat(loaded.isCertificateEntry(alias)).isTrue();
    assertThat(loaded.getCertificate(alias)).isEqualTo(ca.certificate());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store)))
        .isEqualTo("rw-------");
  }
}
