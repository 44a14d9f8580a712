package dev.seawall.compute.sshkey;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Builds OpenSSH public key lines from keys generated with java.security, for tests. */
final class TestKeys {
  private TestKeys() {}

  /** Known vectors: lines written by ssh-keygen 9.2 and its {@code -l -E md5/sha256} output. */
  static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl"
          + " alice@example.com";

  static final String RSA_2048 =
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCxMbe2N+dDPKTmBQLNceA2M8reaNUW+nYsChLAPn3gPNo4X8afnyT6GsrlNmDaMInQ3rjUKQpWaSQvIrxAQ7moXOEOm9AbdGZkpA32BGaex3jIA6i9Xxb4beTo1Qj7r+CxkP9agJQiPKDM0Gf+4y1Z7cUeJNz0R6clMRr0mjT7yOSID+QxA+TYjt5iDHiH7xqm765k4DVs93ap/PkUfJ9MWXaI/dabBRk3+69gKP8enuCwIhWAAlGQMPey9GZXoH+0RO0rVCPLIdoePQ4wWWc77Dnw8HWSUAdYAOZprmGVMSZi5TcOb6/KszQ/T2GXdgjXpSTUQWsXd3vGlS3kMUQD rsa2048";

  static final String DSA =
      "ssh-dss AAAAB3NzaC1kc3MAAACBALX9ukJwpsR3SvlKNt/urTcLUk7SIooG5b8JfJcVxprZy3AKlxJxcHFTKEKwC90cNjGQSJaBgSbvCE4LE6gZRCSj9RUiTkWXn7FYNDrhnnLeR94Q3BKqAWNnZHQVaJA5H3zFFrN/fhuJ12px3SXAw2WD0+m2U1rGFtKijiN+pNV7AAAAFQDdOAaD+lrN+x+iVPpuNjKThZxrcwAAAIAC3iZjhMQLouTp0UJ+SaZowC/emjkk95h1HV1yXoUNxLBafR+rKfKLl0WqbCDPjH1F1MO4jh0LjqjtLnV31/Ja3o9nFBaHI68fXpWG7nzvLryExGo217UsB+JGWgBVP2GzncbGptZh8IjX0PfbKqMvKVTfvpwKjpAO4rVYDUOHvQAAAIEArihJdYO2zdLLdIo43DDHcaNkjye1NDm5q50opwASjqbWvjM+p20vyuH6oJx5GHLANMDV2Eq8yiqL4rntgZ/sU2sR24WRpyKLj2XT+ZqxTB+/pL/CGN1gy5oREgnnOjCwQP48QJ3YWUe5H3Slg0JoiGM0LSlYId2KVVKPKaCBarc= dsa";

  /** An SSH wire {@code string}. */
  static byte[] string(byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = value.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.writeBytes(value);
    return out.toByteArray();
  }

  static byte[] string(String value) {
    return string(value.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static String line(String type, byte[] blob, String comment) {
    String line = type + " " + Base64.getEncoder().encodeToString(blob);
    return comment.isEmpty() ? line : line + " " + comment;
  }

  /** The OpenSSH blob of a freshly generated Ed25519 key. */
  static byte[] ed25519Blob() {
    try {
      EdECPublicKey key =
          (EdECPublicKey) KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
      byte[] spki = key.getEncoded();
      byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
      return concat(string("ssh-ed25519"), string(raw));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The OpenSSH blob of a freshly generated ECDSA key on {@code secpXXXr1}. */
  static byte[] ecdsaBlob(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp" + bits + "r1"));
      ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
      int size = (bits + 7) / 8;
      byte[] point =
          concat(
              new byte[] {4},
              unsigned(key.getW().getAffineX(), size),
              unsigned(key.getW().getAffineY(), size));
      String type = "ecdsa-sha2-nistp" + bits;
      return concat(string(type), string("nistp" + bits), string(point));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The OpenSSH blob of a freshly generated RSA key. */
  static byte[] rsaBlob(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
      return rsaBlob(key.getPublicExponent(), key.getModulus());
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** An RSA blob with the given exponent and modulus. */
  static byte[] rsaBlob(BigInteger exponent, BigInteger modulus) {
    return concat(string("ssh-rsa"), string(exponent.toByteArray()), string(modulus.toByteArray()));
  }

  private static byte[] unsigned(BigInteger value, int size) {
    byte[] bytes = value.toByteArray();
    if (bytes.length == size) {
      return bytes;
    }
    byte[] out = new byte[size];
    int copy = Math.min(bytes.length, size);
    System.arraycopy(bytes, bytes.length - copy, out, size - copy, copy);
    return out;
  }
}
