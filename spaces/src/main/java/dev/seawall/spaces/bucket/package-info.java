/**
 * Spaces buckets: {@link dev.seawall.spaces.bucket.BucketSpec} (private, versioned, no CORS by
 * default), {@link dev.seawall.spaces.bucket.BucketRef} (where a bucket lives), the {@link
 * dev.seawall.spaces.bucket.BucketService} and the {@link dev.seawall.spaces.bucket.BucketAuditor}.
 */
@NullMarked
package dev.seawall.spaces.bucket;

import org.jspecify.annotations.NullMarked;
