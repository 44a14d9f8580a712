package dev.seawall.volumes.luks;

import java.net.URI;
import java.util.Objects;

/**
 * How the droplet obtains the LUKS key when the provisioning script runs. None of the supported
 * sources puts key material into droplet user data (rule SW-VOL-002):
 *
 * <ul>
 *   <li>{@link #keyFile(String)}: a key file the operator places on the droplet, ideally on tmpfs
 *       (e.g. {@code /run/keys/pgdata.key}, copied with {@code scp}); the script waits for it;
 *   <li>{@link #standardInput()}: the key is piped into the script over SSH ({@code ssh root@host
 *       /usr/local/sbin/seawall-luks-pgdata < pgdata.key}); the key never touches the droplet's
 *       disk;
 *   <li>{@link #httpsUrl(URI, String)}: the script downloads the key over HTTPS (only) with a
 *       bearer token read from a file the operator places on the droplet.
 * </ul>
 *
 * <p>{@link #embedded(LuksKey)} places the key in the generated script and cloud-config, i.e. in
 * user data; {@link LuksProvisioning} refuses it unless {@link
 * LuksProvisioning.Builder#embedKeyInUserData} accepts the risk. Paths and URLs are validated by
 * {@link LuksProvisioning.Builder#validate()}.
 */
public sealed interface KeySource
    permits KeySource.KeyFile, KeySource.StandardInput, KeySource.HttpsUrl, KeySource.Embedded {

  /**
   * A key file on the droplet.
   *
   * @param pathOnDroplet absolute path, e.g. {@code /run/keys/pgdata.key}; owner-only ({@code chmod
   *     600}) or the script refuses it
   */
  static KeySource keyFile(String pathOnDroplet) {
    return new KeyFile(pathOnDroplet);
  }

  /** The key arrives on the script's standard input (over SSH); it is never written to disk. */
  static KeySource standardInput() {
    return new StandardInput();
  }

  /**
   * A key downloaded over HTTPS.
   *
   * @param url an {@code https} URL without user info
   * @param bearerTokenFileOnDroplet absolute path of an owner-only file holding the bearer token
   */
  static KeySource httpsUrl(URI url, String bearerTokenFileOnDroplet) {
    return new HttpsUrl(url, bearerTokenFileOnDroplet);
  }

  /**
   * The key embedded in the script and cloud-config. Needs the SW-VOL-002 opt-out {@link
   * LuksProvisioning.Builder#embedKeyInUserData}.
   */
  static KeySource embedded(LuksKey key) {
    return new Embedded(key);
  }

  /**
   * Whether the script can obtain the key without an operator at the keyboard, so that the
   * cloud-config runs it on first boot. False only for {@link #standardInput()}.
   */
  boolean isUnattended();

  /**
   * A key file on the droplet.
   *
   * @param path absolute path on the droplet
   */
  record KeyFile(String path) implements KeySource {
    /** Validates the component is present. */
    public KeyFile {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public boolean isUnattended() {
      return true;
    }
  }

  /** The key on standard input. */
  record StandardInput() implements KeySource {
    @Override
    public boolean isUnattended() {
      return false;
    }
  }

  /**
   * A key downloaded over HTTPS with a bearer token.
   *
   * @param url the {@code https} URL of the key
   * @param bearerTokenFile absolute path on the droplet of the file holding the bearer token
   */
  record HttpsUrl(URI url, String bearerTokenFile) implements KeySource {
    /** Validates the components are present. */
    public HttpsUrl {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(bearerTokenFile, "bearerTokenFile");
    }

    @Override
    public boolean isUnattended() {
      return true;
    }

    /** Shows scheme, host and path only: a query string may carry a signature. */
    @Override
    public String toString() {
      return "HttpsUrl[url="
          + url.getScheme()
          + "://"
          + url.getHost()
          + (url.getRawPath() == null ? "" : url.getRawPath())
          + ", bearerTokenFile="
          + bearerTokenFile
          + "]";
    }
  }

  /**
   * The key embedded in user data (opt-out SW-VOL-002).
   *
   * @param key the key; its {@code toString()} is redacted
   */
  record Embedded(LuksKey key) implements KeySource {
    /** Validates the component is present. */
    public Embedded {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean isUnattended() {
      return true;
    }
  }
}
