package dev.seawall.spaces.key;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Spaces access key as the API reports it ({@code key} schema).
 *
 * <p>The secret is part of it only on the key {@link SpacesKeyService#create} (or an {@code apply}
 * that created it) returns: the API returns it once, in the {@code spacesKey_create} response. A
 * key read later has no {@link #credentials()}. {@link #toString()} never shows the secret.
 *
 * @param name the key's display name
 * @param accessKey the access key id, e.g. {@code DO00ABCDEFGHIJKLMNOP}
 * @param grants the permissions per bucket
 * @param createdAt when the key was created; {@link Instant#EPOCH} if not reported
 * @param credentials the access key id and its secret, present only on the key just created
 */
public record SpacesKey(
    String name,
    String accessKey,
    List<SpacesKeyGrant> grants,
    Instant createdAt,
    Optional<SpacesCredentials> credentials) {

  /** Checks and copies the components. */
  public SpacesKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accessKey, "accessKey");
    grants = List.copyOf(grants);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(credentials, "credentials");
    credentials.ifPresent(
        c -> {
          if (!c.accessKeyId().equals(accessKey)) {
            throw new IllegalArgumentException("credentials of another access key id");
          }
        });
  }

  /**
   * A key as a read reports it, without its secret.
   *
   * @param name the key's display name
   * @param accessKey the access key id
   * @param grants the permissions per bucket
   * @param createdAt when the key was created
   */
  public SpacesKey(String name, String accessKey, List<SpacesKeyGrant> grants, Instant createdAt) {
    this(name, accessKey, grants, createdAt, Optional.empty());
  }

  /**
   * {@code spaces_key/<name>}, the resource name used in violations: the kind ({@link
   * SpacesKeyResource#KIND}) and the name, as the spec's violations and an account audit name it
   * (the audit locates it by access key id, {@code digitalocean://spaces_key/<access key id>}).
   */
  public String resource() {
    return SpacesKeyResource.KIND + "/" + name;
  }

  /** Whether any grant reaches every bucket of the account. */
  public boolean isAccountWide() {
    return grants.stream().anyMatch(SpacesKeyGrant::isAccountWide);
  }

  /** Whether the key has {@code fullaccess} (which the API cannot convert to bucket grants). */
  public boolean isFullAccess() {
    return grants.stream().anyMatch(g -> g.permission() == SpacesKeyPermission.FULL_ACCESS);
  }

  /** This key without its credentials (as a later read reports it). */
  public SpacesKey withoutCredentials() {
    return new SpacesKey(name, accessKey, grants, createdAt);
  }
}
