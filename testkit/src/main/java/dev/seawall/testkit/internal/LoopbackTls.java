package dev.seawall.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A self-signed TLS certificate for a server on loopback, made in-process with okhttp-tls {@link
 * HeldCertificate} (no {@code keytool} subprocess): ECDSA P-256, common name {@code localhost},
 * subject alternative names {@code 127.0.0.1} and {@code localhost}, valid for 2 days from now.
 * {@link #writeKeystore} hands it to a server in another process (s3proxy reads a PKCS12 keystore);
 * {@link #clientCertificates()} trusts this certificate and nothing else.
 */
public final class LoopbackTls {
  private final HeldCertificate held;

  private LoopbackTls(HeldCertificate held) {
    this.held = held;
  }

  /** A new key pair and certificate. */
  public static LoopbackTls create() {
    return new LoopbackTls(
        new HeldCertificate.Builder()
            .commonName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .addSubjectAlternativeName("localhost")
            .ecdsa256()
            .duration(2, TimeUnit.DAYS)
            .build());
  }

  /** The certificate. */
  public X509Certificate certificate() {
    return held.certificate();
  }

  /** The certificate in PEM form. */
  public String certificatePem() {
    return held.certificatePem();
  }

  /** What the server presents: this certificate and its private key. */
  public HandshakeCertificates serverCertificates() {
    return new HandshakeCertificates.Builder().heldCertificate(held).build();
  }

  /**
   * What a client trusts: this certificate only (not the JVM's default trust, so a connection to
   * any other server fails the handshake).
   */
  public HandshakeCertificates clientCertificates() {
    return new HandshakeCertificates.Builder().addTrustedCertificate(held.certificate()).build();
  }

  /**
   * Writes the private key and certificate as a PKCS12 keystore readable by its owner only (the
   * file is created owner-only before the key is written).
   *
   * @param file the keystore to create; must not exist
   * @param alias the entry's alias
   * @param password the password of the store and of the key entry
   * @throws IOException if the file exists or cannot be written
   */
  public void writeKeystore(Path file, String alias, char[] password) throws IOException {
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          alias, held.keyPair().getPrivate(), password, new Certificate[] {held.certificate()});
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot build a PKCS12 keystore", e);
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot write a PKCS12 keystore", e);
    }
  }
}
