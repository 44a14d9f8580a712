package dev.seawall.spaces.object;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata of one object as Spaces reports it ({@code HEAD}, or the response of a write).
 *
 * @param bucket the bucket name
 * @param key the object key
 * @param sizeBytes size in bytes; -1 when a write response does not report it
 * @param etag the entity tag without quotes; empty if unknown
 * @param versionId the version id in a versioned bucket; empty otherwise
 * @param lastModified when the object was written; {@link Instant#EPOCH} if unknown
 * @param contentType the content type; empty if unknown
 * @param userMetadata user metadata ({@code x-amz-meta-*}, names in lowercase), without Seawall's
 *     content digest
 * @param sseCustomerKeyMd5 the Base64 MD5 of the SSE-C key the object is encrypted with (compare
 *     with {@link SseCustomerKey#md5Base64()}); empty if it is not encrypted with SSE-C (or, for
 *     the items of a listing, not reported)
 * @param contentDigest the digest of the content Seawall wrote with it ({@link ObjectSpec}, user
 *     metadata {@code seawall-content-digest}), or computed locally from a download when {@link
 *     ObjectService#observe} had to; empty if unknown
 */
public record ObjectInfo(
    String bucket,
    String key,
    long sizeBytes,
    String etag,
    String versionId,
    Instant lastModified,
    String contentType,
    Map<String, String> userMetadata,
    String sseCustomerKeyMd5,
    Optional<String> contentDigest) {

  /** Checks and copies the components. */
  public ObjectInfo {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(contentType, "contentType");
    userMetadata = Map.copyOf(userMetadata);
    Objects.requireNonNull(sseCustomerKeyMd5, "sseCustomerKeyMd5");
    Objects.requireNonNull(contentDigest, "contentDigest");
  }

  /** This object with a content digest. */
  public ObjectInfo withContentDigest(String digest) {
    return new ObjectInfo(
        bucket,
        key,
        sizeBytes,
        etag,
        versionId,
        lastModified,
        contentType,
        userMetadata,
        sseCustomerKeyMd5,
        Optional.of(digest));
  }

  /** Whether the object is encrypted with a customer-provided key. */
  public boolean encryptedWithCustomerKey() {
    return !sseCustomerKeyMd5.isEmpty();
  }

  /**
   * {@code object/<bucket>/<key>}, the resource name used in violations: the kind ({@link
   * ObjectResource#KIND}) and the object's name within Spaces, as an account audit names it.
   */
  public String resource() {
    return resource(bucket, key);
  }

  /**
   * The resource name of an object in violations.
   *
   * @param bucket the bucket name
   * @param key the object key
   * @return {@code object/<bucket>/<key>}
   */
  public static String resource(String bucket, String key) {
    return ObjectResource.KIND + "/" + bucket + "/" + key;
  }
}
