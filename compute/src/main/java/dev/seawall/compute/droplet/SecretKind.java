package dev.seawall.compute.droplet;

/** The kinds of secret {@link UserDataScanner} recognises. */
public enum SecretKind {
  /** A DigitalOcean API token ({@code dop_v1_}, {@code doo_v1_} or {@code dor_v1_} + 64 hex). */
  DIGITALOCEAN_TOKEN("a DigitalOcean API token"),
  /** The start of a PEM or OpenSSH private key ({@code -----BEGIN ... PRIVATE KEY-----}). */
  PRIVATE_KEY("a private key"),
  /**
   * A literal value assigned to a password-, secret-, token- or key-named setting ({@code
   * password=}, {@code DB_PASSWORD:}, {@code api_key=}, {@code --password value}, ...).
   */
  PASSWORD_ASSIGNMENT("a password or secret assignment"),
  /** A URL with a password in its user info ({@code scheme://user:password@host}). */
  CREDENTIALS_IN_URL("a URL with an embedded password"),
  /** An AWS access key id ({@code AKIA...}/{@code ASIA...}). */
  AWS_ACCESS_KEY("an AWS access key id"),
  /**
   * A GitHub token ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code
   * github_pat_}).
   */
  GITHUB_TOKEN("a GitHub token");

  private final String description;

  SecretKind(String description) {
    this.description = description;
  }

  /** A short description for messages, e.g. {@code "a private key"}. */
  public String description() {
    return description;
  }
}
