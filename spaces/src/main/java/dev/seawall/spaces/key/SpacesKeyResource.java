package dev.seawall.spaces.key;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.spaces.SpacesOperations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Spaces access key as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * scoped to named buckets unless the spec opts out (SW-SP-006). Declare the buckets it grants on
 * with {@code after(bucket.key())} so they exist first.
 *
 * <pre>{@code
 * SpacesKeyResource reader = SpacesKeyResource.of(client, "invoices-reader",
 *     SpacesKeySpec.builder().addGrant(SpacesKeyGrant.read("acme-invoices")), bucket.key());
 * }</pre>
 *
 * <p>Applying creates the key unless a key with the same name and exactly the same grants exists,
 * which is adopted (its secret is not visible again); a key with the name but other grants is an
 * error, never silently widened. The secret of a key created by the last apply is available from
 * {@link #createdCredentials()} — store it, the API shows it once. Outputs: {@code access_key},
 * {@code grants}. Token scopes: {@code spaces_key:read}, {@code spaces_key:create_credentials}
 * (operations {@code spacesKey_list}, {@code spacesKey_create}).
 */
public final class SpacesKeyResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "spaces_key";

  private static final List<Operation> OPERATIONS =
      List.of(SpacesOperations.SPACES_KEY_LIST, SpacesOperations.SPACES_KEY_CREATE);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final @Nullable SpacesKeySpec spec;
  private final List<Violation> violations;
  private final Set<ResourceKey> dependsOn;
  private final AtomicReference<@Nullable SpacesCredentials> created = new AtomicReference<>();

  private SpacesKeyResource(
      DigitalOcean client, String name, SpacesKeySpec.Builder spec, Set<ResourceKey> after) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = ResourceKey.of(KIND, Objects.requireNonNull(name, "name"));
    Validation<Seq<Violation>, SpacesKeySpec> result = spec.name(name).validate();
    this.spec = result.isValid() ? result.get() : null;
    this.violations = result.isValid() ? List.of() : result.getError().asJava();
    this.dependsOn = Set.copyOf(after);
  }

  /**
   * A Spaces key resource for a built spec.
   *
   * @param client the client the key is created with
   * @param spec the key; its name is the resource name
   * @param after resources to apply before it, e.g. the buckets it grants on
   */
  public static SpacesKeyResource of(
      DigitalOcean client, SpacesKeySpec spec, ResourceKey... after) {
    return of(client, spec.name(), spec.toBuilder(), after);
  }

  /**
   * A Spaces key resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the key is created with
   * @param name the key name, also the resource name; set on {@code spec}
   * @param spec the key's grants
   * @param after resources to apply before it, e.g. the buckets it grants on
   */
  public static SpacesKeyResource of(
      DigitalOcean client, String name, SpacesKeySpec.Builder spec, ResourceKey... after) {
    return new SpacesKeyResource(
        client, name, Objects.requireNonNull(spec, "spec"), new LinkedHashSet<>(List.of(after)));
  }

  /** The validated spec, if it is valid. */
  public Optional<SpacesKeySpec> spec() {
    return Optional.ofNullable(spec);
  }

  /**
   * The credentials of the key created by the last {@link #apply}; empty if the key already
   * existed. The secret is shown only once by the API: store it in a secret manager, never log it.
   */
  public Optional<SpacesCredentials> createdCredentials() {
    return Optional.ofNullable(created.get());
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  @Override
  public List<Operation> operations() {
    return OPERATIONS;
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
   * Creates the key unless one with the same name and grants exists.
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws SeawallException if a key with the name exists with other grants
   */
  @Override
  public AppliedResource apply(StackContext context) {
    if (spec == null) {
      throw new InvalidSpecException(violations);
    }
    SpacesKeyService keys = new SpacesKeyService(client);
    List<SpacesKey> named = keys.findByName(spec.name());
    Set<SpacesKeyGrant> wanted = Set.copyOf(spec.grants());
    Optional<SpacesKey> same =
        named.stream().filter(k -> new HashSet<>(k.grants()).equals(wanted)).findFirst();
    SpacesKey result;
    if (same.isPresent()) {
      result = same.get();
      created.set(null);
    } else if (!named.isEmpty()) {
      throw new SeawallException(
          "Spaces key '"
              + spec.name()
              + "' exists ("
              + named.stream().map(SpacesKey::accessKey).collect(Collectors.joining(", "))
              + ") with other grants than the spec's "
              + spec.grants()
              + "; Seawall does not change grants in place. Delete or rename the key, or choose"
              + " another name.");
    } else {
      CreatedSpacesKey createdKey = keys.create(spec);
      created.set(createdKey.credentials());
      result = createdKey.key();
    }
    String grants =
        result.grants().stream()
            .map(g -> g.permission().name().toLowerCase(java.util.Locale.ROOT) + ":" + g.bucket())
            .collect(Collectors.joining(","));
    return new AppliedResource(
        key,
        result.accessKey(),
        grants.isEmpty() ? "no grants" : grants,
        same.isEmpty(),
        Map.of("access_key", result.accessKey(), "grants", grants));
  }

  @Override
  public String toString() {
    return "SpacesKeyResource[" + key + "]";
  }
}
