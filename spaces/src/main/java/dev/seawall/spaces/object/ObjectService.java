package dev.seawall.spaces.object;

import dev.seawall.core.Page;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.CannedAcl;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes the objects of one bucket over the S3 API, in the {@linkplain ResourceService
 * one vocabulary} of every kind plus the object operations S3 offers (streamed uploads, downloads,
 * copies, key rotation, versions). Obtain it from {@code Spaces.objects(BucketRef)}. SSE-C requests
 * need an https endpoint (S3 refuses customer keys over plain http). No DigitalOcean token scope is
 * needed: requests are signed with the Spaces access key.
 *
 * <p>An object's id is its key. Its fields, as {@link #diff} and {@link #apply} compare an {@link
 * ObjectSpec} with the object ({@code HEAD}, with the spec's SSE-C headers when it has a key):
 *
 * <ul>
 *   <li>{@code content}: size and a digest computed locally ({@link ObjectSpec#contentDigest()}),
 *       stored with the object as user metadata; an object written without it (by another tool) of
 *       the same size is downloaded once to compute it;
 *   <li>{@code content_type} and {@code metadata} (user metadata, each entry an element);
 *   <li>{@code acl}: written with every PUT; S3 reports no canned ACL, so it is unknown on an
 *       existing object (never a change);
 *   <li>{@code sse_customer_key}: sensitive, shown as {@code (sensitive)}; compared by the key's
 *       MD5 fingerprint, which S3 echoes. A plain object becomes encrypted in place.
 * </ul>
 *
 * S3 cannot change an object in place: any change is one PUT of the whole object (a new version in
 * a versioned bucket). An object encrypted with another SSE-C key cannot be read at all: {@link
 * #observe} (and so {@link #diff} and {@link #apply}) throws {@link
 * dev.seawall.spaces.SseCustomerKeyMismatchException} before anything is written; re-encrypt it
 * with {@link #rotateKey} or delete it.
 *
 * <p>Errors: {@link dev.seawall.spaces.SpacesNotFoundException} (no such bucket, key or version),
 * {@link dev.seawall.spaces.SseCustomerKeyMismatchException} (SSE-C object read without its key or
 * with another key), {@link dev.seawall.spaces.SpacesAccessDeniedException} (the access key lacks a
 * grant), other {@link dev.seawall.spaces.SpacesException}s, {@link
 * dev.seawall.core.TransportException} for I/O failures. Messages never contain keys or
 * credentials.
 */
public interface ObjectService extends ResourceService<ObjectSpec, ObjectInfo> {
  /** The bucket this service works on. */
  BucketRef bucket();

  /**
   * Uploads an object from a stream, reading it once. Objects up to {@link
   * PutObjectSpec#partSizeBytes()} are sent with one PUT, larger ones as a multipart upload (SSE-C
   * headers on the initiation, on every part and on the completion); at most one part is held in
   * memory. A failed multipart upload is aborted.
   *
   * @param spec how to write the object (key, SSE-C key, ACL, ...)
   * @param data the content; not closed
   * @param sizeBytes the exact size in bytes, or -1 if unknown (then multipart is used)
   * @return the written object's key, version id and etag ({@code sizeBytes} as given)
   */
  ObjectInfo put(PutObjectSpec spec, InputStream data, long sizeBytes);

  /**
   * Uploads an object held in memory.
   *
   * @param spec how to write the object
   * @param data the content, possibly empty
   * @return the written object's key, version id and etag
   */
  ObjectInfo put(PutObjectSpec spec, byte[] data);

  /**
   * Downloads an object encrypted with SSE-C.
   *
   * @param key the object key
   * @param sseCustomerKey the key it was written with
   * @return the object; close it
   */
  SpacesObject download(String key, SseCustomerKey sseCustomerKey);

  /**
   * Downloads an object that is not encrypted with SSE-C.
   *
   * @param key the object key
   * @return the object; close it
   */
  SpacesObject download(String key);

  /**
   * Downloads one version of an object encrypted with SSE-C.
   *
   * @param key the object key
   * @param versionId the version, see {@link #listVersions(String)}
   * @param sseCustomerKey the key that version was written with
   * @return the object; close it
   */
  SpacesObject downloadVersion(String key, String versionId, SseCustomerKey sseCustomerKey);

  /**
   * Reads the metadata of an object encrypted with SSE-C ({@code HEAD}).
   *
   * @param key the object key
   * @param sseCustomerKey the key it was written with
   * @return the metadata
   */
  ObjectInfo head(String key, SseCustomerKey sseCustomerKey);

  /**
   * Reads the metadata of an object that is not encrypted with SSE-C ({@code HEAD}).
   *
   * @param key the object key
   * @return the metadata
   */
  ObjectInfo head(String key);

  /**
   * The object's ACL as a canned ACL, from its grants ({@code GET /<bucket>/<key>?acl}): {@link
   * CannedAcl#PUBLIC_READ_WRITE} when everyone ({@code AllUsers}) may write it, {@link
   * CannedAcl#PUBLIC_READ} when everyone may read it, {@link CannedAcl#PRIVATE} otherwise (grants
   * to named accounts are not public). Works without the object's SSE-C key.
   *
   * @param key the object key
   * @return the ACL
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such object
   * @throws dev.seawall.spaces.SpacesException with status 501 when the server has no ACL API
   */
  CannedAcl acl(String key);

  /**
   * Copies an object within the bucket on the server side.
   *
   * @param spec source, destination and their SSE-C keys
   * @return the copy's metadata
   */
  ObjectInfo copy(CopyObjectSpec spec);

  /**
   * Re-encrypts an object with a new SSE-C key by copying it onto itself. In a versioned bucket the
   * previous version (readable with the old key) remains until it is deleted with {@link
   * #deleteVersion(String, String)}.
   *
   * @param key the object key
   * @param current the key it is encrypted with now
   * @param next the new key
   * @return the new version's metadata
   */
  ObjectInfo rotateKey(String key, SseCustomerKey current, SseCustomerKey next);

  /**
   * Deletes an object, idempotently; in a versioned bucket this adds a delete marker and keeps the
   * versions. A {@code HEAD} first tells whether there is an object to delete (S3 answers a delete
   * of a missing key with success too).
   *
   * @param key the object key
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} when there was none
   */
  @Override
  Deletion delete(String key);

  /**
   * Deletes one version of an object for good.
   *
   * @param key the object key
   * @param versionId the version to delete
   */
  void deleteVersion(String key, String versionId);

  // --------------------------------------------------------------------- the one vocabulary

  /**
   * Reads the metadata of an object that is not encrypted with SSE-C ({@code HEAD}); the same as
   * {@link #head(String)}. For an SSE-C object use {@link #head(String, SseCustomerKey)}.
   *
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such object
   * @throws dev.seawall.spaces.SseCustomerKeyMismatchException if it is encrypted with SSE-C
   */
  @Override
  ObjectInfo get(String key);

  /**
   * The object with this key, read as {@link #get(String)} does; empty if there is none.
   *
   * @throws dev.seawall.spaces.SseCustomerKeyMismatchException if it is encrypted with SSE-C
   */
  @Override
  Optional<ObjectInfo> find(String key);

  /**
   * One page of the bucket's objects in key order, as a listing reports them (key, size, etag, last
   * modified; no content type, metadata or encryption: {@code HEAD} each for those). S3 lists with
   * continuation tokens, not page numbers: page {@code n} walks the listing in requests of {@code
   * perPage} keys. {@link Page#total()} is -1 (S3 does not count) and {@link Page#next()} holds the
   * next page's number while more keys follow.
   *
   * @param page 1-based page number
   * @param perPage keys per page, 1..1000 (S3's largest listing page)
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range
   */
  @Override
  Page<ObjectInfo> list(int page, int perPage);

  /** Every object of the bucket, as a listing reports them (see {@link #list(int, int)}). */
  @Override
  Stream<ObjectInfo> listAll();

  /**
   * Writes the object as the spec says, with its content digest as user metadata ({@code PUT}, or a
   * multipart upload above the part size).
   *
   * @return the written object
   */
  @Override
  ObjectInfo create(ObjectSpec spec);

  /**
   * Writes the object unless it already holds the spec's content, content type and metadata
   * encrypted with the spec's SSE-C key; re-applying the same spec sends one {@code HEAD} (with the
   * SSE-C headers: a read) and no write.
   *
   * @return the object and the diff applied
   * @throws dev.seawall.spaces.SseCustomerKeyMismatchException if the object is encrypted with
   *     another SSE-C key; nothing is written
   */
  @Override
  Applied<ObjectInfo> apply(ObjectSpec spec);

  /**
   * Rewrites the object {@code key}, which must be the spec's, if it differs from the spec.
   *
   * @throws dev.seawall.spaces.SpacesNotFoundException if there is no such object
   */
  @Override
  ObjectInfo update(String key, ObjectSpec spec);

  /**
   * The object the spec names, read with a {@code HEAD} (with the spec's SSE-C headers; without
   * them, once, when the object turns out not to be encrypted), and downloaded once when it carries
   * no content digest but has the spec's size.
   *
   * @return the object, or empty if there is none (or no bucket)
   * @throws dev.seawall.spaces.SseCustomerKeyMismatchException if it is encrypted with another key
   */
  @Override
  Optional<ObjectInfo> observe(ObjectSpec spec);

  /** What {@link #apply} would change (see the fields above); sends nothing. */
  @Override
  Diff diff(ObjectSpec spec, Optional<ObjectInfo> observed);

  // ------------------------------------------------------------------------------- listings

  /**
   * Lists the objects whose key starts with a prefix, lazily, page by page.
   *
   * @param prefix a key prefix; empty for all objects
   * @return the objects in key order
   */
  Stream<ObjectSummary> list(String prefix);

  /**
   * Lists every version and delete marker of the objects whose key starts with a prefix.
   *
   * @param prefix a key prefix; empty for all objects
   * @return the versions, newest first per key
   */
  Stream<ObjectVersion> listVersions(String prefix);
}
