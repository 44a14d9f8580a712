package dev.seawall.spaces.object;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An object in a bucket of the same {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * named {@code <bucket>/<key>}. It references its {@link BucketResource}, which is applied first.
 * The spec decides encryption: SSE-C unless it opts out (SW-SP-003).
 *
 * <pre>{@code
 * ObjectResource report = ObjectResource.of(spaces, bucket,
 *     PutObjectSpec.builder().key("reports/q1.pdf").sseCustomerKey(key)
 *         .contentType("application/pdf"),
 *     bytes);
 * }</pre>
 *
 * <p>Planning diffs the spec with the stored object (see {@link ObjectService} for the fields:
 * content by a digest computed locally, content type, metadata, the SSE-C key as {@code
 * (sensitive)}); applying writes it once and, while nothing differs, sends only a {@code HEAD}
 * (with the SSE-C headers) on later applies. An object encrypted with another SSE-C key fails with
 * {@link dev.seawall.spaces.SseCustomerKeyMismatchException} and is not written. Objects are
 * written over the S3 API with a Spaces access key: they call no DigitalOcean operation. The id is
 * the object key. Outputs: {@code bucket}, {@code key}, {@code version_id} (in a versioned bucket,
 * when known), {@code size_bytes}.
 */
public final class ObjectResource extends SpecResource<ObjectSpec, ObjectInfo> {
  /** The resource kind: {@value}. */
  public static final String KIND = "object";

  private final Spaces spaces;
  private final BucketResource bucket;

  private ObjectResource(Spaces spaces, BucketResource bucket, Validated<ObjectSpec> spec) {
    super(
        ResourceKey.of(
            KIND,
            bucket.key().name() + "/" + spec.spec().map(ObjectSpec::key).orElse("(invalid key)")),
        spec,
        Set.of(bucket.key()));
    this.spaces = spaces;
    this.bucket = bucket;
  }

  /**
   * An object resource from a spec builder; an invalid spec is reported by {@code Stack.plan()}.
   *
   * @param spaces the Spaces client the object is written with
   * @param bucket the bucket resource of the stack that holds the object
   * @param spec the object's key, encryption and metadata; read once here
   * @param content the object's bytes (copied)
   */
  public static ObjectResource of(
      Spaces spaces, BucketResource bucket, PutObjectSpec.Builder spec, byte[] content) {
    return new ObjectResource(
        Objects.requireNonNull(spaces, "spaces"),
        Objects.requireNonNull(bucket, "bucket"),
        Validated.of(ObjectSpec.validate(Objects.requireNonNull(spec, "spec"), content)));
  }

  /**
   * An object resource for a built spec.
   *
   * @param spaces the Spaces client the object is written with
   * @param bucket the bucket resource of the stack that holds the object
   * @param spec the object and its content
   */
  public static ObjectResource of(Spaces spaces, BucketResource bucket, ObjectSpec spec) {
    return of(spaces, bucket, spec.put().toBuilder(), spec.content());
  }

  /** The bucket resource holding the object. */
  public BucketResource bucket() {
    return bucket;
  }

  @Override
  protected ResourceService<ObjectSpec, ObjectInfo> service() {
    return spaces.objects(bucket.ref());
  }

  @Override
  protected String id(ObjectInfo object) {
    return object.key();
  }

  /** {@code encrypted (SSE-C)} or {@code stored}. */
  @Override
  protected String status(ObjectInfo object) {
    return object.encryptedWithCustomerKey() ? "encrypted (SSE-C)" : "stored";
  }

  @Override
  protected Map<String, String> outputs(ObjectInfo object) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("bucket", object.bucket());
    outputs.put("key", object.key());
    if (!object.versionId().isEmpty()) {
      outputs.put("version_id", object.versionId());
    }
    outputs.put("size_bytes", Long.toString(object.sizeBytes()));
    return outputs;
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(ObjectSpec spec) {
    return spec.put().acknowledgedRisks();
  }

  /** None: objects are read over the S3 API. */
  @Override
  protected List<Operation> readOperations() {
    return List.of();
  }

  /** None: objects are written over the S3 API. */
  @Override
  protected List<Operation> createOperations() {
    return List.of();
  }

  /** None: objects are rewritten over the S3 API. */
  @Override
  protected List<Operation> updateOperations() {
    return List.of();
  }
}
