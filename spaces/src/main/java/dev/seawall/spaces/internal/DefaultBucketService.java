package dev.seawall.spaces.internal;

import dev.seawall.core.TransportException;
import dev.seawall.spaces.BucketNameTakenException;
import dev.seawall.spaces.SpacesAccessDeniedException;
import dev.seawall.spaces.SpacesException;
import dev.seawall.spaces.bucket.Bucket;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketService;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.bucket.CorsRule;
import dev.seawall.spaces.bucket.VersioningStatus;
import io.minio.BucketExistsArgs;
import io.minio.GetBucketCorsArgs;
import io.minio.GetBucketVersioningArgs;
import io.minio.MakeBucketArgs;
import io.minio.RemoveBucketArgs;
import io.minio.SetBucketCorsArgs;
import io.minio.SetBucketVersioningArgs;
import io.minio.messages.CORSConfiguration;
import io.minio.messages.VersioningConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link BucketService} over MinIO. */
public final class DefaultBucketService implements BucketService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultBucketService.class);

  private final S3Connections connections;

  /**
   * Creates the service.
   *
   * @param connections the shared connections
   */
  public DefaultBucketService(S3Connections connections) {
    this.connections = connections;
  }

  @Override
  public Bucket create(BucketSpec spec) {
    BucketRef ref = spec.ref();
    S3Client client = connections.client(ref);
    boolean adopted = false;
    try {
      join(
          client.makeBucket(
              MakeBucketArgs.builder()
                  .bucket(ref.name())
                  .extraHeaders(Map.of("x-amz-acl", spec.acl().headerValue()))
                  .build()),
          "CreateBucket",
          ref);
      LOG.info("created bucket {} in {}", ref.name(), ref.region());
    } catch (SpacesException e) {
      if (e.status() != 409) {
        throw e;
      }
      adopted = adoptOrFail(ref, e);
    }
    if (adopted) {
      // Converge the ACL of an existing bucket to the spec (a public bucket becomes private).
      join(client.putBucketAcl(ref.name(), spec.acl().headerValue()), "PutBucketAcl", ref);
    }
    VersioningStatus versioning;
    if (spec.versioningEnabled()) {
      join(
          client.setBucketVersioning(
              SetBucketVersioningArgs.builder()
                  .bucket(ref.name())
                  .config(
                      new VersioningConfiguration(
                          VersioningConfiguration.Status.ENABLED, null, null, null))
                  .build()),
          "PutBucketVersioning",
          ref);
      versioning = VersioningStatus.ENABLED;
    } else {
      versioning = adopted ? readVersioning(ref) : VersioningStatus.OFF;
    }
    if (!spec.corsRules().isEmpty()) {
      join(
          client.setBucketCors(
              SetBucketCorsArgs.builder()
                  .bucket(ref.name())
                  .config(
                      new CORSConfiguration(spec.corsRules().stream().map(this::toMinio).toList()))
                  .build()),
          "PutBucketCors",
          ref);
    }
    return new Bucket(ref, versioning, spec.acl() != CannedAcl.PRIVATE);
  }

  private boolean adoptOrFail(BucketRef ref, SpacesException conflict) {
    if ("BucketAlreadyOwnedByYou".equals(conflict.errorCode())) {
      LOG.info("adopting existing bucket {} (already owned by this account)", ref.name());
      return true;
    }
    if (!"BucketAlreadyExists".equals(conflict.errorCode())) {
      throw conflict;
    }
    // Some S3 servers answer BucketAlreadyExists for the caller's own buckets too: ask.
    try {
      if (exists(ref)) {
        LOG.info("adopting existing bucket {} (reachable with this key)", ref.name());
        return true;
      }
    } catch (SpacesAccessDeniedException denied) {
      // The name exists and this key cannot reach it: another account's bucket.
    }
    throw new BucketNameTakenException(
        "bucket name "
            + ref.name()
            + " is taken by another account (bucket names are global across Spaces); choose"
            + " another name",
        conflict.requestId());
  }

  @Override
  public boolean exists(BucketRef bucket) {
    try {
      return join(
          connections
              .client(bucket)
              .bucketExists(BucketExistsArgs.builder().bucket(bucket.name()).build()),
          "HeadBucket",
          bucket);
    } catch (dev.seawall.spaces.SpacesNotFoundException e) {
      return false;
    }
  }

  @Override
  public void verifyReadAccess(BucketRef bucket) {
    join(connections.client(bucket).listOneKey(bucket.name()), "ListObjectsV2", bucket);
  }

  @Override
  public Bucket describe(BucketRef bucket) {
    VersioningStatus versioning = readVersioning(bucket);
    return new Bucket(bucket, versioning, anonymousListingSucceeds(bucket));
  }

  @Override
  public List<CorsRule> corsRules(BucketRef bucket) {
    CORSConfiguration config;
    try {
      config =
          join(
              connections
                  .client(bucket)
                  .getBucketCors(GetBucketCorsArgs.builder().bucket(bucket.name()).build()),
              "GetBucketCors",
              bucket);
    } catch (SpacesException e) {
      if ("NoSuchCORSConfiguration".equals(e.errorCode())) {
        return List.of();
      }
      throw e;
    }
    if (config == null) {
      return List.of();
    }
    List<CorsRule> rules = new ArrayList<>();
    for (CORSConfiguration.CORSRule rule : config.rules()) {
      Set<CorsRule.CorsMethod> methods = EnumSet.noneOf(CorsRule.CorsMethod.class);
      for (String method : rule.allowedMethods()) {
        for (CorsRule.CorsMethod known : CorsRule.CorsMethod.values()) {
          if (known.name().equalsIgnoreCase(method)) {
            methods.add(known);
          }
        }
      }
      Integer maxAge = rule.maxAgeSeconds();
      rules.add(
          new CorsRule(
              rule.allowedOrigins(), methods, rule.allowedHeaders(), maxAge == null ? 0 : maxAge));
    }
    return List.copyOf(rules);
  }

  @Override
  public void delete(BucketRef bucket) {
    join(
        connections
            .client(bucket)
            .removeBucket(RemoveBucketArgs.builder().bucket(bucket.name()).build()),
        "DeleteBucket",
        bucket);
    LOG.info("deleted bucket {}", bucket.name());
  }

  private VersioningStatus readVersioning(BucketRef bucket) {
    VersioningConfiguration config =
        join(
            connections
                .client(bucket)
                .getBucketVersioning(
                    GetBucketVersioningArgs.builder().bucket(bucket.name()).build()),
            "GetBucketVersioning",
            bucket);
    VersioningConfiguration.Status status = config.status();
    if (status == null) {
      return VersioningStatus.OFF;
    }
    return switch (status) {
      case OFF -> VersioningStatus.OFF;
      case ENABLED -> VersioningStatus.ENABLED;
      case SUSPENDED -> VersioningStatus.SUSPENDED;
    };
  }

  /** An unsigned one-key listing: 200 means anyone can list the bucket. */
  private boolean anonymousListingSucceeds(BucketRef bucket) {
    HttpUrl url =
        S3Connections.endpointUrl(bucket)
            .newBuilder()
            .addPathSegment(bucket.name())
            .addQueryParameter("list-type", "2")
            .addQueryParameter("max-keys", "1")
            .build();
    Request request = new Request.Builder().url(url).get().build();
    try (Response response = connections.http().newCall(request).execute()) {
      return response.code() == 200;
    } catch (IOException e) {
      throw new TransportException(
          "anonymous listing probe of bucket " + bucket.name() + " failed: " + e.getMessage(), e);
    }
  }

  private CORSConfiguration.CORSRule toMinio(CorsRule rule) {
    return new CORSConfiguration.CORSRule(
        rule.allowedHeaders().isEmpty() ? null : rule.allowedHeaders(),
        rule.allowedMethods().stream().map(Enum::name).sorted().toList(),
        rule.allowedOrigins(),
        null,
        null,
        rule.maxAgeSeconds() == 0 ? null : rule.maxAgeSeconds());
  }

  private <T> T join(CompletableFuture<T> future, String operation, BucketRef bucket) {
    try {
      return future.join();
    } catch (RuntimeException e) {
      throw S3Errors.translate(
          e,
          new S3Errors.Context(
              operation, bucket.name(), "", connections.credentials().accessKeyId()));
    }
  }
}
