package dev.seawall.spaces.key;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;

/**
 * A Spaces access key as the API reports it ({@code key} schema). The secret is not part of it: the
 * API returns it once, on creation ({@link CreatedSpacesKey}).
 *
 * @param name the key's display name
 * @param accessKey the access key id, e.g. {@code DO00ABCDEFGHIJKLMNOP}
 * @param grants the permissions per bucket
 * @param createdAt when the key was created; {@link Instant#EPOCH} if not reported
 */
public record SpacesKey(
    String name,
    @Json(name = "access_key") String accessKey,
    List<SpacesKeyGrant> grants,
    @Json(name = "created_at") Instant createdAt) {

  /** Copies the grants; a missing creation time reads as {@link Instant#EPOCH}. */
  @SuppressWarnings("ConstantConditions")
  public SpacesKey {
    grants = List.copyOf(grants);
    createdAt = createdAt == null ? Instant.EPOCH : createdAt;
  }

  /** {@code spaces-key/<access key id>}, the resource name used in violations. */
  public String resource() {
    return "spaces-key/" + accessKey;
  }

  /** Whether any grant reaches every bucket of the account. */
  public boolean isAccountWide() {
    return grants.stream().anyMatch(SpacesKeyGrant::isAccountWide);
  }
}
