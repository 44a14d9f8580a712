package dev.seawall.networking.certificate;

import dev.seawall.core.policy.Checks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Local checks of a custom certificate: the PEM texts parse, the private key belongs to the leaf,
 * the chain is in order (each certificate issued by the next) and nothing is expired. Messages
 * never contain the private key or parts of it.
 */
final class PemChecks {
  private PemChecks() {}

  /** What a valid custom certificate yields. */
  record Parsed(String sha1Fingerprint, Instant notAfter, List<String> dnsNames) {}

  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  /** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  /**
   * Checks a custom certificate, recording every problem under {@code privateKey}, {@code
   * leafCertificate} and {@code certificateChain}.
   *
   * @return the leaf's fingerprint, expiry and DNS names when no problem was found
   */
  static Optional<Parsed> check(
      Checks checks, String privateKeyPem, String leafPem, String chainPem, Instant now) {
    int before = checks.violations().size();
    X509Certificate leaf = leaf(checks, leafPem);
    List<X509Certificate> chain = chain(checks, chainPem);
    byte[] pkcs8 = privateKey(checks, privateKeyPem);
    if (leaf != null && pkcs8 != null) {
      checkKeyMatches(checks, leaf, pkcs8);
    }
    if (leaf != null && chain != null) {
      checkChainOrder(checks, leaf, chain);
    }
    if (leaf != null) {
      checkValidity(checks.at("leafCertificate"), List.of(leaf), now, "the leaf certificate");
    }
    if (chain != null) {
      checkValidity(checks.at("certificateChain"), chain, now, "chain certificate");
    }
    if (leaf == null || checks.violations().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Parsed(sha1(leaf), leaf.getNotAfter().toInstant(), subjectDnsNames(leaf)));
  }

  // ---------------------------------------------------------------------------------- parsing

  private static @Nullable X509Certificate leaf(Checks checks, String pem) {
    if (pem.isBlank()) {
      checks.invalid("leafCertificate", "a custom certificate needs the leaf certificate (PEM)");
      return null;
    }
    List<X509Certificate> certificates = certificates(checks, "leafCertificate", pem);
    if (certificates == null) {
      return null;
    }
    if (certificates.size() != 1) {
      checks.invalid(
          "leafCertificate",
          "holds "
              + certificates.size()
              + " certificates; put only the server's own certificate there and the issuers into"
              + " certificateChain");
      return null;
    }
    return certificates.get(0);
  }

  private static @Nullable List<X509Certificate> chain(Checks checks, String pem) {
    if (pem.isBlank()) {
      return List.of();
    }
    return certificates(checks, "certificateChain", pem);
  }

  private static @Nullable List<X509Certificate> certificates(
      Checks checks, String field, String pem) {
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
      checks.invalid(
          field, "is not a PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)");
      return null;
    }
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      Collection<? extends java.security.cert.Certificate> parsed =
          factory.generateCertificates(
              new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
      List<X509Certificate> out = new ArrayList<>();
      for (java.security.cert.Certificate certificate : parsed) {
        out.add((X509Certificate) certificate);
      }
      if (out.isEmpty()) {
        checks.invalid(field, "holds no certificate");
        return null;
      }
      return out;
    } catch (CertificateException | ClassCastException e) {
      checks.invalid(field, "is not a valid PEM X.509 certificate");
      return null;
    }
  }

  /** The key as PKCS#8 DER, or null after recording why it cannot be read. */
  private static byte @Nullable [] privateKey(Checks checks, String pem) {
    if (pem.isBlank()) {
      checks.invalid("privateKey", "a custom certificate needs its private key (PEM)");
      return null;
    }
    Matcher block = PEM_BLOCK.matcher(pem);
    if (!block.find()) {
      checks.invalid(
          "privateKey", "is not a PEM private key (expected -----BEGIN PRIVATE KEY-----)");
      return null;
    }
    String type = block.group(1);
    String body = block.group(2);
    String convert =
        "; convert it to unencrypted PKCS#8 with 'openssl pkcs8 -topk8 -nocrypt -in key.pem'";
    if (type.equals("ENCRYPTED PRIVATE KEY") || body.contains("Proc-Type:")) {
      checks.invalid(
          "privateKey", "is encrypted; DigitalOcean needs the key without a passphrase" + convert);
      return null;
    }
    if (!type.equals("PRIVATE KEY") && !type.equals("RSA PRIVATE KEY")) {
      checks.invalid(
          "privateKey", "is a '" + type + "' block, not a private key Seawall reads" + convert);
      return null;
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(body.strip());
    } catch (IllegalArgumentException e) {
      checks.invalid("privateKey", "is not valid base64 inside its PEM block");
      return null;
    }
    return type.equals("RSA PRIVATE KEY") ? pkcs1ToPkcs8(der) : der;
  }

  // ---------------------------------------------------------------------------------- checks

  private static void checkKeyMatches(Checks checks, X509Certificate leaf, byte[] pkcs8) {
    String algorithm = leaf.getPublicKey().getAlgorithm();
    PrivateKey key;
    try {
      key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (NoSuchAlgorithmException e) {
      checks.invalid("leafCertificate", "has a " + algorithm + " key, which Seawall cannot check");
      return;
    } catch (GeneralSecurityException | RuntimeException e) {
      checks.invalid(
          "privateKey",
          "is not a readable "
              + algorithm
              + " private key, but the leaf certificate's key is "
              + algorithm
              + "; the key does not belong to the certificate");
      return;
    }
    String signatureAlgorithm =
        switch (algorithm) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "DSA" -> "SHA256withDSA";
          case "EdDSA", "Ed25519", "Ed448" -> algorithm;
          default -> "";
        };
    if (signatureAlgorithm.isEmpty()) {
      checks.invalid("leafCertificate", "has a " + algorithm + " key, which Seawall cannot check");
      return;
    }
    try {
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature signer = Signature.getInstance(signatureAlgorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(signatureAlgorithm);
      verifier.initVerify(leaf.getPublicKey());
      verifier.update(challenge);
      if (!verifier.verify(signature)) {
        refuseMismatch(checks, leaf);
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      refuseMismatch(checks, leaf);
    }
  }

  private static void refuseMismatch(Checks checks, X509Certificate leaf) {
    checks.invalid(
        "privateKey",
        "does not belong to the leaf certificate ("
            + leaf.getSubjectX500Principal().getName()
            + "); upload the key the certificate was issued for");
  }

  private static void checkChainOrder(
      Checks checks, X509Certificate leaf, List<X509Certificate> given) {
    List<X509Certificate> chain = given;
    if (!chain.isEmpty() && chain.get(0).equals(leaf)) {
      chain = chain.subList(1, chain.size()); // a "fullchain" file that starts with the leaf
    }
    int offset = given.size() - chain.size();
    X509Certificate child = leaf;
    for (int i = 0; i < chain.size(); i++) {
      X509Certificate parent = chain.get(i);
      if (issuedBy(child, parent)) {
        child = parent;
        continue;
      }
      int position = -1;
      for (int j = 0; j < chain.size(); j++) {
        if (j != i && issuedBy(child, chain.get(j))) {
          position = j;
          break;
        }
      }
      String childName =
          child == leaf
              ? "the leaf certificate"
              : "'" + child.getSubjectX500Principal().getName() + "'";
      if (position >= 0) {
        checks.invalid(
            "certificateChain",
            "is out of order: certificate "
                + (position + offset + 1)
                + " issued "
                + childName
                + " and must come at position "
                + (i + offset + 1)
                + "; order the chain from the leaf's issuer up to the root");
      } else {
        checks.invalid(
            "certificateChain",
            "certificate "
                + (i + offset + 1)
                + " ('"
                + parent.getSubjectX500Principal().getName()
                + "') did not issue "
                + childName
                + "; the chain must start with the certificate that issued the leaf and go up to"
                + " the root");
      }
      return;
    }
  }

  private static boolean issuedBy(X509Certificate child, X509Certificate parent) {
    if (!child.getIssuerX500Principal().equals(parent.getSubjectX500Principal())) {
      return false;
    }
    try {
      child.verify(parent.getPublicKey());
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static void checkValidity(
      Checks checks, List<X509Certificate> certificates, Instant now, String what) {
    for (int i = 0; i < certificates.size(); i++) {
      X509Certificate certificate = certificates.get(i);
      String name =
          certificates.size() == 1 && what.startsWith("the")
              ? what
              : what
                  + " "
                  + (i + 1)
                  + " ('"
                  + certificate.getSubjectX500Principal().getName()
                  + "')";
      try {
        certificate.checkValidity(Date.from(now));
      } catch (CertificateExpiredException e) {
        checks.invalid(
            "",
            name
                + " expired at "
                + certificate.getNotAfter().toInstant()
                + " (now "
                + now
                + "); renew it before uploading");
      } catch (CertificateNotYetValidException e) {
        checks.invalid(
            "",
            name
                + " is not valid before "
                + certificate.getNotBefore().toInstant()
                + " (now "
                + now
                + ")");
      }
    }
  }

  // ---------------------------------------------------------------------------------- helpers

  /** The SHA-1 fingerprint of the certificate's DER, lower-case hex (as the API reports it). */
  static String sha1(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 is always available", e);
    }
  }

  private static List<String> subjectDnsNames(X509Certificate certificate) {
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      if (names == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (List<?> name : names) {
        if (name.size() >= 2 && Integer.valueOf(2).equals(name.get(0))) {
          out.add(String.valueOf(name.get(1)));
        }
      }
      return List.copyOf(out);
    } catch (CertificateException e) {
      return List.of();
    }
  }

  /** Wraps a PKCS#1 RSAPrivateKey into a PKCS#8 PrivateKeyInfo. */
  private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(new byte[] {0x02, 0x01, 0x00});
    content.writeBytes(RSA_ALGORITHM);
    content.writeBytes(der(0x04, pkcs1));
    return der(0x30, content.toByteArray());
  }

  private static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length <= 0xff ? 1 : length <= 0xffff ? 2 : 3;
      out.write(0x80 | bytes);
      for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
        out.write((length >> shift) & 0xff);
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
