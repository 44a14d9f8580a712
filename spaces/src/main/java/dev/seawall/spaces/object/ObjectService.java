package dev.seawall.spaces.object;

import dev.seawall.spaces.bucket.BucketRef;
import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Reads and writes the objects of one bucket over the S3 API. Obtain it from {@code
 * Spaces.objects(BucketRef)}. SSE-C requests need an https endpoint (S3 refuses customer keys over
 * plain http).
 *
 * <p>Errors: {@link dev.seawall.spaces.SpacesNotFoundException} (no such bucket, key or version),
 * {@link dev.seawall.spaces.SseCustomerKeyMismatchException} (SSE-C object read without its key or
 * with another key), {@link dev.seawall.spaces.SpacesAccessDeniedException} (the access key lacks a
 * grant), other {@link dev.seawall.spaces.SpacesException}s, {@link
 * dev.seawall.core.TransportException} for I/O failures. Messages never contain keys or
 * credentials.
 */
public interface ObjectService {
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
  SpacesObject get(String key, SseCustomerKey sseCustomerKey);

  /**
   * Downloads an object that is not encrypted with SSE-C.
   *
   * @param key the object key
   * @return the object; close it
   */
  SpacesObject get(String key);

  /**
   * Downloads one version of an object encrypted with SSE-C.
   *
   * @param key the object key
   * @param versionId the version, see {@link #listVersions(String)}
   * @param sseCustomerKey the key that version was written with
   * @return the object; close it
   */
  SpacesObject getVersion(String key, String versionId, SseCustomerKey sseCustomerKey);

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
   * Deletes an object; in a versioned bucket this adds a delete marker and keeps the versions.
   *
   * @param key the object key
   */
  void delete(String key);

  /**
   * Deletes one version of an object for good.
   *
   * @param key the object key
   * @param versionId the version to delete
   */
  void deleteVersion(String key, String versionId);

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
