package dev.seawall.spaces.object;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an object in a versioned bucket.
 *
 * @param key the object key
 * @param versionId the version id ({@code null} versions of unversioned writes are reported as
 *     {@code "null"}, as S3 does)
 * @param latest whether this is the current version
 * @param deleteMarker whether this version is a delete marker (the object was deleted)
 * @param sizeBytes size in bytes; 0 for delete markers
 * @param lastModified when the version was written
 */
public record ObjectVersion(
    String key,
    String versionId,
    boolean latest,
    boolean deleteMarker,
    long sizeBytes,
    Instant lastModified) {
  /** Checks the components. */
  public ObjectVersion {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
