package dev.seawall.core.value;

import java.util.regex.Pattern;

/**
 * The well-known shapes of secrets that Seawall's secret scanners look for, defined once: droplet
 * user data (SW-DR-004) and App Platform environment variables (SW-APP-001, SW-APP-002) use the
 * same patterns. Each is a {@link Pattern} to {@code find()} in a line or a value; none captures
 * more than the scanner needs, and scanners never report the matched text.
 */
public final class SecretPatterns {
  /** A DigitalOcean API token: {@code dop_v1_}, {@code doo_v1_} or {@code dor_v1_} and 64 hex. */
  public static final Pattern DIGITALOCEAN_TOKEN =
      Pattern.compile("(?<![A-Za-z0-9_])do[opr]_v1_[a-fA-F0-9]{64}(?![A-Za-z0-9])");

  /**
   * The first line of a private key: {@code -----BEGIN ... PRIVATE KEY-----} (RSA, EC, DSA,
   * OpenSSH, PKCS#8, encrypted PKCS#8, PGP private key blocks).
   */
  public static final Pattern PRIVATE_KEY_BEGIN =
      Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");

  /** The last line of a private key: {@code -----END ... PRIVATE KEY-----}. */
  public static final Pattern PRIVATE_KEY_END =
      Pattern.compile("-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");

  /** An AWS access key id: {@code AKIA} or {@code ASIA} and 16 upper-case letters or digits. */
  public static final Pattern AWS_ACCESS_KEY_ID =
      Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])");

  /** A GitHub token: {@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}, PATs. */
  public static final Pattern GITHUB_TOKEN =
      Pattern.compile(
          "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})");

  /**
   * A URL with a password in its user info, {@code scheme://user:password@host}: group 1 is the
   * scheme, group 2 the password (for the scanner to tell a literal from a reference such as {@code
   * ${DB_PASSWORD}}; it never reports it).
   */
  public static final Pattern URL_CREDENTIALS =
      Pattern.compile("(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*)://[^/\\s:@]+:([^/\\s@]+)@");

  private SecretPatterns() {}
}
