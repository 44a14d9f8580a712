package dev.seawall.spaces.key;

import java.util.Objects;

/**
 * A Spaces access key just created, with its secret. The API returns the secret only in the
 * response of {@code spacesKey_create}: store {@link #credentials()} right away (e.g. in a secret
 * manager). {@link #toString()} never shows the secret.
 */
public final class CreatedSpacesKey {
  private final SpacesKey key;
  private final SpacesCredentials credentials;

  /**
   * Creates the value.
   *
   * @param key the key as reported
   * @param credentials its access key id and secret
   * @throws IllegalArgumentException if the credentials belong to another access key id
   */
  public CreatedSpacesKey(SpacesKey key, SpacesCredentials credentials) {
    this.key = Objects.requireNonNull(key, "key");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    if (!key.accessKey().equals(credentials.accessKeyId())) {
      throw new IllegalArgumentException("credentials of another access key id");
    }
  }

  /** The key (name, access key id, grants, creation time). */
  public SpacesKey key() {
    return key;
  }

  /** The access key id and its secret, for {@code Spaces.builder().credentials(...)}. */
  public SpacesCredentials credentials() {
    return credentials;
  }

  /** Name, access key id and grants; the secret is redacted. */
  @Override
  public String toString() {
    return "CreatedSpacesKey[name="
        + key.name()
        + ", accessKey="
        + key.accessKey()
        + ", grants="
        + key.grants()
        + ", secretKey=redacted]";
  }
}
