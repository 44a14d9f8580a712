package dev.seawall.apps.app.internal;

import dev.seawall.core.DigitalOcean;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What one {@link DigitalOcean} client knows about the SECRET variables it sent: for each app and
 * variable ({@code <component>.<KEY>}), the {@code EV[...]} ciphertext the API answered and a keyed
 * digest (HMAC-SHA-256 under a random key of this JVM) of the value that produced it. With it a
 * diff tells a changed secret from an unchanged one without holding any value; without it (another
 * process) the ciphertext counts as unchanged. In memory only; never logged. Thread-safe.
 */
public final class SecretLedger {
  private static final Map<DigitalOcean, SecretLedger> LEDGERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final byte[] KEY = new byte[32];

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private final Map<String, Map<String, Entry>> apps = new ConcurrentHashMap<>();

  private record Entry(String ciphertext, String digest) {}

  private SecretLedger() {}

  /** The ledger of a client; all app services of that client share it. */
  public static SecretLedger of(DigitalOcean client) {
    return LEDGERS.computeIfAbsent(client, c -> new SecretLedger());
  }

  /** The keyed digest of a secret value (the key is random per JVM and never leaves it). */
  public static String digest(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /**
   * Records that {@code value} was sent for a variable and the API answered {@code ciphertext}.
   *
   * @param appId the app
   * @param variable {@code <component>.<KEY>}
   */
  public void sent(String appId, String variable, String ciphertext, String value) {
    apps.computeIfAbsent(appId, id -> new ConcurrentHashMap<>())
        .put(variable, new Entry(ciphertext, digest(value)));
  }

  /**
   * The digests of the variables whose current ciphertext (as read) this client produced.
   *
   * @param appId the app
   * @param ciphertexts the ciphertext read per variable ({@code <component>.<KEY>})
   */
  public Map<String, String> known(String appId, Map<String, String> ciphertexts) {
    Map<String, Entry> entries = apps.getOrDefault(appId, Map.of());
    Map<String, String> known = new LinkedHashMap<>();
    ciphertexts.forEach(
        (variable, ciphertext) -> {
          Entry entry = entries.get(variable);
          if (entry != null && entry.ciphertext().equals(ciphertext)) {
            known.put(variable, entry.digest());
          }
        });
    return known;
  }
}
