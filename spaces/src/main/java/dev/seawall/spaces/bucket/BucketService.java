package dev.seawall.spaces.bucket;

/**
 * Creates and inspects Spaces buckets over the S3 API. Obtain it from {@code Spaces.buckets()}.
 * Requests are signed with the Spaces access key the {@code Spaces} client was built with; a {@link
 * dev.seawall.spaces.SpacesAccessDeniedException} (403) means that key lacks a grant on the bucket.
 *
 * <p>Errors: {@link dev.seawall.spaces.SpacesException} and its subclasses for S3 error responses,
 * {@link dev.seawall.core.TransportException} for I/O and TLS failures. Their messages never
 * contain credentials or keys.
 */
public interface BucketService {
  /**
   * Creates the bucket, or adopts it when it already exists and belongs to the key's account; then
   * converges it to the spec: sets the ACL ({@code PUT ?acl}), enables versioning ({@code PUT
   * ?versioning}) unless the spec opted out (versioning that is already enabled is never turned
   * off), and sets the CORS rules ({@code PUT ?cors}) when the spec has some (existing CORS rules
   * are left alone when it has none).
   *
   * @param spec a validated spec
   * @return the bucket as created or adopted
   * @throws dev.seawall.spaces.BucketNameTakenException if another account owns the name
   * @throws dev.seawall.spaces.SpacesAccessDeniedException if the key may not create or configure
   *     the bucket
   */
  Bucket create(BucketSpec spec);

  /**
   * Whether the bucket exists and the key can reach it, with a {@code HEAD} on the bucket (never
   * {@code GET ?acl}).
   *
   * @param bucket the bucket
   * @return true if it answers 200, false on 404
   * @throws dev.seawall.spaces.SpacesAccessDeniedException on 403: a permissions problem of the
   *     access key (no grant on this bucket) or a bucket of another account
   */
  boolean exists(BucketRef bucket);

  /**
   * Checks that the key can list the bucket, with a one-key listing ({@code GET ?list-type=2
   * &max-keys=1}).
   *
   * @param bucket the bucket
   * @throws dev.seawall.spaces.SpacesNotFoundException if the bucket does not exist
   * @throws dev.seawall.spaces.SpacesAccessDeniedException on 403, naming the access key that lacks
   *     a read grant
   */
  void verifyReadAccess(BucketRef bucket);

  /**
   * Reads the bucket's state for an audit ({@link BucketAuditor}): the versioning status and
   * whether an anonymous one-key listing succeeds (public listing).
   *
   * @param bucket the bucket
   * @return the bucket's state
   * @throws dev.seawall.spaces.SpacesNotFoundException if the bucket does not exist
   */
  Bucket describe(BucketRef bucket);

  /**
   * Reads the bucket's CORS rules ({@code GET ?cors}) for an audit ({@link
   * BucketAuditor#auditCorsRules(BucketRef, java.util.List)}).
   *
   * @param bucket the bucket
   * @return the rules; empty if the bucket has none ({@code NoSuchCORSConfiguration})
   * @throws dev.seawall.spaces.SpacesAccessDeniedException if the key may not read them
   */
  java.util.List<CorsRule> corsRules(BucketRef bucket);

  /**
   * Deletes an empty bucket (with versioning, every version and delete marker must be gone).
   *
   * @param bucket the bucket
   * @throws dev.seawall.spaces.SpacesException with code {@code BucketNotEmpty} if objects remain
   */
  void delete(BucketRef bucket);
}
