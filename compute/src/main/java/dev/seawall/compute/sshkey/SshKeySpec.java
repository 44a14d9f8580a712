package dev.seawall.compute.sshkey;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An SSH public key to hold in the account: its display name and the key (the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_create">sshKeys_create</a>).
 *
 * <p>DigitalOcean identifies an uploaded key by its MD5 fingerprint (uploading the same key twice
 * is a {@code 422}), so the key is the identity of the resource and fixed once uploaded; the name
 * can change in place. The key is parsed and checked locally ({@link SshPublicKey#parse}: DSA and
 * RSA under 3072 bits are refused).
 *
 * <p>{@link Builder#validate()} reports every problem at once under SW-INPUT-001: a blank name, a
 * missing key, a key line that is not an acceptable OpenSSH public key (the message never repeats
 * the line). Immutable.
 */
public final class SshKeySpec {
  private final String name;
  private final SshPublicKey publicKey;

  private SshKeySpec(String name, SshPublicKey publicKey) {
    this.name = name;
    this.publicKey = publicKey;
  }

  /** Starts a spec; a name and a key are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    return new Builder().name(name).publicKey(publicKey);
  }

  /** The display name, e.g. {@code deploy@ci}, stripped of surrounding blanks. */
  public String name() {
    return name;
  }

  /** The public key. */
  public SshPublicKey publicKey() {
    return publicKey;
  }

  /** The key's MD5 fingerprint, as DigitalOcean shows it: its identity in the account. */
  public String fingerprint() {
    return publicKey.md5Fingerprint();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SshKeySpec that
        && name.equals(that.name)
        && publicKey.equals(that.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, publicKey);
  }

  @Override
  public String toString() {
    return "SshKeySpec[name=" + name + ", " + publicKey + "]";
  }

  /** Builder for {@link SshKeySpec}. Not thread-safe. */
  public static final class Builder {
    private String name = "";
    private @Nullable SshPublicKey publicKey;
    private @Nullable String unparsedLine;

    private Builder() {}

    /** Sets the display name, e.g. {@code deploy@ci}. Required, not blank. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name").strip();
      return this;
    }

    /** Sets the public key. Required. */
    public Builder publicKey(SshPublicKey publicKey) {
      this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
      this.unparsedLine = null;
      return this;
    }

    /**
     * Sets the public key from an OpenSSH public key line (the content of a {@code .pub} file); it
     * is parsed by {@link #validate()}, which reports a malformed or weak key with every other
     * problem.
     */
    public Builder publicKey(String line) {
      this.unparsedLine = Objects.requireNonNull(line, "line");
      this.publicKey = null;
      return this;
    }

    /**
     * Checks the spec.
     *
     * @return the spec, or every violation found (SW-INPUT-001)
     */
    public Validation<Seq<Violation>, SshKeySpec> validate() {
      Checks checks = Checks.on("ssh_key/" + (name.isEmpty() ? "<unnamed>" : name));
      if (name.isEmpty()) {
        checks.invalid("name", "must not be blank; name the key after its owner, e.g. deploy@ci");
      }
      SshPublicKey key = publicKey;
      if (key == null && unparsedLine != null) {
        try {
          key = SshPublicKey.parse(unparsedLine);
        } catch (IllegalArgumentException e) {
          checks.invalid("publicKey", e.getMessage());
        }
      } else if (key == null) {
        checks.invalid("publicKey", "is required; set the content of a .pub file");
      }
      SshPublicKey parsed = key;
      return checks.result(() -> new SshKeySpec(name, Objects.requireNonNull(parsed)));
    }

    /**
     * Validates and builds the spec.
     *
     * @throws InvalidSpecException listing every violation; nothing is sent to the API
     */
    public SshKeySpec build() {
      Validation<Seq<Violation>, SshKeySpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
