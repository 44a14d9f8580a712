package dev.seawall.spaces.object;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A 256-bit AES key for server-side encryption with customer-provided keys (SSE-C). Spaces encrypts
 * the object with it and keeps only its MD5; the same key must be sent to read, copy or presign the
 * object, so store it (e.g. in a secret manager, {@link #toBase64()}) before writing.
 *
 * <p>{@link #toString()} never shows the key, only its MD5 fingerprint. {@link #destroy()} zeroes
 * the key bytes; a destroyed key can no longer be used. Copies the key handed to the HTTP layer
 * (Base64 header values) are short-lived strings that cannot be zeroed.
 *
 * <p>Thread-safe. Equality is identity: compare fingerprints ({@link #md5Base64()}) instead.
 */
public final class SseCustomerKey implements Destroyable {
  /** Length of the key in bytes (256 bits). */
  public static final int LENGTH_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final String md5Base64;
  private volatile boolean destroyed;

  private SseCustomerKey(byte[] key) {
    this.key = key;
    this.md5Base64 = Base64.getEncoder().encodeToString(md5(key));
  }

  /**
   * A new random key from a shared {@link SecureRandom}.
   *
   * @return the key
   */
  public static SseCustomerKey generate() {
    return generate(RANDOM);
  }

  /**
   * A new random key.
   *
   * @param random the source of randomness, e.g. {@code SecureRandom.getInstanceStrong()}
   * @return the key
   */
  public static SseCustomerKey generate(SecureRandom random) {
    byte[] bytes = new byte[LENGTH_BYTES];
    random.nextBytes(bytes);
    return new SseCustomerKey(bytes);
  }

  /**
   * A key from raw bytes (copied; zero your array afterwards if it is not needed any more).
   *
   * @param key exactly 32 bytes
   * @return the key
   * @throws IllegalArgumentException if the length is not 32 bytes (the message gives only the
   *     length)
   */
  public static SseCustomerKey of(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length != LENGTH_BYTES) {
      throw new IllegalArgumentException(
          "an SSE-C key must be 32 bytes (256 bits), was " + key.length + " bytes");
    }
    return new SseCustomerKey(key.clone());
  }

  /**
   * A key from its standard Base64 form (as {@link #toBase64()} returns it).
   *
   * @param base64 Base64 text of 32 bytes; surrounding whitespace is ignored
   * @return the key
   * @throws IllegalArgumentException if the text is not Base64 of 32 bytes (the message never
   *     contains the text)
   */
  public static SseCustomerKey fromBase64(String base64) {
    Objects.requireNonNull(base64, "base64");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("an SSE-C key in Base64 is not valid Base64");
    }
    try {
      return of(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * The key bytes (a copy). This is the secret.
   *
   * @return 32 bytes
   * @throws IllegalStateException if the key was destroyed
   */
  public byte[] keyBytes() {
    synchronized (key) {
      checkNotDestroyed();
      return key.clone();
    }
  }

  /**
   * The key in standard Base64 (the form of the {@code x-amz-server-side-encryption-customer-key}
   * header). This is the secret.
   *
   * @return 44 characters
   * @throws IllegalStateException if the key was destroyed
   */
  public String toBase64() {
    synchronized (key) {
      checkNotDestroyed();
      return Base64.getEncoder().encodeToString(key);
    }
  }

  /**
   * The Base64 MD5 digest of the key ({@code x-amz-server-side-encryption-customer-key-MD5}); a
   * fingerprint that identifies the key, not a secret. Still available after {@link #destroy()}.
   */
  public String md5Base64() {
    return md5Base64;
  }

  /** Zeroes the key bytes; afterwards {@link #keyBytes()} and {@link #toBase64()} throw. */
  @Override
  public void destroy() {
    synchronized (key) {
      Arrays.fill(key, (byte) 0);
      destroyed = true;
    }
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  /** {@code SseCustomerKey[md5=<fingerprint>, key=redacted]}; never the key. */
  @Override
  public String toString() {
    return "SseCustomerKey[md5="
        + md5Base64
        + ", key=redacted"
        + (destroyed ? ", destroyed" : "")
        + "]";
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException("this SSE-C key was destroyed (md5 " + md5Base64 + ")");
    }
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by every Java platform", e);
    }
  }
}
