package dev.seawall.spaces.internal;

import dev.seawall.core.Page;
import dev.seawall.core.TransportException;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.spaces.SpacesException;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.SseCustomerKeyMismatchException;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.object.CopyObjectSpec;
import dev.seawall.spaces.object.ObjectInfo;
import dev.seawall.spaces.object.ObjectKeys;
import dev.seawall.spaces.object.ObjectResource;
import dev.seawall.spaces.object.ObjectService;
import dev.seawall.spaces.object.ObjectSpec;
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
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** {@link ObjectService} over MinIO. */
public final class DefaultObjectService extends S3ResourceService<ObjectSpec, ObjectInfo>
    implements ObjectService {
  /**
   * The fields of an object (see {@link ObjectService}): {@code content}, {@code content_type},
   * {@code metadata}, {@code acl} (unknown on an existing object) and the sensitive {@code
   * sse_customer_key}, all rewritten with one PUT.
   */
  public static final Differ<ObjectSpec, ObjectInfo> DIFFER =
      Differ.<ObjectSpec, ObjectInfo>builder()
          .updatable(
              "content",
              spec -> new Content(spec.sizeBytes(), spec.contentDigest()),
              object ->
                  object.sizeBytes() < 0
                      ? null
                      : new Content(object.sizeBytes(), object.contentDigest().orElse("")))
          .updatable(
              "content_type",
              spec -> mediaType(spec.put().contentType()),
              object -> object.contentType().isEmpty() ? null : mediaType(object.contentType()))
          .set(
              "metadata",
              spec -> metadata(spec.put().userMetadata()),
              object -> metadata(object.userMetadata()))
          .updatable("acl", spec -> spec.put().acl().headerValue(), object -> null)
          .sensitive(
              "sse_customer_key",
              (spec, object) ->
                  !spec.put()
                      .sseCustomerKey()
                      .map(SseCustomerKey::md5Base64)
                      .orElse("")
                      .equals(object.sseCustomerKeyMd5()),
              false)
          .build();

  private static final String SSE_C_MD5_HEADER = "x-amz-server-side-encryption-customer-key-md5";
  private static final String META_PREFIX = "x-amz-meta-";
  private static final int MAX_KEYS = 1000;

  /**
   * An object's content as a diff shows it: {@code 7 bytes, hmac-sha256 3f2a9c1b7d0e} (the digest
   * shortened; empty when unknown).
   */
  private record Content(long sizeBytes, String digest) {
    @Override
    public String toString() {
      String size = sizeBytes + (sizeBytes == 1 ? " byte" : " bytes");
      String scheme = ContentDigests.scheme(digest);
      if (scheme.isEmpty()) {
        return size;
      }
      String hex = digest.substring(scheme.length() + 1);
      return size + ", " + scheme + " " + hex.substring(0, Math.min(12, hex.length()));
    }
  }

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
  public String kind() {
    return ObjectResource.KIND;
  }

  @Override
  public BucketRef bucket() {
    return bucket;
  }

  @Override
  protected Differ<ObjectSpec, ObjectInfo> differ() {
    return DIFFER;
  }

  @Override
  protected String name(ObjectSpec spec) {
    return spec.key();
  }

  @Override
  protected String describe(ObjectInfo observed, ObjectSpec spec) {
    return "object " + bucket.name() + "/" + spec.key();
  }

  @Override
  public ObjectInfo put(PutObjectSpec spec, InputStream data, long sizeBytes) {
    return put(spec, data, sizeBytes, spec.userMetadata());
  }

  private ObjectInfo put(
      PutObjectSpec spec, InputStream data, long sizeBytes, Map<String, String> metadata) {
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
            .userMetadata(metadata);
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
  public SpacesObject download(String key, SseCustomerKey sseCustomerKey) {
    return download(key, null, Objects.requireNonNull(sseCustomerKey, "sseCustomerKey"));
  }

  @Override
  public SpacesObject download(String key) {
    return download(key, null, null);
  }

  @Override
  public SpacesObject downloadVersion(String key, String versionId, SseCustomerKey sseCustomerKey) {
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
  public CannedAcl acl(String key) {
    checkKey(key);
    return call("GetObjectAcl", key, () -> client().objectAcl(bucket.name(), key));
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
  public Deletion delete(String key) {
    checkKey(key);
    try {
      stat(key, null);
    } catch (SpacesNotFoundException gone) {
      return Deletion.ALREADY_DELETED;
    } catch (SpacesException readableOnlyWithItsKey) {
      // An SSE-C object answers a HEAD without its key with an error: it exists.
    }
    call(
        "DeleteObject",
        key,
        () ->
            client()
                .removeObject(
                    RemoveObjectArgs.builder().bucket(bucket.name()).object(key).build()));
    return Deletion.DELETED;
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

  // --------------------------------------------------------------------- the one vocabulary

  @Override
  public ObjectInfo get(String key) {
    return stat(key, null);
  }

  @Override
  public Optional<ObjectInfo> find(String key) {
    try {
      return Optional.of(stat(key, null));
    } catch (SpacesNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Page<ObjectInfo> list(int page, int perPage) {
    if (page < 1 || perPage < 1 || perPage > MAX_KEYS) {
      throw new IllegalArgumentException(
          "page must be 1 or more and perPage 1.." + MAX_KEYS + ", were " + page + ", " + perPage);
    }
    List<ObjectInfo> window =
        items("", false, perPage)
            .skip((long) (page - 1) * perPage)
            .limit(perPage + 1L)
            .map(this::listed)
            .toList();
    boolean more = window.size() > perPage;
    return new Page<>(
        more ? window.subList(0, perPage) : window,
        -1,
        more ? Optional.of(Integer.toString(page + 1)) : Optional.empty());
  }

  @Override
  public Stream<ObjectInfo> listAll() {
    return items("", false, MAX_KEYS).map(this::listed);
  }

  @Override
  public ObjectInfo create(ObjectSpec spec) {
    Objects.requireNonNull(spec, "spec");
    PutObjectSpec put = spec.put();
    Map<String, String> metadata = new LinkedHashMap<>(put.userMetadata());
    metadata.put(ContentDigests.METADATA, spec.contentDigest());
    byte[] content = spec.content();
    ObjectInfo written = put(put, new ByteArrayInputStream(content), content.length, metadata);
    return new ObjectInfo(
        bucket.name(),
        spec.key(),
        content.length,
        written.etag(),
        written.versionId(),
        written.lastModified(),
        put.contentType(),
        lowercaseNames(put.userMetadata()),
        written.sseCustomerKeyMd5(),
        Optional.of(spec.contentDigest()));
  }

  @Override
  protected ObjectInfo change(ObjectInfo observed, ObjectSpec spec, Diff diff) {
    return create(spec);
  }

  @Override
  public Optional<ObjectInfo> observe(ObjectSpec spec) {
    Objects.requireNonNull(spec, "spec");
    SseCustomerKey sse = spec.put().sseCustomerKey().orElse(null);
    ObjectInfo info;
    try {
      info = sse == null ? stat(spec.key(), null) : statEncrypted(spec.key(), sse);
    } catch (SpacesNotFoundException absent) {
      return Optional.empty();
    }
    boolean comparable =
        info.contentDigest()
            .map(ContentDigests::scheme)
            .equals(Optional.of(ContentDigests.scheme(spec.contentDigest())));
    if (!comparable && info.sizeBytes() == spec.sizeBytes()) {
      // Written without Seawall's digest (or under another scheme): compute it from the content.
      SseCustomerKey readWith = info.encryptedWithCustomerKey() ? sse : null;
      try (SpacesObject object = download(spec.key(), null, readWith)) {
        return Optional.of(info.withContentDigest(ContentDigests.of(object.content(), sse)));
      } catch (IOException e) {
        throw new TransportException(
            "reading object " + bucket.name() + "/" + spec.key() + " failed: " + e.getMessage(), e);
      }
    }
    return Optional.of(info);
  }

  /**
   * HEAD with the SSE-C key; an object that refuses it is read again without the key once: a plain
   * object answers, one encrypted with another key does not.
   */
  private ObjectInfo statEncrypted(String key, SseCustomerKey sse) {
    try {
      return stat(key, sse);
    } catch (SpacesNotFoundException absent) {
      throw absent;
    } catch (SpacesException withKey) {
      if (withKey.status() != 400 && withKey.status() != 403) {
        throw withKey;
      }
      try {
        return stat(key, null);
      } catch (SpacesException withoutKey) {
        if (withKey.status() == 403 && withoutKey.status() == 403) {
          throw withKey; // the access key itself is refused
        }
        throw new SseCustomerKeyMismatchException(
            "object "
                + bucket.name()
                + "/"
                + key
                + " is encrypted with another customer-provided key (SSE-C) than the spec's, so"
                + " Seawall can read neither its content nor its metadata and writes nothing;"
                + " re-encrypt it with ObjectService.rotateKey(key, itsKey, newKey), or delete it",
            withoutKey.status(),
            withoutKey.errorCode(),
            withoutKey.requestId());
      }
    }
  }

  private ObjectInfo listed(Item item) {
    return new ObjectInfo(
        bucket.name(),
        item.objectName(),
        item.size(),
        etag(item.etag()),
        "",
        instant(item.lastModified()),
        "",
        Map.of(),
        "",
        Optional.empty());
  }

  /**
   * A media type in one spelling, so that servers rewriting it compare equal: type and parameter
   * names in lowercase, parameters after {@code "; "} ({@code text/plain; charset=utf-8}).
   */
  private static String mediaType(String contentType) {
    String[] parts = contentType.split(";");
    StringBuilder out = new StringBuilder(parts[0].strip().toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals > 0) {
        parameter =
            parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT)
                + "="
                + parameter.substring(equals + 1).strip();
      }
      if (!parameter.isEmpty()) {
        out.append("; ").append(parameter);
      }
    }
    return out.toString();
  }

  private static Set<String> metadata(Map<String, String> metadata) {
    return lowercaseNames(metadata).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> lowercaseNames(Map<String, String> metadata) {
    Map<String, String> lower = new TreeMap<>();
    metadata.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
    return lower;
  }

  // ------------------------------------------------------------------------------- listings

  @Override
  public Stream<ObjectSummary> list(String prefix) {
    return items(prefix, false, MAX_KEYS)
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
    return items(prefix, true, MAX_KEYS)
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

  private Stream<Item> items(String prefix, boolean versions, int pageSize) {
    Objects.requireNonNull(prefix, "prefix");
    Iterable<Result<Item>> results =
        client()
            .listObjects(
                ListObjectsArgs.builder()
                    .bucket(bucket.name())
                    .prefix(prefix)
                    .recursive(true)
                    .includeVersions(versions)
                    .maxKeys(pageSize)
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
        sseKey == null ? "" : sseKey.md5Base64(),
        Optional.empty());
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
    String digest = metadata.remove(ContentDigests.METADATA);
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
        orEmpty(headers.get(SSE_C_MD5_HEADER)),
        Optional.ofNullable(digest));
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
