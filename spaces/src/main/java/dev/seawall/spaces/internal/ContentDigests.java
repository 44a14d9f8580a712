package dev.seawall.spaces.internal;

import dev.seawall.spaces.object.SseCustomerKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The digest of an object's content that Seawall stores in the object's user metadata ({@value
 * #METADATA}) and compares to decide whether a re-apply must write: {@code sha256:<hex>} for an
 * object without SSE-C, {@code hmac-sha256:<hex>} for an object encrypted with a customer key.
 * Metadata is not encrypted by SSE-C, so the digest of an encrypted object is keyed with a key
 * derived from the SSE-C key: it reveals nothing of the content (no confirming a guess) to anyone
 * without the SSE-C key, and nothing of the key.
 */
public final class ContentDigests {
  /** The user metadata entry holding the digest: {@code x-amz-meta-}{@value}. */
  public static final String METADATA = "seawall-content-digest";

  private static final byte[] LABEL =
      "seawall object content digest v1".getBytes(StandardCharsets.US_ASCII);

  private ContentDigests() {}

  /**
   * The digest of {@code content} for an object written with {@code key} (or without SSE-C).
   *
   * @throws IllegalStateException if the key was destroyed
   */
  public static String of(byte[] content, @Nullable SseCustomerKey key) {
    try {
      return of(new java.io.ByteArrayInputStream(content), key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The digest of a stream's content, read to its end (not closed). */
  public static String of(InputStream content, @Nullable SseCustomerKey key) throws IOException {
    try {
      byte[] buffer = new byte[64 * 1024];
      if (key == null) {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int n; (n = content.read(buffer)) > 0; ) {
          sha256.update(buffer, 0, n);
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
      }
      Mac hmac = Mac.getInstance("HmacSHA256");
      byte[] derived = derive(key);
      try {
        hmac.init(new SecretKeySpec(derived, "HmacSHA256"));
      } finally {
        Arrays.fill(derived, (byte) 0);
      }
      for (int n; (n = content.read(buffer)) > 0; ) {
        hmac.update(buffer, 0, n);
      }
      return "hmac-sha256:" + HexFormat.of().formatHex(hmac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 and HmacSHA256 are required by every Java platform");
    }
  }

  /**
   * The scheme of a digest, {@code sha256} or {@code hmac-sha256}; empty text for a value that is
   * not a digest of this class.
   */
  public static String scheme(String digest) {
    int colon = digest.indexOf(':');
    return colon > 0 ? digest.substring(0, colon) : "";
  }

  /** SHA-256 over a label and the key bytes: the digest key is never the SSE-C key itself. */
  private static byte[] derive(SseCustomerKey key) throws GeneralSecurityException {
    byte[] bytes = key.keyBytes();
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(LABEL);
      sha256.update(bytes);
      return sha256.digest();
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
