package dev.seawall.spaces.object;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.bucket.BucketResource;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An object in a bucket of the same {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * named {@code <bucket>/<key>}. The spec decides encryption: SSE-C unless it opts out (SW-SP-003).
 *
 * <pre>{@code
 * ObjectResource report = ObjectResource.of(spaces, bucket,
 *     PutObjectSpec.builder().key("reports/q1.pdf").sseCustomerKey(key)
 *         .contentType("application/pdf"),
 *     bytes);
 * }</pre>
 *
 * <p>Applying uploads the content unless the bucket already holds the same bytes under the key
 * (read back with the spec's SSE-C key and compared), so applying twice uploads nothing new; other
 * content is uploaded as a new version. An object encrypted with another SSE-C key fails with
 * {@link dev.seawall.spaces.SseCustomerKeyMismatchException}. Objects are written over the S3 API
 * with a Spaces access key, so {@link #operations()} is empty. Outputs: {@code bucket}, {@code
 * key}, {@code version_id} (in a versioned bucket), {@code size_bytes}.
 */
public final class ObjectResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "object";

  private final Spaces spaces;
  private final BucketResource bucket;
  private final ResourceKey key;
  private final @Nullable PutObjectSpec spec;
  private final List<Violation> violations;
  private final byte[] content;

  private ObjectResource(
      Spaces spaces, BucketResource bucket, PutObjectSpec.Builder spec, byte[] content) {
    this.spaces = Objects.requireNonNull(spaces, "spaces");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.content = Objects.requireNonNull(content, "content").clone();
    Validation<Seq<Violation>, PutObjectSpec> result = Objects.requireNonNull(spec).validate();
    this.spec = result.isValid() ? result.get() : null;
    this.violations = result.isValid() ? List.of() : result.getError().asJava();
    String objectKey = this.spec == null ? "(invalid key)" : this.spec.key();
    this.key = ResourceKey.of(KIND, bucket.key().name() + "/" + objectKey);
  }

  /**
   * An object resource.
   *
   * @param spaces the Spaces client the object is written with
   * @param bucket the bucket resource of the stack that holds the object
   * @param spec the object's key, encryption and metadata; read once here (an invalid spec is
   *     reported by {@code Stack.plan()})
   * @param content the object's bytes (copied)
   */
  public static ObjectResource of(
      Spaces spaces, BucketResource bucket, PutObjectSpec.Builder spec, byte[] content) {
    return new ObjectResource(spaces, bucket, spec, content);
  }

  /** The validated spec, if it is valid. */
  public Optional<PutObjectSpec> spec() {
    return Optional.ofNullable(spec);
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return Set.of(bucket.key());
  }

  /** None: objects are written over the S3 API with a Spaces access key. */
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
   * Uploads the content unless the same bytes are stored under the key already.
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws dev.seawall.spaces.SseCustomerKeyMismatchException if the stored object is encrypted
   *     with another SSE-C key
   */
  @Override
  public AppliedResource apply(StackContext context) {
    if (spec == null) {
      throw new InvalidSpecException(violations);
    }
    ObjectService objects = spaces.objects(bucket.ref());
    Optional<ObjectInfo> stored = sameContent(objects);
    ObjectInfo info = stored.isPresent() ? stored.get() : objects.put(spec, content);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("bucket", info.bucket());
    outputs.put("key", info.key());
    if (!info.versionId().isEmpty()) {
      outputs.put("version_id", info.versionId());
    }
    outputs.put("size_bytes", Long.toString(content.length));
    String id = info.versionId().isEmpty() ? info.key() : info.key() + "@" + info.versionId();
    return new AppliedResource(
        key,
        id,
        spec.sseCustomerKey().isPresent() ? "encrypted (SSE-C)" : "stored",
        stored.isEmpty(),
        outputs);
  }

  private Optional<ObjectInfo> sameContent(ObjectService objects) {
    try {
      Optional<SseCustomerKey> sse = spec.sseCustomerKey();
      ObjectInfo info =
          sse.isPresent() ? objects.head(spec.key(), sse.get()) : objects.head(spec.key());
      if (info.sizeBytes() >= 0 && info.sizeBytes() != content.length) {
        return Optional.empty();
      }
      byte[] existing;
      try (SpacesObject object =
          sse.isPresent() ? objects.get(spec.key(), sse.get()) : objects.get(spec.key())) {
        existing = object.readAllBytes();
      }
      return MessageDigest.isEqual(existing, content) ? Optional.of(info) : Optional.empty();
    } catch (SpacesNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "ObjectResource[" + key + "]";
  }
}
