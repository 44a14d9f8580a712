package dev.seawall.spaces.internal;

import dev.seawall.core.Page;
import dev.seawall.core.TransportException;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.spaces.BucketNameTakenException;
import dev.seawall.spaces.SpacesAccessDeniedException;
import dev.seawall.spaces.SpacesException;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.bucket.Bucket;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketResource;
import dev.seawall.spaces.bucket.BucketService;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.CorsRule;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.bucket.VersioningStatus;
import io.minio.BucketExistsArgs;
import io.minio.GetBucketCorsArgs;
import io.minio.GetBucketPolicyArgs;
import io.minio.GetBucketVersioningArgs;
import io.minio.MakeBucketArgs;
import io.minio.RemoveBucketArgs;
import io.minio.SetBucketCorsArgs;
import io.minio.SetBucketVersioningArgs;
import io.minio.messages.CORSConfiguration;
import io.minio.messages.ListAllMyBucketsResult;
import io.minio.messages.VersioningConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link BucketService} over MinIO, for one region and endpoint. */
public final class DefaultBucketService extends S3ResourceService<BucketSpec, Bucket>
    implements BucketService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultBucketService.class);

  /**
   * The fields of a bucket (see {@link BucketService}): {@code region} is fixed at creation; {@code
   * acl}, {@code versioning.enabled} and, when the spec has rules, {@code cors_rule} change in
   * place.
   */
  public static final Differ<BucketSpec, Bucket> DIFFER =
      Differ.<BucketSpec, Bucket>builder()
          .createOnly("region", BucketSpec::region, bucket -> bucket.location().orElse(null))
          .updatable("acl", spec -> spec.acl().headerValue(), bucket -> bucket.acl().headerValue())
          .updatable(
              "versioning.enabled",
              BucketSpec::versioningEnabled,
              bucket ->
                  bucket.versioning() == VersioningStatus.UNKNOWN
                      ? null
                      : bucket.versioning() == VersioningStatus.ENABLED)
          .set(
              "cors_rule",
              spec -> spec.corsRules().isEmpty() ? null : spec.corsRules(),
              bucket -> bucket.corsRules().orElse(null),
              DefaultBucketService::display)
          .build();

  private static final int MAX_PER_PAGE = 200;

  private final S3Connections connections;
  private final String region;
  private final SpacesEndpoint endpoint;

  /**
   * Creates the service.
   *
   * @param connections the shared connections
   * @param region the region slug
   * @param endpoint the region's S3 endpoint
   */
  public DefaultBucketService(S3Connections connections, String region, SpacesEndpoint endpoint) {
    this.connections = Objects.requireNonNull(connections, "connections");
    this.region = Objects.requireNonNull(region, "region");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    BucketRef.checkLocation(region, endpoint);
  }

  @Override
  public String kind() {
    return BucketResource.KIND;
  }

  @Override
  public String region() {
    return region;
  }

  @Override
  public SpacesEndpoint endpoint() {
    return endpoint;
  }

  @Override
  protected Differ<BucketSpec, Bucket> differ() {
    return DIFFER;
  }

  @Override
  protected String name(BucketSpec spec) {
    return spec.name();
  }

  // ------------------------------------------------------------------------------------- reads

  @Override
  public Bucket get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new SpacesNotFoundException(
                    "bucket " + name + " does not exist in " + region, "NoSuchBucket", ""));
  }

  @Override
  public Optional<Bucket> find(String name) {
    return read(ref(name), true);
  }

  @Override
  public Optional<Bucket> observe(BucketSpec spec) {
    return read(checked(spec), !spec.corsRules().isEmpty());
  }

  @Override
  public Diff diff(BucketSpec spec, Optional<Bucket> observed) {
    checked(spec);
    return super.diff(spec, observed);
  }

  @Override
  public Page<Bucket> list(int page, int perPage) {
    if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException(
          "page must be 1 or more and perPage 1.."
              + MAX_PER_PAGE
              + ", were "
              + page
              + ", "
              + perPage);
    }
    List<String> names = names();
    long from = (long) (page - 1) * perPage;
    List<Bucket> items =
        names.stream().skip(from).limit(perPage).map(this::get).collect(Collectors.toList());
    Optional<String> next =
        from + perPage < names.size() ? Optional.of(Integer.toString(page + 1)) : Optional.empty();
    return new Page<>(items, names.size(), next);
  }

  @Override
  public Stream<Bucket> listAll() {
    return names().stream().map(name -> read(ref(name), true)).flatMap(Optional::stream);
  }

  @Override
  public List<String> listNames() {
    return names();
  }

  @Override
  public Optional<String> policy(String name) {
    BucketRef ref = ref(name);
    String policy;
    try {
      policy =
          join(
              connections
                  .client(ref)
                  .getBucketPolicy(GetBucketPolicyArgs.builder().bucket(name).build()),
              "GetBucketPolicy",
              ref);
    } catch (SpacesException e) {
      // S3 answers NoSuchBucketPolicy; s3proxy NoSuchPolicy.
      if ("NoSuchBucketPolicy".equals(e.errorCode()) || "NoSuchPolicy".equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
    String document = policy == null ? "" : policy.strip();
    return document.isEmpty() || document.equals("{}") ? Optional.empty() : Optional.of(document);
  }

  @Override
  public boolean hasWebsite(String name) {
    BucketRef ref = ref(name);
    try {
      join(connections.client(ref).website(name), "GetBucketWebsite", ref);
      return true;
    } catch (SpacesException e) {
      if ("NoSuchWebsiteConfiguration".equals(e.errorCode())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean exists(String name) {
    return exists(ref(name));
  }

  @Override
  public void verifyReadAccess(String name) {
    BucketRef ref = ref(name);
    join(connections.client(ref).listOneKey(name), "ListObjectsV2", ref);
  }

  private boolean exists(BucketRef ref) {
    try {
      return join(
          connections
              .client(ref)
              .bucketExists(BucketExistsArgs.builder().bucket(ref.name()).build()),
          "HeadBucket",
          ref);
    } catch (SpacesNotFoundException e) {
      return false;
    }
  }

  /** HEAD, then location, versioning, the anonymous listing probe and (if asked) CORS. */
  private Optional<Bucket> read(BucketRef ref, boolean withCors) {
    if (!exists(ref)) {
      return Optional.empty();
    }
    String location = join(connections.client(ref).location(ref.name()), "GetBucketLocation", ref);
    return Optional.of(
        new Bucket(
            ref,
            location.isEmpty() ? Optional.empty() : Optional.of(location),
            readVersioning(ref),
            anonymousListingSucceeds(ref),
            withCors ? corsRules(ref) : Optional.empty()));
  }

  private List<String> names() {
    return join(connections.client(endpoint, region).listBuckets(), "ListBuckets", "").stream()
        .map(ListAllMyBucketsResult.Bucket::name)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private VersioningStatus readVersioning(BucketRef ref) {
    VersioningConfiguration config =
        join(
            connections
                .client(ref)
                .getBucketVersioning(GetBucketVersioningArgs.builder().bucket(ref.name()).build()),
            "GetBucketVersioning",
            ref);
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

  /**
   * The bucket's CORS rules: empty list for {@code NoSuchCORSConfiguration}, empty (unknown) when
   * the server has no CORS API ({@code NotImplemented}).
   */
  private Optional<List<CorsRule>> corsRules(BucketRef ref) {
    CORSConfiguration config;
    try {
      config =
          join(
              connections
                  .client(ref)
                  .getBucketCors(GetBucketCorsArgs.builder().bucket(ref.name()).build()),
              "GetBucketCors",
              ref);
    } catch (SpacesException e) {
      if ("NoSuchCORSConfiguration".equals(e.errorCode())) {
        return Optional.of(List.of());
      }
      if (e.status() == 501 || "NotImplemented".equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
    if (config == null) {
      return Optional.of(List.of());
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
              rule.allowedOrigins(),
              methods,
              rule.allowedHeaders() == null ? List.of() : rule.allowedHeaders(),
              maxAge == null ? 0 : maxAge));
    }
    return Optional.of(List.copyOf(rules));
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

  // ------------------------------------------------------------------------------------ writes

  @Override
  public Bucket create(BucketSpec spec) {
    BucketRef ref = checked(spec);
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
      putAcl(ref, spec);
    }
    VersioningStatus versioning;
    if (spec.versioningEnabled()) {
      putVersioning(ref, VersioningConfiguration.Status.ENABLED);
      versioning = VersioningStatus.ENABLED;
    } else {
      versioning = adopted ? readVersioning(ref) : VersioningStatus.OFF;
    }
    if (!spec.corsRules().isEmpty()) {
      putCors(ref, spec);
    }
    return new Bucket(
        ref,
        Optional.of(ref.region()),
        versioning,
        spec.isListingPublic(),
        spec.corsRules().isEmpty() ? Optional.empty() : Optional.of(spec.corsRules()));
  }

  @Override
  protected Bucket change(Bucket observed, BucketSpec spec, Diff diff) {
    BucketRef ref = observed.ref();
    List<String> fields = diff.fields();
    if (fields.contains("acl")) {
      putAcl(ref, spec);
    }
    VersioningStatus versioning = observed.versioning();
    if (fields.contains("versioning.enabled")) {
      boolean enable = spec.versioningEnabled();
      putVersioning(
          ref,
          enable
              ? VersioningConfiguration.Status.ENABLED
              : VersioningConfiguration.Status.SUSPENDED);
      versioning = enable ? VersioningStatus.ENABLED : VersioningStatus.SUSPENDED;
    }
    Optional<List<CorsRule>> cors = observed.corsRules();
    if (fields.contains("cors_rule")) {
      putCors(ref, spec);
      cors = Optional.of(spec.corsRules());
    }
    LOG.info("updated bucket {}: {}", ref.name(), fields);
    return new Bucket(ref, observed.location(), versioning, spec.isListingPublic(), cors);
  }

  @Override
  public Deletion delete(String name) {
    BucketRef ref = ref(name);
    try {
      join(
          connections.client(ref).removeBucket(RemoveBucketArgs.builder().bucket(name).build()),
          "DeleteBucket",
          ref);
    } catch (SpacesNotFoundException gone) {
      return Deletion.ALREADY_DELETED;
    }
    LOG.info("deleted bucket {}", name);
    return Deletion.DELETED;
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

  private void putAcl(BucketRef ref, BucketSpec spec) {
    join(
        connections.client(ref).putBucketAcl(ref.name(), spec.acl().headerValue()),
        "PutBucketAcl",
        ref);
  }

  private void putVersioning(BucketRef ref, VersioningConfiguration.Status status) {
    join(
        connections
            .client(ref)
            .setBucketVersioning(
                SetBucketVersioningArgs.builder()
                    .bucket(ref.name())
                    .config(new VersioningConfiguration(status, null, null, null))
                    .build()),
        "PutBucketVersioning",
        ref);
  }

  private void putCors(BucketRef ref, BucketSpec spec) {
    join(
        connections
            .client(ref)
            .setBucketCors(
                SetBucketCorsArgs.builder()
                    .bucket(ref.name())
                    .config(
                        new CORSConfiguration(
                            spec.corsRules().stream().map(DefaultBucketService::toMinio).toList()))
                    .build()),
        "PutBucketCors",
        ref);
  }

  private static CORSConfiguration.CORSRule toMinio(CorsRule rule) {
    return new CORSConfiguration.CORSRule(
        rule.allowedHeaders().isEmpty() ? null : rule.allowedHeaders(),
        rule.allowedMethods().stream().map(Enum::name).sorted().toList(),
        rule.allowedOrigins(),
        null,
        null,
        rule.maxAgeSeconds() == 0 ? null : rule.maxAgeSeconds());
  }

  /** A CORS rule in a diff: {@code GET,PUT from https://app.example.com (max age 600 s)}. */
  private static String display(CorsRule rule) {
    String methods =
        rule.allowedMethods().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    StringBuilder text =
        new StringBuilder(methods)
            .append(" from ")
            .append(String.join(", ", rule.allowedOrigins()));
    if (!rule.allowedHeaders().isEmpty()) {
      text.append(" headers ").append(String.join(",", rule.allowedHeaders()));
    }
    if (rule.maxAgeSeconds() > 0) {
      text.append(" max age ").append(rule.maxAgeSeconds()).append(" s");
    }
    return text.toString();
  }

  // ------------------------------------------------------------------------------------ helpers

  private BucketRef ref(String name) {
    Objects.requireNonNull(name, "name");
    return BucketRef.of(name, region, endpoint);
  }

  /** The spec's reference, which must be in this service's region and on its endpoint. */
  private BucketRef checked(BucketSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (!spec.region().equals(region) || !spec.endpoint().equals(endpoint)) {
      throw new IllegalArgumentException(
          "bucket "
              + spec.name()
              + " is specified in "
              + spec.region()
              + " at "
              + spec.endpoint()
              + ", but this service manages the buckets of "
              + region
              + " at "
              + endpoint
              + "; use spaces.buckets(\""
              + spec.region()
              + "\"...); nothing was sent");
    }
    return spec.ref();
  }

  private <T> T join(CompletableFuture<T> future, String operation, BucketRef bucket) {
    return join(future, operation, bucket.name());
  }

  private <T> T join(CompletableFuture<T> future, String operation, String bucket) {
    try {
      return future.join();
    } catch (RuntimeException e) {
      throw S3Errors.translate(
          e, new S3Errors.Context(operation, bucket, "", connections.credentials().accessKeyId()));
    }
  }

  @Override
  public String toString() {
    return "BucketService[" + region + " at " + endpoint + "]";
  }
}
