package dev.seawall.spaces.internal;

import dev.seawall.spaces.bucket.CannedAcl;
import io.minio.BucketExistsArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.StatObjectArgs;
import io.minio.Xml;
import io.minio.errors.MinioException;
import io.minio.messages.LocationConstraint;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The MinIO asynchronous client with the few S3 calls MinIO has no method for (bucket ACL, the raw
 * bucket location, the website probe). One per endpoint and region.
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

  /**
   * {@code GET /<bucket>?website}: completes when the bucket has a website configuration (200);
   * fails with the server's error otherwise ({@code NoSuchWebsiteConfiguration} when it has none).
   * MinIO has no call for it; the configuration itself is not parsed.
   *
   * @param bucket the bucket name
   * @return completes when the server answered 200
   */
  public CompletableFuture<Void> website(String bucket) {
    return executeGetAsync(
            BucketExistsArgs.builder().bucket(bucket).build(),
            null,
            new Http.QueryParameters("website", ""))
        .thenAccept(response -> response.close());
  }

  /**
   * {@code GET /<bucket>/<key>?acl}, read as a canned ACL ({@link AclXml}).
   *
   * @param bucket the bucket name
   * @param key the object key
   * @return the ACL the grants amount to for everyone
   */
  public CompletableFuture<CannedAcl> objectAcl(String bucket, String key) {
    return executeGetAsync(
            StatObjectArgs.builder().bucket(bucket).object(key).build(),
            null,
            new Http.QueryParameters("acl", ""))
        .thenApply(S3Client::aclOf);
  }

  private static CannedAcl aclOf(Response response) {
    try (response;
        ResponseBody body = response.body()) {
      return AclXml.cannedAcl(body.string());
    } catch (java.io.IOException e) {
      throw new CompletionException(e);
    }
  }

  /**
   * {@code GET /<bucket>?location}, as the server writes it. (MinIO's {@code getBucketLocation}
   * turns an empty constraint into {@code us-east-1}; Seawall treats it as "not reported".)
   *
   * @param bucket the bucket name
   * @return the location constraint; empty when the server reports none
   */
  public CompletableFuture<String> location(String bucket) {
    return executeGetAsync(
            BucketExistsArgs.builder().bucket(bucket).build(),
            null,
            new Http.QueryParameters("location", ""))
        .thenApply(S3Client::locationOf);
  }

  private static String locationOf(Response response) {
    try (response;
        ResponseBody body = response.body()) {
      String location =
          Xml.<LocationConstraint>unmarshal(LocationConstraint.class, body.charStream()).location();
      return location == null ? "" : location.strip();
    } catch (MinioException e) {
      throw new CompletionException(e);
    }
  }
}
