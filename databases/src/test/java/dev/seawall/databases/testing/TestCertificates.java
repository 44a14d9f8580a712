package dev.seawall.databases.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test certificates made with the {@code openssl} command: a CA, a server certificate it signs for
 * {@code DNS:localhost, IP:127.0.0.1}, and an unrelated second CA.
 *
 * @param directory where the files are
 * @param caPem the CA certificate (PEM)
 * @param otherCaPem an unrelated CA certificate (PEM)
 * @param serverCertificate the server certificate file
 * @param serverKey the server private key file (owner-only)
 */
public record TestCertificates(
    Path directory, String caPem, String otherCaPem, Path serverCertificate, Path serverKey) {

  /**
   * Creates the certificates in a new directory under {@code parent}.
   *
   * @param parent an existing directory, e.g. under {@code target/}
   * @return the certificates
   */
  public static TestCertificates create(Path parent) {
    try {
      Path dir = Files.createTempDirectory(parent, "certs-");
      Path ext = dir.resolve("server.ext");
      Files.writeString(
          ext,
          "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
              + "basicConstraints=CA:FALSE\n"
              + "keyUsage=digitalSignature,keyEncipherment\n"
              + "extendedKeyUsage=serverAuth\n");
      selfSignedCa(dir, "ca", "Seawall Test CA");
      selfSignedCa(dir, "other-ca", "Seawall Unrelated CA");
      openssl(
          dir,
          "req",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:prime256v1",
          "-nodes",
          "-keyout",
          "server.key",
          "-out",
          "server.csr",
          "-subj",
          "/CN=localhost");
      openssl(
          dir,
          "x509",
          "-req",
          "-in",
          "server.csr",
          "-CA",
          "ca.crt",
          "-CAkey",
          "ca.key",
          "-CAcreateserial",
          "-out",
          "server.crt",
          "-days",
          "2",
          "-sha256",
          "-extfile",
          "server.ext");
      Path key = dir.resolve("server.key");
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      return new TestCertificates(
          dir,
          Files.readString(dir.resolve("ca.crt")),
          Files.readString(dir.resolve("other-ca.crt")),
          dir.resolve("server.crt"),
          key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void selfSignedCa(Path dir, String name, String commonName) {
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        name + ".key",
        "-out",
        name + ".crt",
        "-days",
        "2",
        "-sha256",
        "-subj",
        "/CN=" + commonName,
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign");
  }

  private static void openssl(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
