package dev.seawall.compute.droplet;

import java.util.Objects;

/**
 * A secret found in user data. It says what kind of secret and where, never the secret itself, so
 * findings are safe to log and to put into violation messages.
 *
 * @param kind what was found
 * @param line the 1-based line number in the user data
 */
public record SecretFinding(SecretKind kind, int line) {
  /** Validates the components. */
  public SecretFinding {
    Objects.requireNonNull(kind, "kind");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
  }

  /** {@code "a private key on line 3"}. */
  @Override
  public String toString() {
    return kind.description() + " on line " + line;
  }
}
