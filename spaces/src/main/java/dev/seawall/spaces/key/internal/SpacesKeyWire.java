package dev.seawall.spaces.key.internal;

import com.squareup.moshi.Json;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.key.SpacesKey;
import dev.seawall.spaces.key.SpacesKeyGrant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Spaces key exactly as the API writes it ({@code key}, and {@code key_create_response} with the
 * secret). {@link #toString()} redacts the secret.
 *
 * @param name the key name
 * @param accessKey the access key id
 * @param secretKey the secret; only in the {@code spacesKey_create} response
 * @param grants the grants ({@code []} when absent: the API documents that default)
 * @param createdAt creation time
 */
public record SpacesKeyWire(
    String name,
    @Json(name = "access_key") String accessKey,
    @Json(name = "secret_key") Optional<String> secretKey,
    List<SpacesKeyGrant> grants,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /** The read model; with credentials when the API sent a (non-empty) secret. */
  public SpacesKey toModel() {
    return new SpacesKey(
        name,
        accessKey,
        grants,
        createdAt.orElse(Instant.EPOCH),
        secretKey
            .filter(secret -> !secret.isBlank())
            .map(secret -> SpacesCredentials.of(accessKey, secret)));
  }

  @Override
  public String toString() {
    return "SpacesKeyWire[name=" + name + ", accessKey=" + accessKey + ", secretKey=redacted]";
  }
}
