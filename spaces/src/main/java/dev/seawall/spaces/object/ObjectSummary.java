package dev.seawall.spaces.object;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an object listing.
 *
 * @param key the object key, exactly as written
 * @param sizeBytes size in bytes
 * @param etag the entity tag without quotes; empty if unknown
 * @param lastModified when the object was written
 */
public record ObjectSummary(String key, long sizeBytes, String etag, Instant lastModified) {
  /** Checks the components. */
  public ObjectSummary {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
