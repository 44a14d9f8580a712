package dev.seawall.spaces.internal;

import io.minio.BucketExistsArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.errors.MinioException;
import java.util.concurrent.CompletableFuture;

/**
 * The MinIO asynchronous client with the few S3 calls MinIO has no method for (bucket ACL). One per
 * endpoint and region.
 */
public final class S3Client extends MinioAsyncClient {
  S3Client(MinioAsyncClient client) {
    super(client);
  }

  /**
   * {@code PUT /<bucket>?acl} with a canned ACL header.
   *
   * @param bucket the bucket name
   * @param cannedAcl the {@code x-amz-acl} value
   * @return completes when the server accepted it
   */
  public CompletableFuture<Void> putBucketAcl(String bucket, String cannedAcl) {
    Http.Body empty;
    try {
      empty = new Http.Body("", null, null, null);
    } catch (MinioException e) {
      return CompletableFuture.failedFuture(e);
    }
    return executePutAsync(
            BucketExistsArgs.builder().bucket(bucket).build(),
            new Http.Headers("x-amz-acl", cannedAcl),
            new Http.QueryParameters("acl", ""),
            empty)
        .thenAccept(response -> response.close());
  }

  /**
   * A signed one-key listing, {@code GET /<bucket>?list-type=2&max-keys=1}.
   *
   * @param bucket the bucket name
   * @return completes when the server answered 200
   */
  public CompletableFuture<Void> listOneKey(String bucket) {
    Http.QueryParameters query = new Http.QueryParameters();
    query.put("list-type", "2");
    query.put("max-keys", "1");
    return executeGetAsync(BucketExistsArgs.builder().bucket(bucket).build(), null, query)
        .thenAccept(response -> response.close());
  }
}
