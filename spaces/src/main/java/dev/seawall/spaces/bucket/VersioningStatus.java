package dev.seawall.spaces.bucket;

/** The versioning state of a bucket as S3 reports it ({@code GET ?versioning}). */
public enum VersioningStatus {
  /** Never enabled: an overwrite or delete loses the previous data. */
  OFF,
  /** Every write keeps the previous version. */
  ENABLED,
  /** Was enabled, now suspended: existing versions stay, new writes replace. */
  SUSPENDED,
  /** A value this version of Seawall does not know. */
  UNKNOWN
}
