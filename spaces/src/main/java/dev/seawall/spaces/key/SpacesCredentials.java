package dev.seawall.spaces.key;

import dev.seawall.core.SeawallException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Spaces access key: the access key id (public, appears in signed requests) and the secret access
 * key (secret). Create one with {@link #of(String, String)} or {@link #fromEnvironment()}, or take
 * those of a key just created ({@link SpacesKey#credentials()} of {@link SpacesKeyService#create}).
 *
 * <p>{@link #toString()} shows the access key id only; the secret never appears in {@code
 * toString()}, logs or exception messages.
 */
public final class SpacesCredentials {
  /** Environment variable holding the access key id. */
  public static final String ACCESS_KEY_ID_VARIABLE = "SPACES_ACCESS_KEY_ID";

  /** Environment variable holding the secret access key. */
  public static final String SECRET_ACCESS_KEY_VARIABLE = "SPACES_SECRET_ACCESS_KEY";

  private final String accessKeyId;
  private final String secretAccessKey;

  /** Longest access key id accepted; DigitalOcean's have 20 characters, secrets 43. */
  private static final int MAX_ACCESS_KEY_ID_LENGTH = 32;

  private SpacesCredentials(String accessKeyId, String secretAccessKey) {
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
  }

  /**
   * Credentials from an access key id and its secret, both trimmed.
   *
   * @param accessKeyId e.g. {@code DO00ABCDEFGHIJKLMNOP}
   * @param secretAccessKey the secret shown once when the key was created
   * @return the credentials
   * @throws IllegalArgumentException if either is blank or contains whitespace or control
   *     characters, or the id is not 1-32 letters and digits (a swapped secret is refused, so it
   *     cannot reach {@link #toString()}); the message never contains either value
   */
  public static SpacesCredentials of(String accessKeyId, String secretAccessKey) {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    String id = accessKeyId.strip();
    String secret = secretAccessKey.strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException(
          "the Spaces access key id is blank; create a key in the control panel (API > Spaces"
              + " Keys) or with SpacesKeyService.create(...)");
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException(
          "the Spaces secret access key is blank; it is shown once when the key is created");
    }
    if (!printable(id)) {
      throw new IllegalArgumentException(
          "the Spaces access key id contains whitespace or control characters");
    }
    if (!id.matches("[A-Za-z0-9]{1," + MAX_ACCESS_KEY_ID_LENGTH + "}")) {
      // Never echo it: a value that does not look like a key id may well be the secret.
      throw new IllegalArgumentException(
          "the Spaces access key id must be letters and digits, at most "
              + MAX_ACCESS_KEY_ID_LENGTH
              + " characters (e.g. DO00ABCDEFGHIJKLMNOP); were the id and the secret swapped?");
    }
    if (!printable(secret)) {
      throw new IllegalArgumentException(
          "the Spaces secret access key contains whitespace or control characters");
    }
    return new SpacesCredentials(id, secret);
  }

  /**
   * Credentials from the environment variables {@value #ACCESS_KEY_ID_VARIABLE} and {@value
   * #SECRET_ACCESS_KEY_VARIABLE}.
   *
   * @return the credentials
   * @throws SeawallException if a variable is missing or blank
   */
  public static SpacesCredentials fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Credentials from a map of environment variables (for tests and custom sources).
   *
   * @param environment variable names to values
   * @return the credentials
   * @throws SeawallException if a variable is missing or blank
   */
  public static SpacesCredentials fromEnvironment(Map<String, String> environment) {
    String id = environment.getOrDefault(ACCESS_KEY_ID_VARIABLE, "");
    String secret = environment.getOrDefault(SECRET_ACCESS_KEY_VARIABLE, "");
    if (id.isBlank() || secret.isBlank()) {
      throw new SeawallException(
          "Spaces credentials missing: set "
              + ACCESS_KEY_ID_VARIABLE
              + " and "
              + SECRET_ACCESS_KEY_VARIABLE
              + " (create a key under API > Spaces Keys in the control panel)");
    }
    try {
      return of(id, secret);
    } catch (IllegalArgumentException e) {
      throw new SeawallException("Spaces credentials from the environment: " + e.getMessage());
    }
  }

  /** The access key id; not a secret. */
  public String accessKeyId() {
    return accessKeyId;
  }

  /** The secret access key. Keep it out of logs. */
  public String secretAccessKey() {
    return secretAccessKey;
  }

  /** Equal when both the id and the secret are equal (the secret is compared in constant time). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpacesCredentials other
        && accessKeyId.equals(other.accessKeyId)
        && MessageDigest.isEqual(
            secretAccessKey.getBytes(StandardCharsets.UTF_8),
            other.secretAccessKey.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return accessKeyId.hashCode();
  }

  /** {@code SpacesCredentials[accessKeyId=..., secretAccessKey=redacted]}. */
  @Override
  public String toString() {
    return "SpacesCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=redacted]";
  }

  private static boolean printable(String s) {
    return s.chars().allMatch(c -> c > 0x20 && c != 0x7f);
  }
}
