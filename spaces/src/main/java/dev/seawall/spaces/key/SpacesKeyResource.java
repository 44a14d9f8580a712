package dev.seawall.spaces.key;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.Validated;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.spaces.bucket.BucketResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Spaces access key as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * scoped to named buckets unless the spec opts out (SW-SP-006). The buckets it grants on are typed
 * references to the stack's {@link BucketResource}s, which are applied first:
 *
 * <pre>{@code
 * SpacesKeyResource reader = SpacesKeyResource.builder(client, "invoices-reader",
 *         SpacesKeySpec.builder())
 *     .grantRead(bucket)
 *     .build();
 * }</pre>
 *
 * <p>Planning diffs the spec with the key of that name; applying creates it, changes its grants in
 * place (converting {@code fullaccess} is refused), or sends nothing (see {@link
 * SpacesKeyService#apply(SpacesKeySpec)}). The secret of a key created by the last apply is
 * available from {@link #createdCredentials()} — store it, the API shows it once; it is never in a
 * diff, an output or an event. Outputs: {@code access_key}, {@code grants}. Token scopes: {@code
 * spaces_key:read}, and {@code spaces_key:create_credentials} or {@code spaces_key:update} when it
 * changes (operations {@code spacesKey_list}, {@code spacesKey_create}, {@code spacesKey_update}).
 */
public final class SpacesKeyResource extends SpecResource<SpacesKeySpec, SpacesKey> {
  /** The resource kind: {@value}. */
  public static final String KIND = "spaces_key";

  private final SpacesKeyService service;
  private final AtomicReference<@Nullable SpacesCredentials> created = new AtomicReference<>();

  private SpacesKeyResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new SpacesKeyService(builder.client);
  }

  /**
   * A Spaces key resource for a built spec whose grants name buckets outside the stack (for buckets
   * of the stack use {@link #builder} and {@link Builder#grantRead(BucketResource)}).
   *
   * @param client the client the key is managed with
   * @param spec the key; its name is the resource name
   */
  public static SpacesKeyResource of(DigitalOcean client, SpacesKeySpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a Spaces key resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param client the client the key is managed with
   * @param name the key name, also the resource name; set on {@code spec}
   * @param spec the key's grants (more are added by {@link Builder#grantRead}); read once by {@link
   *     Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, SpacesKeySpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /**
   * The credentials of the key created by the last {@link #apply}; empty if the key already
   * existed. The secret is shown only once by the API: store it in a secret manager, never log it.
   */
  public Optional<SpacesCredentials> createdCredentials() {
    return Optional.ofNullable(created.get());
  }

  /**
   * Applies the spec (see {@link SpacesKeyService#apply(SpacesKeySpec)}) and keeps the credentials
   * of a key it created for {@link #createdCredentials()}.
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   */
  @Override
  public AppliedResource apply(StackContext context) {
    SpacesKeySpec spec = spec().orElseThrow(() -> new InvalidSpecException(validate()));
    Applied<SpacesKey> applied = service.apply(spec);
    SpacesKey key = applied.resource();
    created.set(key.credentials().orElse(null));
    return new AppliedResource(key(), id(key), status(key), applied.diff(), outputs(key));
  }

  @Override
  protected ResourceService<SpacesKeySpec, SpacesKey> service() {
    return service;
  }

  @Override
  protected String id(SpacesKey key) {
    return key.accessKey();
  }

  /** The grants, e.g. {@code read:acme-invoices}, or {@code no grants}. */
  @Override
  protected String status(SpacesKey key) {
    String grants = grants(key);
    return grants.isEmpty() ? "no grants" : grants;
  }

  @Override
  protected Map<String, String> outputs(SpacesKey key) {
    return Map.of("access_key", key.accessKey(), "grants", grants(key));
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(SpacesKeySpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(SpacesOperations.SPACES_KEY_LIST);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(SpacesOperations.SPACES_KEY_CREATE);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(SpacesOperations.SPACES_KEY_UPDATE);
  }

  private static String grants(SpacesKey key) {
    return key.grants().stream()
        .map(g -> g.permission().value() + ":" + g.bucket())
        .collect(Collectors.joining(","));
  }

  /** Builder for {@link SpacesKeyResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final SpacesKeySpec.Builder spec;

    private Builder(DigitalOcean client, String name, SpacesKeySpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Grants the key {@code read} (list, download) on a bucket of the stack, which is applied
     * first. A bucket's id is its name, so the grant is known at plan time.
     *
     * @param bucket the bucket resource
     * @return this builder
     */
    public Builder grantRead(BucketResource bucket) {
      return grant(bucket, SpacesKeyGrant.read(bucket.key().name()));
    }

    /**
     * Grants the key {@code readwrite} (list, download, upload, delete objects) on a bucket of the
     * stack, which is applied first.
     *
     * @param bucket the bucket resource
     * @return this builder
     */
    public Builder grantReadWrite(BucketResource bucket) {
      return grant(bucket, SpacesKeyGrant.readWrite(bucket.key().name()));
    }

    private Builder grant(BucketResource bucket, SpacesKeyGrant grant) {
      Objects.requireNonNull(bucket, "bucket");
      spec.addGrant(grant);
      dependOn(bucket.key());
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public SpacesKeyResource build() {
      return new SpacesKeyResource(this);
    }
  }
}
