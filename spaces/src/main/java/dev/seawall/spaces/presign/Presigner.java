package dev.seawall.spaces.presign;

import dev.seawall.spaces.bucket.BucketRef;

/**
 * Signs presigned URLs for the objects of one bucket, locally (no request is sent). Obtain it from
 * {@code Spaces.presigner(BucketRef)}. The signing time comes from the {@code Spaces} client's
 * clock.
 */
public interface Presigner {
  /** The bucket this presigner signs for. */
  BucketRef bucket();

  /**
   * Signs a URL.
   *
   * @param spec method, key, lifetime and SSE-C key
   * @return the URL and the headers the caller must send
   * @throws IllegalStateException if the spec has an SSE-C key and the endpoint is plain http (S3
   *     accepts customer keys only over https)
   */
  PresignedRequest presign(PresignSpec spec);
}
