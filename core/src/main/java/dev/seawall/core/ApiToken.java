package dev.seawall.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A DigitalOcean API token. The value is trimmed and checked when the token is created and is never
 * shown again: {@link #toString()} is {@code ApiToken[redacted]}, {@link #hashCode()} derives from
 * a SHA-256 digest, and no public method returns the raw value. Only the client's transport reads
 * it, to set the {@code Authorization: Bearer} header.
 *
 * <p>Create a token at <a
 * href="https://cloud.digitalocean.com/account/api/tokens">cloud.digitalocean.com/account/api/tokens</a>,
 * preferably a custom-scoped one with exactly the scopes {@link Scopes#required} prints, and pass
 * it through the {@code DIGITALOCEAN_TOKEN} environment variable (see {@link
 * DigitalOcean#fromEnvironment()}).
 */
public final class ApiToken {
  static final String HOW_TO_FIX =
      "Create a token at https://cloud.digitalocean.com/account/api/tokens (a custom-scoped token"
          + " with only the scopes Seawall prints is best) and set the environment variable"
          + " DIGITALOCEAN_TOKEN, or pass it to ApiToken.of(...).";

  /** The kind of token, recognised by its documented prefix. */
  public enum Kind {
    /** A personal access token, prefix {@code dop_v1_}. */
    PERSONAL_ACCESS_TOKEN("dop_v1_"),
    /** An OAuth access token, prefix {@code doo_v1_}. */
    OAUTH_ACCESS_TOKEN("doo_v1_"),
    /** An OAuth refresh token, prefix {@code dor_v1_}; it cannot call the API itself. */
    OAUTH_REFRESH_TOKEN("dor_v1_"),
    /** A token without a recognised prefix (for example a legacy 64-hex-digit token). */
    UNKNOWN("");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The prefix that identifies this kind, empty for {@link #UNKNOWN}. */
    public String prefix() {
      return prefix;
    }

    static Kind of(String value) {
      for (Kind kind : values()) {
        if (!kind.prefix.isEmpty() && value.startsWith(kind.prefix)) {
          return kind;
        }
      }
      return UNKNOWN;
    }
  }

  private final String value;
  private final byte[] digest;
  private final Kind kind;

  private ApiToken(String value) {
    this.value = value;
    this.digest = sha256(value);
    this.kind = Kind.of(value);
  }

  /**
   * Creates a token from its text. Surrounding whitespace is removed.
   *
   * @param value the token, e.g. {@code dop_v1_} followed by 64 hexadecimal digits
   * @return the token
   * @throws IllegalArgumentException if the value is null, blank, or contains whitespace or
   *     non-printable characters; the message says how to fix it and never contains the value
   */
  public static ApiToken of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "The DigitalOcean API token is missing or blank. " + HOW_TO_FIX);
    }
    String trimmed = value.strip();
    if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new IllegalArgumentException(
          "The DigitalOcean API token starts with 'Bearer ': pass only the token itself;"
              + " Seawall adds the Authorization header.");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "The DigitalOcean API token contains whitespace or a non-printable character at index "
                + i
                + " (a stray quote, newline or copy-paste artefact?). Copy the token again. "
                + HOW_TO_FIX);
      }
    }
    return new ApiToken(trimmed);
  }

  /** The kind of token, from its prefix. */
  public Kind kind() {
    return kind;
  }

  /**
   * The raw token text. Package-private on purpose: only {@link DigitalOcean} reads it, to hand it
   * to the transport that sets the {@code Authorization} header. Never log or print the result.
   */
  String reveal() {
    return value;
  }

  /** Compares tokens in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ApiToken token && MessageDigest.isEqual(digest, token.digest);
  }

  /** A hash of the token's SHA-256 digest; reveals nothing useful about the token. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(digest);
  }

  /** Always {@code ApiToken[redacted]}. */
  @Override
  public String toString() {
    return "ApiToken[redacted]";
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(Objects.requireNonNull(value).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
