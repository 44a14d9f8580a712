package dev.seawall.spaces.bucket;

import dev.seawall.core.Page;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.ResourceService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The buckets of one Spaces region (one S3 endpoint), in the {@linkplain ResourceService one
 * vocabulary} of every kind. Obtain it with {@code spaces.buckets("fra1")} (or {@code
 * spaces.buckets(region, endpoint)} for an S3-compatible server). Buckets are managed over the S3
 * API with the Spaces access key of the {@code Spaces} client, not with a DigitalOcean API token:
 * no token scope is needed; a {@link dev.seawall.spaces.SpacesAccessDeniedException} (403) means
 * that key lacks a grant on the bucket.
 *
 * <p>A bucket's id is its name (names are global across Spaces). Its fields, as {@link #diff} and
 * {@link #apply} compare them (S3 has no JSON field names, so they are spelled as in DigitalOcean's
 * Terraform provider):
 *
 * <ul>
 *   <li>{@code region}: fixed at creation; compared with {@code GET ?location} when the server
 *       reports a location (unknown otherwise);
 *   <li>{@code acl}: {@code private}, or {@code public-read} through the spec's opt-out; observed
 *       with an anonymous one-key listing (public listing or not) and set with {@code PUT ?acl};
 *   <li>{@code versioning.enabled}: on by default and turned on with {@code PUT ?versioning};
 *       turned off (suspended: S3 keeps existing versions) only when the spec opted out;
 *   <li>{@code cors_rule}: compared and replaced as a whole ({@code PUT ?cors}) only when the spec
 *       has CORS rules; unknown when the server has no CORS API. Bucket policies and lifecycle
 *       rules are not managed.
 * </ul>
 *
 * <p>Errors: {@link dev.seawall.spaces.SpacesException} and its subclasses for S3 error responses,
 * {@link dev.seawall.core.TransportException} for I/O and TLS failures. Their messages never
 * contain credentials or keys. Methods taking a spec throw {@link IllegalArgumentException} before
 * anything is sent when the spec's region or endpoint is not this service's.
 */
public interface BucketService extends ResourceService<BucketSpec, Bucket> {
  /** The region slug this service manages buckets in, e.g. {@code fra1}. */
  String region();

  /** The S3 endpoint of {@link #region()}. */
  SpacesEndpoint endpoint();

  /**
   * Reads a bucket: {@code HEAD} (reachability), {@code GET ?location}, {@code GET ?versioning}, an
   * anonymous one-key listing (public listing) and {@code GET ?cors}.
   *
   * @param name the bucket name
   * @return the bucket
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such bucket
   * @throws dev.seawall.spaces.SpacesAccessDeniedException if the key cannot reach it
   */
  @Override
  Bucket get(String name);

  /**
   * The bucket with this name in this region, read as {@link #get(String)} does; empty when a
   * {@code HEAD} answers 404.
   */
  @Override
  Optional<Bucket> find(String name);

  /**
   * One page of the buckets this endpoint lists ({@code ListBuckets}), each read as {@link
   * #get(String)} does. S3 has no page numbers: the listing is read whole, ordered by name and cut
   * into pages of {@code perPage}; {@link Page#total()} is the number of buckets and {@link
   * Page#next()} holds the next page's number.
   *
   * <p><b>One region only.</b> A Spaces region endpoint ({@code
   * https://fra1.digitaloceanspaces.com}) lists the buckets of that region, not those of the key's
   * other regions (unlike AWS, where any endpoint lists every bucket of the account). To list an
   * account, list each Spaces region, as DigitalOcean's Terraform provider and {@link
   * dev.seawall.spaces.SpacesAudit} do. The key needs no DigitalOcean API token scope, but a key
   * with bucket-scoped grants lists only the buckets it is granted; a full-access key lists all of
   * them.
   *
   * @param page 1-based page number
   * @param perPage buckets per page, 1..200
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range
   * @throws dev.seawall.spaces.SpacesAccessDeniedException if the key may not list buckets
   */
  @Override
  Page<Bucket> list(int page, int perPage);

  /**
   * Every bucket this endpoint lists (one region, see {@link #list(int, int)}), by name, each read
   * as the stream reaches it; a bucket deleted between the listing and its read is left out.
   */
  @Override
  Stream<Bucket> listAll();

  /**
   * The names of the buckets this endpoint lists, sorted: one {@code ListBuckets} request and
   * nothing else (one region, see {@link #list(int, int)}).
   *
   * @return the names
   * @throws dev.seawall.spaces.SpacesAccessDeniedException if the key may not list buckets
   */
  List<String> listNames();

  /**
   * The bucket's policy ({@code GET ?policy}), the JSON document as stored. Seawall does not manage
   * bucket policies; this read lets audits check them (DigitalOcean accepts policies through the S3
   * API only, not in the control panel).
   *
   * @param name the bucket name
   * @return the policy, or empty when the bucket has none ({@code NoSuchBucketPolicy}; s3proxy says
   *     {@code NoSuchPolicy})
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such bucket
   * @throws dev.seawall.spaces.SpacesException with status 501 ({@code NotImplemented}) when the
   *     server has no policy API (s3proxy)
   */
  Optional<String> policy(String name);

  /**
   * Whether the bucket has a website configuration ({@code GET ?website}): Spaces then serves its
   * objects at {@code https://<name>.<region>-static.digitaloceanspaces.com}. Seawall does not
   * manage bucket websites; this read lets audits find them.
   *
   * @param name the bucket name
   * @return true on 200, false when the server answers {@code NoSuchWebsiteConfiguration}
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such bucket
   * @throws dev.seawall.spaces.SpacesException with status 501 ({@code NotImplemented}) when the
   *     server has no website API (s3proxy)
   */
  boolean hasWebsite(String name);

  /**
   * Creates the bucket ({@code PUT} with the spec's {@code x-amz-acl}), then enables versioning
   * ({@code PUT ?versioning}) unless the spec opted out, and sets the spec's CORS rules ({@code PUT
   * ?cors}) if it has any. If the bucket already exists and belongs to the key's account (an answer
   * lost on the way, or a race), it is adopted and given the spec's ACL, versioning and CORS rules;
   * versioning that is on is never turned off here.
   *
   * @param spec a validated spec
   * @return the bucket as created or adopted
   * @throws dev.seawall.spaces.BucketNameTakenException if another account owns the name
   * @throws dev.seawall.spaces.SpacesAccessDeniedException if the key may not create or configure
   *     the bucket
   */
  @Override
  Bucket create(BucketSpec spec);

  /**
   * Creates the bucket, or brings the existing one in line with the spec (ACL, versioning, CORS
   * rules), sending nothing when nothing differs. Reads as {@link #get(String)} does (CORS only
   * when the spec has rules).
   *
   * @return the bucket and the diff applied
   * @throws RefusedChangeException if the bucket exists in another region; nothing is sent
   * @throws dev.seawall.spaces.BucketNameTakenException if another account owns the name
   */
  @Override
  Applied<Bucket> apply(BucketSpec spec);

  /**
   * Brings the bucket {@code name} in line with the spec, which must have that name.
   *
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such bucket
   * @throws RefusedChangeException if the bucket exists in another region; nothing is sent
   */
  @Override
  Bucket update(String name, BucketSpec spec);

  /**
   * The bucket the spec names, read with read-only requests as {@link #apply} does.
   *
   * @return the bucket, or empty if a {@code HEAD} answers 404
   */
  @Override
  Optional<Bucket> observe(BucketSpec spec);

  /** What {@link #apply} would change (see the fields above); sends nothing. */
  @Override
  Diff diff(BucketSpec spec, Optional<Bucket> observed);

  /**
   * Deletes an empty bucket ({@code DELETE}; with versioning, every version and delete marker must
   * be gone first); idempotent.
   *
   * @param name the bucket name
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} when S3 answers {@code
   *     NoSuchBucket}
   * @throws dev.seawall.spaces.SpacesException with code {@code BucketNotEmpty} if objects remain
   */
  @Override
  Deletion delete(String name);

  /**
   * Whether the bucket exists and the key can reach it, with a {@code HEAD} on the bucket (never
   * {@code GET ?acl}).
   *
   * @param name the bucket name
   * @return true if it answers 200, false on 404
   * @throws dev.seawall.spaces.SpacesAccessDeniedException on 403: a permissions problem of the
   *     access key (no grant on this bucket) or a bucket of another account
   */
  boolean exists(String name);

  /**
   * Checks that the key can list the bucket, with a one-key listing ({@code GET ?list-type=2
   * &max-keys=1}).
   *
   * @param name the bucket name
   * @throws dev.seawall.spaces.SpacesNotFoundException if the bucket does not exist
   * @throws dev.seawall.spaces.SpacesAccessDeniedException on 403, naming the access key that lacks
   *     a read grant
   */
  void verifyReadAccess(String name);
}
