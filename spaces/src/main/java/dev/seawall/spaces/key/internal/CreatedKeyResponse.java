package dev.seawall.spaces.key.internal;

import com.squareup.moshi.Json;
import dev.seawall.spaces.key.SpacesKey;
import dev.seawall.spaces.key.SpacesKeyGrant;
import java.time.Instant;
import java.util.List;

/**
 * The {@code key} of a {@code spacesKey_create} response, with the secret. {@link #toString()}
 * redacts the secret.
 *
 * @param name the key name
 * @param accessKey the access key id
 * @param secretKey the secret; empty when the key was found by a look-up instead of created
 * @param grants the grants
 * @param createdAt creation time
 */
public record CreatedKeyResponse(
    String name,
    @Json(name = "access_key") String accessKey,
    @Json(name = "secret_key") String secretKey,
    List<SpacesKeyGrant> grants,
    @Json(name = "created_at") Instant createdAt) {

  /** Copies the grants; a missing creation time reads as {@link Instant#EPOCH}. */
  @SuppressWarnings("ConstantConditions")
  public CreatedKeyResponse {
    grants = List.copyOf(grants);
    createdAt = createdAt == null ? Instant.EPOCH : createdAt;
  }

  /** A response standing for a key found by look-up: no secret. */
  public static CreatedKeyResponse withoutSecret(SpacesKey key) {
    return new CreatedKeyResponse(key.name(), key.accessKey(), "", key.grants(), key.createdAt());
  }

  /** The key without its secret. */
  public SpacesKey key() {
    return new SpacesKey(name, accessKey, grants, createdAt);
  }

  @Override
  public String toString() {
    return "CreatedKeyResponse[name=" + name + ", accessKey=" + accessKey + ", secretKey=redacted]";
  }
}
