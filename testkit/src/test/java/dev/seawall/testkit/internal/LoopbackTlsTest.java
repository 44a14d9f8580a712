package dev.seawall.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackTlsTest {
  private static OkHttpClient trusting(HandshakeCertificates trust) {
    return new OkHttpClient.Builder()
        .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
        .callTimeout(Duration.ofSeconds(20))
        .build();
  }

  @Test
  void create_namesTheLoopbackHostAndExpiresWithinTwoDays() throws Exception {
    X509Certificate certificate = LoopbackTls.create().certificate();

    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
    assertThat(certificate.getNotAfter().toInstant())
        .isBefore(Instant.now().plus(Duration.ofDays(2)).plusSeconds(60));
  }

  @Test
  void create_whenCalledTwice_makesDifferentKeys() {
    assertThat(LoopbackTls.create().certificate().getPublicKey())
        .isNotEqualTo(LoopbackTls.create().certificate().getPublicKey());
  }

  @Test
  void writeKeystore_holdsTheKeyAndCertificateReadableByItsOwnerOnly(@TempDir Path dir)
      throws Exception {
    LoopbackTls tls = LoopbackTls.create();
    Path file = dir.resolve("keystore.p12");
    char[] password = "store-secret".toCharArray();

    tls.writeKeystore(file, "s3proxy", password);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    assertThat(store.getKey("s3proxy", password)).isInstanceOf(PrivateKey.class);
    assertThat(store.getCertificate("s3proxy")).isEqualTo(tls.certificate());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void writeKeystore_whenFileExists_refusesToOverwrite(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("keystore.p12"), "other");

    assertThatThrownBy(() -> LoopbackTls.create().writeKeystore(file, "a", new char[] {'p'}))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("other");
  }

  @Test
  void clientCertificates_trustTheServerOnLoopbackAndNoOtherCertificate() throws IOException {
    LoopbackTls tls = LoopbackTls.create();
    try (MockWebServer server = new MockWebServer()) {
      server.useHttps(tls.serverCertificates().sslSocketFactory());
      server.enqueue(new MockResponse.Builder().body("ok").build());
      server.start();
      Request request = new Request.Builder().url(server.url("/")).build();

      try (Response response = trusting(tls.clientCertificates()).newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().string()).isEqualTo("ok");
      }
      assertThatThrownBy(
              () -> trusting(LoopbackTls.create().clientCertificates()).newCall(request).execute())
          .isInstanceOf(SSLException.class);
    }
  }
}
