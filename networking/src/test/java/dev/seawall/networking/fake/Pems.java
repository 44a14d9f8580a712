package dev.seawall.networking.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * PEM fixtures of the certificate tests (test data, no real secrets), made by {@code gen.sh} beside
 * them: a root and an intermediate CA, RSA and EC leaves for {@code www.example.com} issued by the
 * intermediate with their keys, an unrelated key and root. Every certificate is valid from
 * 2025-01-01 to 2035-01-01.
 */
public final class Pems {
  private Pems() {}

  /** The fixture's text, e.g. {@code read("leaf-rsa.pem")}. */
  public static String read(String name) {
    String path = "/dev/seawall/networking/certificate/" + name;
    try (InputStream in = Pems.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The RSA leaf's private key, PKCS#8. */
  public static String rsaKey() {
    return read("leaf-rsa.key");
  }

  /** The RSA leaf certificate. */
  public static String rsaLeaf() {
    return read("leaf-rsa.pem");
  }

  /** The chain of both leaves: intermediate, then root. */
  public static String chain() {
    return read("intermediate.pem") + read("root.pem");
  }
}
