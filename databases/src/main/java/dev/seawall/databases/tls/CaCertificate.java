package dev.seawall.databases.tls;

import dev.seawall.core.io.OwnerOnlyFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The certificate authority that signs a database cluster's server certificate, parsed and
 * validated as X.509 by the JDK. Obtain it from the cluster service ({@code GET
 * /v2/databases/{id}/ca}) or from PEM text. Immutable; holds no secret.
 */
public final class CaCertificate {
  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+?-----END CERTIFICATE-----");

  private final List<X509Certificate> certificates;

  private CaCertificate(List<X509Certificate> certificates) {
    this.certificates = List.copyOf(certificates);
  }

  /**
   * Parses PEM text holding one or more certificates (the first one is the CA DigitalOcean issued;
   * more are accepted as a bundle).
   *
   * @param pem the PEM text ({@code -----BEGIN CERTIFICATE----- ...})
   * @return the certificate
   * @throws IllegalArgumentException if the text holds no certificate or one does not parse as
   *     X.509
   */
  public static CaCertificate fromPem(String pem) {
    Objects.requireNonNull(pem, "pem");
    var matcher = PEM_BLOCK.matcher(pem);
    List<X509Certificate> parsed = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      while (matcher.find()) {
        byte[] block = matcher.group().getBytes(StandardCharsets.US_ASCII);
        Certificate certificate = factory.generateCertificate(new ByteArrayInputStream(block));
        parsed.add((X509Certificate) certificate);
      }
    } catch (CertificateException e) {
      throw new IllegalArgumentException(
          "the CA certificate is not a valid X.509 certificate: " + e.getMessage(), e);
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException(
          "no PEM certificate found (expected -----BEGIN CERTIFICATE----- ...)");
    }
    return new CaCertificate(parsed);
  }

  /**
   * Parses the API's representation: base64 of the PEM text ({@code ca.certificate}).
   *
   * @param base64Pem base64 of the PEM text
   * @return the certificate
   * @throws IllegalArgumentException if it is not base64 of PEM X.509 certificates
   */
  public static CaCertificate fromBase64Pem(String base64Pem) {
    Objects.requireNonNull(base64Pem, "base64Pem");
    byte[] decoded;
    try {
      decoded = Base64.getMimeDecoder().decode(base64Pem.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the CA certificate from the API is not base64", e);
    }
    return fromPem(new String(decoded, StandardCharsets.US_ASCII));
  }

  /** The CA certificate (the first of the bundle). */
  public X509Certificate certificate() {
    return certificates.get(0);
  }

  /** Every certificate of the bundle, the CA first. */
  public List<X509Certificate> certificates() {
    return certificates;
  }

  /** The PEM text, re-encoded from the parsed certificates (no stray text). */
  public String pem() {
    Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      out.append("-----BEGIN CERTIFICATE-----\n")
          .append(encoder.encodeToString(encoded(certificate)))
          .append("\n-----END CERTIFICATE-----\n");
    }
    return out.toString();
  }

  /** The SHA-256 fingerprint of the CA certificate, lower-case hex without separators. */
  public String sha256Fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(encoded(certificate())));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * Writes the PEM to {@code ca-<fingerprint prefix>.pem} in {@code directory}, readable by the
   * owner only, created with those permissions and moved into place atomically.
   *
   * @param directory an existing directory
   * @return the file written
   * @throws UncheckedIOException if writing fails
   */
  public Path writePem(Path directory) {
    Path target = directory.resolve("ca-" + sha256Fingerprint().substring(0, 16) + ".pem");
    return OwnerOnlyFiles.write(target, pem().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Writes a PKCS#12 trust store holding the certificates as trusted entries to {@code
   * ca-<fingerprint prefix>.p12} in {@code directory}, owner-only like {@link #writePem(Path)}.
   *
   * @param directory an existing directory
   * @param password the store's integrity password
   * @return the file written
   * @throws UncheckedIOException if writing fails
   */
  public Path writePkcs12TrustStore(Path directory, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("database-ca-" + i, certificates.get(i));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      Path target = directory.resolve("ca-" + sha256Fingerprint().substring(0, 16) + ".p12");
      return OwnerOnlyFiles.write(target, out.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not build a PKCS#12 trust store", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not build a PKCS#12 trust store", e);
    }
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateException e) {
      throw new IllegalStateException("a parsed certificate always encodes", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CaCertificate ca && pem().equals(ca.pem());
  }

  @Override
  public int hashCode() {
    return pem().hashCode();
  }

  @Override
  public String toString() {
    return "CaCertificate[subject="
        + certificate().getSubjectX500Principal().getName()
        + ", sha256="
        + sha256Fingerprint()
        + "]";
  }
}
