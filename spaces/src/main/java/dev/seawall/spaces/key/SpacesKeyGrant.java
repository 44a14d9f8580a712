package dev.seawall.spaces.key;

import java.util.Objects;

/**
 * One grant of a Spaces access key: a permission on a bucket ({@code grant} schema).
 *
 * @param bucket the bucket name; empty means every bucket (allowed only through an opt-out,
 *     SW-SP-006)
 * @param permission what the key may do there
 */
public record SpacesKeyGrant(String bucket, SpacesKeyPermission permission) {
  /** Checks the components. */
  public SpacesKeyGrant {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(permission, "permission");
  }

  /**
   * Read access (list, download) to one bucket.
   *
   * @param bucket the bucket name
   * @return the grant
   */
  public static SpacesKeyGrant read(String bucket) {
    return new SpacesKeyGrant(bucket, SpacesKeyPermission.READ);
  }

  /**
   * Read and write access (list, download, upload, delete objects) to one bucket.
   *
   * @param bucket the bucket name
   * @return the grant
   */
  public static SpacesKeyGrant readWrite(String bucket) {
    return new SpacesKeyGrant(bucket, SpacesKeyPermission.READ_WRITE);
  }

  /** Whether this grant reaches every bucket (full access, or an empty bucket name). */
  public boolean isAccountWide() {
    return permission == SpacesKeyPermission.FULL_ACCESS
        || (bucket.isEmpty() && permission != SpacesKeyPermission.NONE);
  }
}
