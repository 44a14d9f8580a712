package dev.seawall.spaces.bucket;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.spaces.Spaces;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Spaces bucket as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}: private
 * and versioned unless the spec opts out. Applying creates the bucket or adopts and converges the
 * one the access key already owns (see {@link BucketService#create(BucketSpec)}), so applying twice
 * creates nothing new.
 *
 * <pre>{@code
 * BucketResource bucket = BucketResource.of(spaces,
 *     BucketSpec.builder().name("acme-invoices").region("fra1").build());
 * }</pre>
 *
 * <p>Buckets are managed over the S3 API with a Spaces access key, not with the DigitalOcean API
 * token, so {@link #operations()} is empty and the bucket adds no token scope. Outputs: {@code
 * region}, {@code endpoint}, {@code versioning}.
 */
public final class BucketResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "bucket";

  private final Spaces spaces;
  private final ResourceKey key;
  private final @Nullable BucketSpec spec;
  private final List<Violation> violations;
  private final Set<ResourceKey> dependsOn;

  private BucketResource(
      Spaces spaces, String name, BucketSpec.Builder spec, Set<ResourceKey> after) {
    this.spaces = Objects.requireNonNull(spaces, "spaces");
    this.key = ResourceKey.of(KIND, Objects.requireNonNull(name, "name"));
    Validation<Seq<Violation>, BucketSpec> result = spec.name(name).validate();
    this.spec = result.isValid() ? result.get() : null;
    this.violations = result.isValid() ? List.of() : result.getError().asJava();
    this.dependsOn = Set.copyOf(after);
  }

  /**
   * A bucket resource for a built spec.
   *
   * @param spaces the Spaces client the bucket is created with
   * @param spec the bucket; its name is the resource name
   */
  public static BucketResource of(Spaces spaces, BucketSpec spec) {
    return new BucketResource(spaces, spec.name(), spec.toBuilder(), Set.of());
  }

  /**
   * A bucket resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param spaces the Spaces client the bucket is created with
   * @param name the bucket name, also the resource name; set on {@code spec}
   * @param spec the bucket without its name
   * @param after resources to apply before it (ordering without a reference)
   */
  public static BucketResource of(
      Spaces spaces, String name, BucketSpec.Builder spec, ResourceKey... after) {
    return new BucketResource(
        spaces, name, Objects.requireNonNull(spec, "spec"), new LinkedHashSet<>(List.of(after)));
  }

  /** The validated spec, if it is valid. */
  public Optional<BucketSpec> spec() {
    return Optional.ofNullable(spec);
  }

  /**
   * Where the bucket is (name, region, endpoint).
   *
   * @throws InvalidSpecException if the spec is invalid
   */
  public BucketRef ref() {
    if (spec == null) {
      throw new InvalidSpecException(violations);
    }
    return spec.ref();
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  /** None: buckets are managed over the S3 API with a Spaces access key. */
  @Override
  public List<Operation> operations() {
    return List.of();
  }

  @Override
  public List<Violation> validate() {
    return violations;
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return spec == null ? List.of() : spec.acknowledgedRisks();
  }

  /**
   * Creates the bucket or adopts the one the key owns, converging ACL and versioning.
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws dev.seawall.spaces.BucketNameTakenException if another account owns the name
   */
  @Override
  public AppliedResource apply(StackContext context) {
    if (spec == null) {
      throw new InvalidSpecException(violations);
    }
    boolean existed = spaces.buckets().exists(spec.ref());
    Bucket bucket = spaces.buckets().create(spec);
    String versioning = bucket.versioning().name().toLowerCase(Locale.ROOT);
    return new AppliedResource(
        key,
        bucket.name(),
        (bucket.listingPublic() ? "public listing" : "private") + ", versioning " + versioning,
        !existed,
        Map.of(
            "region",
            bucket.ref().region(),
            "endpoint",
            bucket.ref().endpoint().toString(),
            "versioning",
            versioning));
  }

  @Override
  public String toString() {
    return "BucketResource[" + key + "]";
  }
}
