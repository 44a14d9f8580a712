package dev.seawall.spaces.internal;

import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.spaces.presign.PresignMethod;
import dev.seawall.spaces.presign.PresignSpec;
import dev.seawall.spaces.presign.PresignedRequest;
import dev.seawall.spaces.presign.Presigner;
import io.minio.Signer;
import io.minio.Utils;
import io.minio.errors.MinioException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * {@link Presigner} with MinIO's SigV4 query signer ({@link Signer#presignV4}). The signing time
 * comes from the injected clock, which MinIO's own {@code getPresignedObjectUrl} does not allow,
 * and every header the caller must send (SSE-C, ACL, content type) is part of the signature.
 */
public final class DefaultPresigner implements Presigner {
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final S3Connections connections;
  private final BucketRef bucket;

  /**
   * Creates the presigner.
   *
   * @param connections the shared connections (credentials and clock)
   * @param bucket the bucket
   */
  public DefaultPresigner(S3Connections connections, BucketRef bucket) {
    this.connections = connections;
    this.bucket = bucket;
  }

  @Override
  public BucketRef bucket() {
    return bucket;
  }

  @Override
  public PresignedRequest presign(PresignSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec.sseCustomerKey().isPresent() && !bucket.endpoint().isHttps()) {
      throw new IllegalStateException(
          "a presigned URL with SSE-C needs an https endpoint; "
              + bucket.endpoint()
              + " is plain http");
    }
    Instant now = connections.clock().instant();
    HttpUrl.Builder url =
        S3Connections.endpointUrl(bucket)
            .newBuilder()
            .addEncodedPathSegment(Utils.encode(bucket.name()))
            .addEncodedPathSegments(Utils.encodePath(spec.key()));
    spec.versionId().ifPresent(v -> url.addEncodedQueryParameter("versionId", Utils.encode(v)));
    HttpUrl unsigned = url.build();

    Map<String, String> toSend = new TreeMap<>();
    spec.sseCustomerKey().ifPresent(k -> toSend.putAll(sseHeaders(k)));
    if (spec.method() == PresignMethod.PUT) {
      toSend.put("x-amz-acl", "private");
      spec.contentType().ifPresent(t -> toSend.put("content-type", t));
    }
    Request.Builder request =
        new Request.Builder()
            .url(unsigned)
            .method(
                spec.method().name(),
                spec.method() == PresignMethod.PUT ? RequestBody.create(new byte[0]) : null)
            .header("Host", hostHeader(unsigned))
            .header("x-amz-date", AMZ_DATE.format(now));
    toSend.forEach(request::header);
    HttpUrl signed;
    try {
      signed =
          Signer.presignV4(
              request.build(),
              bucket.region(),
              connections.credentials().accessKeyId(),
              connections.credentials().secretAccessKey(),
              (int) spec.lifetime().getSeconds());
    } catch (MinioException e) {
      throw new IllegalStateException("presigning " + spec.key() + " failed");
    }
    return new PresignedRequest(spec.method(), signed.uri(), toSend, now.plus(spec.lifetime()));
  }

  private static Map<String, String> sseHeaders(SseCustomerKey key) {
    return Map.of(
        "x-amz-server-side-encryption-customer-algorithm", "AES256",
        "x-amz-server-side-encryption-customer-key", key.toBase64(),
        "x-amz-server-side-encryption-customer-key-md5", key.md5Base64());
  }

  /**
   * The Host header HTTP clients send for this URL: host, plus the port unless it is the default.
   */
  static String hostHeader(HttpUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }
}
