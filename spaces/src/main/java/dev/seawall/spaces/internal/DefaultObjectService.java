package dev.seawall.spaces.internal;

import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.object.CopyObjectSpec;
import dev.seawall.spaces.object.ObjectInfo;
import dev.seawall.spaces.object.ObjectKeys;
import dev.seawall.spaces.object.ObjectService;
import dev.seawall.spaces.object.ObjectSummary;
import dev.seawall.spaces.object.ObjectVersion;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SpacesObject;
import dev.seawall.spaces.object.SseCustomerKey;
import io.minio.CopyObjectArgs;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SourceObject;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** {@link ObjectService} over MinIO. */
public final class DefaultObjectService implements ObjectService {
  private static final String SSE_C_MD5_HEADER = "x-amz-server-side-encryption-customer-key-md5";
  private static final String META_PREFIX = "x-amz-meta-";

  private final S3Connections connections;
  private final BucketRef bucket;

  /**
   * Creates the service.
   *
   * @param connections the shared connections
   * @param bucket the bucket
   */
  public DefaultObjectService(S3Connections connections, BucketRef bucket) {
    this.connections = connections;
    this.bucket = bucket;
  }

  @Override
  public BucketRef bucket() {
    return bucket;
  }

  @Override
  public ObjectInfo put(PutObjectSpec spec, InputStream data, long sizeBytes) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(data, "data");
    if (sizeBytes < -1) {
      throw new IllegalArgumentException(
          "sizeBytes must be -1 (unknown) or more, was " + sizeBytes);
    }
    spec.sseCustomerKey().ifPresent(k -> requireHttps("PutObject", spec.key()));
    long partSize = partSize(spec.partSizeBytes(), sizeBytes);
    PutObjectArgs.Builder args =
        PutObjectArgs.builder().bucket(bucket.name()).object(spec.key()).stream(
                data, sizeBytes, partSize)
            .contentType(spec.contentType())
            .headers(Map.of("x-amz-acl", spec.acl().headerValue()))
            .userMetadata(spec.userMetadata());
    spec.sseCustomerKey().ifPresent(k -> args.sse(Sse.toMinio(k)));
    ObjectWriteResponse response =
        call("PutObject", spec.key(), () -> client().putObject(args.build()));
    return written(spec.key(), sizeBytes, response, spec.sseCustomerKey().orElse(null));
  }

  @Override
  public ObjectInfo put(PutObjectSpec spec, byte[] data) {
    return put(spec, new ByteArrayInputStream(data), data.length);
  }

  @Override
  public SpacesObject get(String key, SseCustomerKey sseCustomerKey) {
    return download(key, null, Objects.requireNonNull(sseCustomerKey, "sseCustomerKey"));
  }

  @Override
  public SpacesObject get(String key) {
    return download(key, null, null);
  }

  @Override
  public SpacesObject getVersion(String key, String versionId, SseCustomerKey sseCustomerKey) {
    Objects.requireNonNull(versionId, "versionId");
    return download(key, versionId, Objects.requireNonNull(sseCustomerKey, "sseCustomerKey"));
  }

  private SpacesObject download(
      String key, @Nullable String versionId, @Nullable SseCustomerKey sseCustomerKey) {
    checkKey(key);
    if (sseCustomerKey != null) {
      requireHttps("GetObject", key);
    }
    GetObjectArgs.Builder args = GetObjectArgs.builder().bucket(bucket.name()).object(key);
    if (versionId != null) {
      args.versionId(versionId);
    }
    if (sseCustomerKey != null) {
      args.ssec(Sse.toMinio(sseCustomerKey));
    }
    GetObjectResponse response = call("GetObject", key, () -> client().getObject(args.build()));
    return new SpacesObject(info(key, response.headers()), response);
  }

  @Override
  public ObjectInfo head(String key, SseCustomerKey sseCustomerKey) {
    return stat(key, Objects.requireNonNull(sseCustomerKey, "sseCustomerKey"));
  }

  @Override
  public ObjectInfo head(String key) {
    return stat(key, null);
  }

  private ObjectInfo stat(String key, @Nullable SseCustomerKey sseCustomerKey) {
    checkKey(key);
    StatObjectArgs.Builder args = StatObjectArgs.builder().bucket(bucket.name()).object(key);
    if (sseCustomerKey != null) {
      requireHttps("HeadObject", key);
      args.ssec(Sse.toMinio(sseCustomerKey));
    }
    StatObjectResponse response = call("HeadObject", key, () -> client().statObject(args.build()));
    return info(key, response.headers());
  }

  @Override
  public ObjectInfo copy(CopyObjectSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec.sourceSseCustomerKey().isPresent() || spec.destinationSseCustomerKey().isPresent()) {
      requireHttps("CopyObject", spec.destinationKey());
    }
    SourceObject.Builder source =
        SourceObject.builder().bucket(bucket.name()).object(spec.sourceKey());
    spec.sourceVersionId().ifPresent(source::versionId);
    spec.sourceSseCustomerKey().ifPresent(k -> source.ssec(Sse.toMinio(k)));
    CopyObjectArgs.Builder args =
        CopyObjectArgs.builder()
            .bucket(bucket.name())
            .object(spec.destinationKey())
            .source(source.build());
    if (spec.destinationKey().equals(spec.sourceKey())) {
      // An in-place copy must change something S3 accepts as a change; replacing the metadata
      // with the source's own (read first) is accepted by every S3 server, a key change alone
      // is not.
      ObjectInfo current = stat(spec.sourceKey(), spec.sourceSseCustomerKey().orElse(null));
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("x-amz-acl", spec.acl().headerValue());
      if (!current.contentType().isEmpty()) {
        headers.put("Content-Type", current.contentType());
      }
      args.metadataDirective(Directive.REPLACE)
          .headers(headers)
          .userMetadata(current.userMetadata());
    } else {
      args.headers(Map.of("x-amz-acl", spec.acl().headerValue()));
    }
    spec.destinationSseCustomerKey().ifPresent(k -> args.sse(Sse.toMinio(k)));
    ObjectWriteResponse response =
        call("CopyObject", spec.destinationKey(), () -> client().copyObject(args.build()));
    return written(
        spec.destinationKey(), -1, response, spec.destinationSseCustomerKey().orElse(null));
  }

  @Override
  public ObjectInfo rotateKey(String key, SseCustomerKey current, SseCustomerKey next) {
    return copy(
        CopyObjectSpec.builder()
            .sourceKey(key)
            .sourceSseCustomerKey(current)
            .destinationSseCustomerKey(next)
            .build());
  }

  @Override
  public void delete(String key) {
    checkKey(key);
    call(
        "DeleteObject",
        key,
        () ->
            client()
                .removeObject(
                    RemoveObjectArgs.builder().bucket(bucket.name()).object(key).build()));
  }

  @Override
  public void deleteVersion(String key, String versionId) {
    checkKey(key);
    Objects.requireNonNull(versionId, "versionId");
    call(
        "DeleteObject",
        key,
        () ->
            client()
                .removeObject(
                    RemoveObjectArgs.builder()
                        .bucket(bucket.name())
                        .object(key)
                        .versionId(versionId)
                        .build()));
  }

  @Override
  public Stream<ObjectSummary> list(String prefix) {
    return items(prefix, false)
        .map(
            item ->
                new ObjectSummary(
                    item.objectName(),
                    item.size(),
                    etag(item.etag()),
                    instant(item.lastModified())));
  }

  @Override
  public Stream<ObjectVersion> listVersions(String prefix) {
    return items(prefix, true)
        .map(
            item ->
                new ObjectVersion(
                    item.objectName(),
                    item.versionId() == null ? "null" : item.versionId(),
                    item.isLatest(),
                    item.isDeleteMarker(),
                    item.isDeleteMarker() ? 0 : item.size(),
                    instant(item.lastModified())));
  }

  private Stream<Item> items(String prefix, boolean versions) {
    Objects.requireNonNull(prefix, "prefix");
    Iterable<Result<Item>> results =
        client()
            .listObjects(
                ListObjectsArgs.builder()
                    .bucket(bucket.name())
                    .prefix(prefix)
                    .recursive(true)
                    .includeVersions(versions)
                    .build());
    return StreamSupport.stream(results.spliterator(), false)
        .map(
            result -> {
              try {
                return result.get();
              } catch (MinioException | RuntimeException e) {
                throw S3Errors.translate(
                    e, context(versions ? "ListObjectVersions" : "ListObjectsV2", ""));
              }
            });
  }

  private S3Client client() {
    return connections.client(bucket);
  }

  private <T> T call(String operation, String key, Supplier<CompletableFuture<T>> request) {
    try {
      return request.get().join();
    } catch (RuntimeException e) {
      throw S3Errors.translate(e, context(operation, key));
    }
  }

  private S3Errors.Context context(String operation, String key) {
    return new S3Errors.Context(
        operation, bucket.name(), key, connections.credentials().accessKeyId());
  }

  private void requireHttps(String operation, String key) {
    if (!bucket.endpoint().isHttps()) {
      throw new IllegalStateException(
          operation
              + " on "
              + bucket.name()
              + "/"
              + key
              + ": SSE-C keys are sent only over https, and endpoint "
              + bucket.endpoint()
              + " is plain http");
    }
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "key");
    var problems = ObjectKeys.problems(key);
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(
          problems.stream()
              .map(p -> CoreRules.SW_INPUT_001.violation("object/" + key, "object key " + p))
              .toList());
    }
  }

  private static long partSize(long requested, long sizeBytes) {
    long maxParts = 10_000;
    if (sizeBytes > requested * maxParts) {
      long mib = 1024L * 1024;
      long needed = (sizeBytes + maxParts - 1) / maxParts;
      return Math.min(PutObjectSpec.MAX_PART_SIZE_BYTES, (needed + mib - 1) / mib * mib);
    }
    return requested;
  }

  private ObjectInfo written(
      String key, long size, ObjectWriteResponse response, @Nullable SseCustomerKey sseKey) {
    return new ObjectInfo(
        bucket.name(),
        key,
        size,
        etag(response.etag()),
        response.versionId() == null ? "" : response.versionId(),
        Instant.EPOCH,
        "",
        Map.of(),
        sseKey == null ? "" : sseKey.md5Base64());
  }

  private ObjectInfo info(String key, Headers headers) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith(META_PREFIX)) {
        metadata.put(
            lower.substring(META_PREFIX.length()), Objects.requireNonNull(headers.get(name)));
      }
    }
    String length = headers.get("Content-Length");
    return new ObjectInfo(
        bucket.name(),
        key,
        length == null ? -1 : Long.parseLong(length),
        etag(headers.get("ETag")),
        orEmpty(headers.get("x-amz-version-id")),
        httpDate(headers.get("Last-Modified")),
        orEmpty(headers.get("Content-Type")),
        metadata,
        orEmpty(headers.get(SSE_C_MD5_HEADER)));
  }

  private static String etag(@Nullable String etag) {
    if (etag == null) {
      return "";
    }
    return etag.startsWith("\"") && etag.endsWith("\"") && etag.length() >= 2
        ? etag.substring(1, etag.length() - 1)
        : etag;
  }

  private static Instant instant(@Nullable ZonedDateTime time) {
    return time == null ? Instant.EPOCH : time.toInstant();
  }

  private static Instant httpDate(@Nullable String value) {
    if (value == null) {
      return Instant.EPOCH;
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
