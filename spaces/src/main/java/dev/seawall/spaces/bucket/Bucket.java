package dev.seawall.spaces.bucket;

import java.util.Objects;

/**
 * A bucket as Spaces reports it.
 *
 * @param ref name, region and endpoint
 * @param versioning the versioning state ({@code GET ?versioning})
 * @param listingPublic whether anyone can list the bucket's keys without credentials (the bucket
 *     ACL is {@code public-read} or wider); from {@link BucketService#describe(BucketRef)} this is
 *     observed with an anonymous one-key listing, not read from the ACL
 */
public record Bucket(BucketRef ref, VersioningStatus versioning, boolean listingPublic) {
  /** Checks the components. */
  public Bucket {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(versioning, "versioning");
  }

  /** The bucket name. */
  public String name() {
    return ref.name();
  }
}
