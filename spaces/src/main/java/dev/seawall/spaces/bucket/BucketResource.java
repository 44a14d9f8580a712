package dev.seawall.spaces.bucket;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.spaces.Spaces;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A Spaces bucket as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}: private
 * and versioned unless the spec opts out. Planning diffs the spec with the bucket of that name in
 * the spec's region (see {@link BucketService} for the fields); applying creates it, changes its
 * ACL, versioning or CORS rules in place, or sends nothing. A bucket found in another region is
 * refused.
 *
 * <pre>{@code
 * BucketResource bucket = BucketResource.of(spaces,
 *     BucketSpec.builder().name("acme-invoices").region("fra1").build());
 * ObjectResource report = ObjectResource.of(spaces, bucket, objectSpec, bytes);   // typed reference
 * }</pre>
 *
 * <p>Buckets are managed over the S3 API with a Spaces access key, not with the DigitalOcean API
 * token: the bucket calls no DigitalOcean operation and adds no token scope. Its id is its name.
 * Outputs: {@code region}, {@code endpoint}, {@code versioning}, {@code urn} ({@code
 * do:space:<name>}, for projects).
 */
public final class BucketResource extends SpecResource<BucketSpec, Bucket> {
  /** The resource kind: {@value}. */
  public static final String KIND = "bucket";

  private final Spaces spaces;

  private BucketResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.spaces = builder.spaces;
  }

  /**
   * A bucket resource for a built spec.
   *
   * @param spaces the Spaces client the bucket is managed with
   * @param spec the bucket; its name is the resource name
   */
  public static BucketResource of(Spaces spaces, BucketSpec spec) {
    return builder(spaces, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a bucket resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param spaces the Spaces client the bucket is managed with
   * @param name the bucket name, also the resource name; set on {@code spec}
   * @param spec the bucket without its name; read once by {@link Builder#build()}
   */
  public static Builder builder(Spaces spaces, String name, BucketSpec.Builder spec) {
    return new Builder(spaces, name, spec);
  }

  /**
   * Where the bucket is (name, region, endpoint), for the objects and presigned URLs of this stack.
   *
   * @throws InvalidSpecException if the spec is invalid
   */
  public BucketRef ref() {
    return spec().orElseThrow(() -> new InvalidSpecException(validate())).ref();
  }

  @Override
  protected ResourceService<BucketSpec, Bucket> service() {
    BucketRef ref = ref();
    return spaces.buckets(ref.region(), ref.endpoint());
  }

  @Override
  protected String id(Bucket bucket) {
    return bucket.name();
  }

  /** E.g. {@code private, versioning enabled}. */
  @Override
  protected String status(Bucket bucket) {
    return (bucket.listingPublic() ? "public listing" : "private")
        + ", versioning "
        + versioning(bucket);
  }

  @Override
  protected Map<String, String> outputs(Bucket bucket) {
    return Map.of(
        "region",
        bucket.ref().region(),
        "endpoint",
        bucket.ref().endpoint().toString(),
        "versioning",
        versioning(bucket),
        "urn",
        "do:space:" + bucket.ref().name());
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(BucketSpec spec) {
    return spec.acknowledgedRisks();
  }

  /** None: buckets are read over the S3 API. */
  @Override
  protected List<Operation> readOperations() {
    return List.of();
  }

  /** None: buckets are created over the S3 API. */
  @Override
  protected List<Operation> createOperations() {
    return List.of();
  }

  /** None: buckets are changed over the S3 API. */
  @Override
  protected List<Operation> updateOperations() {
    return List.of();
  }

  private static String versioning(Bucket bucket) {
    return bucket.versioning().name().toLowerCase(Locale.ROOT);
  }

  /** Builder for {@link BucketResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final Spaces spaces;
    private final String name;
    private final BucketSpec.Builder spec;

    private Builder(Spaces spaces, String name, BucketSpec.Builder spec) {
      this.spaces = Objects.requireNonNull(spaces, "spaces");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public BucketResource build() {
      return new BucketResource(this);
    }
  }
}
