package dev.seawall.spaces.bucket;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bucket as Spaces reports it over the S3 API ({@link BucketService#get(String)}). S3 reports no
 * bucket as one document: each component comes from its own read, and a component S3 cannot report
 * is empty (unknown; a diff never counts it as a change).
 *
 * @param ref name, and the region and endpoint the bucket was read at
 * @param location the region S3 reports for the bucket ({@code GET ?location}); empty when the
 *     server reports none (S3-compatible servers without regions answer an empty constraint)
 * @param versioning the versioning state ({@code GET ?versioning}); {@link
 *     VersioningStatus#UNKNOWN} if not read
 * @param listingPublic whether anyone can list the bucket's keys without credentials, observed with
 *     an anonymous one-key listing (S3 has no read of the canned ACL as such)
 * @param corsRules the CORS rules ({@code GET ?cors}; an empty list when the bucket has none);
 *     empty when they were not read or the server has no CORS API
 */
public record Bucket(
    BucketRef ref,
    Optional<String> location,
    VersioningStatus versioning,
    boolean listingPublic,
    Optional<List<CorsRule>> corsRules) {
  /** Checks and copies the components. */
  public Bucket {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(versioning, "versioning");
    corsRules = corsRules.map(List::copyOf);
  }

  /**
   * A bucket with its versioning and listing only (location and CORS rules unknown).
   *
   * @param ref name, region and endpoint
   * @param versioning the versioning state
   * @param listingPublic whether anyone can list the bucket's keys
   */
  public Bucket(BucketRef ref, VersioningStatus versioning, boolean listingPublic) {
    this(ref, Optional.empty(), versioning, listingPublic, Optional.empty());
  }

  /** The bucket name. */
  public String name() {
    return ref.name();
  }

  /**
   * The canned ACL as far as it can be observed: {@link CannedAcl#PUBLIC_READ} when the listing is
   * public (an anonymous listing cannot tell {@code public-read-write} apart), otherwise {@link
   * CannedAcl#PRIVATE}.
   */
  public CannedAcl acl() {
    return listingPublic ? CannedAcl.PUBLIC_READ : CannedAcl.PRIVATE;
  }
}
