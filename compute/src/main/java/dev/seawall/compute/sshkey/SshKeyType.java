package dev.seawall.compute.sshkey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The OpenSSH public key algorithms Seawall accepts. DSA ({@code ssh-dss}) is deliberately absent:
 * OpenSSH disabled it in 2015 and it is refused when parsed.
 */
public enum SshKeyType {
  /** Ed25519, {@code ssh-ed25519} (recommended). */
  ED25519("ssh-ed25519", false),
  /** ECDSA on NIST P-256, {@code ecdsa-sha2-nistp256}. */
  ECDSA_NISTP256("ecdsa-sha2-nistp256", false),
  /** ECDSA on NIST P-384, {@code ecdsa-sha2-nistp384}. */
  ECDSA_NISTP384("ecdsa-sha2-nistp384", false),
  /** ECDSA on NIST P-521, {@code ecdsa-sha2-nistp521}. */
  ECDSA_NISTP521("ecdsa-sha2-nistp521", false),
  /** RSA, {@code ssh-rsa}; only moduli of at least 3072 bits are accepted. */
  RSA("ssh-rsa", false),
  /** Ed25519 on a FIDO security key, {@code sk-ssh-ed25519@openssh.com}. */
  SK_ED25519("sk-ssh-ed25519@openssh.com", true),
  /** ECDSA P-256 on a FIDO security key, {@code sk-ecdsa-sha2-nistp256@openssh.com}. */
  SK_ECDSA_NISTP256("sk-ecdsa-sha2-nistp256@openssh.com", true);

  private final String wireName;
  private final boolean securityKey;

  SshKeyType(String wireName, boolean securityKey) {
    this.wireName = wireName;
    this.securityKey = securityKey;
  }

  /** The name OpenSSH writes at the start of the key line and inside the key blob. */
  public String wireName() {
    return wireName;
  }

  /** Whether the private half lives on a FIDO/U2F security key. */
  public boolean isSecurityKey() {
    return securityKey;
  }

  /** Finds the type for an OpenSSH algorithm name, e.g. {@code "ssh-ed25519"}. */
  public static Optional<SshKeyType> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
  }
}
