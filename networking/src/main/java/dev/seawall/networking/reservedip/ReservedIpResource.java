package dev.seawall.networking.reservedip;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A reserved IP as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}, assigned to
 * a droplet of the stack ({@link Builder#assignTo(StackResource)}) or naming an existing address
 * ({@link ReservedIpSpec.Builder#ip(String)}); a reserved IP with neither would be a new address on
 * every apply, so {@code Stack.plan()} reports it.
 *
 * <pre>{@code
 * ReservedIpResource webIp = ReservedIpResource.builder(client, "web-ip",
 *         ReservedIpSpec.builder().region("fra1"))
 *     .assignTo(web1)     // droplet_id = the droplet's id, (known after apply) until it exists
 *     .build();
 * }</pre>
 *
 * <p>Planning finds the reserved IP by address or by the droplet and diffs {@code region} (fixed)
 * and {@code droplet_id}; a droplet in another region than the spec's is refused before anything is
 * sent. Outputs: {@code ip}, {@code region}, {@code urn} ({@code do:floatingip:<ip>}). Token
 * scopes: {@code reserved_ip:read}, and {@code reserved_ip:create} or {@code reserved_ip:update}
 * when it changes.
 */
public final class ReservedIpResource extends SpecResource<ReservedIpSpec, ReservedIp> {
  /** The resource kind: {@value}. */
  public static final String KIND = "reserved_ip";

  /** The kind a reserved IP is assigned to. */
  static final String DROPLET_KIND = "droplet";

  private final ReservedIpService service;
  private final @Nullable ResourceKey droplet;

  private ReservedIpResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name), Validated.of(validate(builder)), dependencies(builder));
    this.service = new ReservedIpService(builder.client);
    this.droplet = builder.droplet;
  }

  private static Validation<Seq<Violation>, ReservedIpSpec> validate(Builder builder) {
    ReservedIpSpec.Builder spec = builder.spec;
    if (builder.droplet != null) {
      spec.dropletId(builder.droplet.placeholderNumber());
    }
    Validation<Seq<Violation>, ReservedIpSpec> result = spec.validate();
    if (result.isValid()
        && builder.droplet == null
        && result.get().ip().isEmpty()
        && result.get().dropletId().isEmpty()) {
      Checks checks = Checks.on(KIND + "/" + builder.name);
      checks.invalid(
          "ip",
          "a reserved IP in a stack is assigned to a droplet of the stack (assignTo(droplet)) or"
              + " names its address (ip(\"203.0.113.7\")); otherwise every apply reserves another"
              + " address");
      return checks.result(result::get);
    }
    return result;
  }

  private static Set<ResourceKey> dependencies(Builder builder) {
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.dependencies());
    if (builder.droplet != null) {
      dependencies.add(builder.droplet);
    }
    return dependencies;
  }

  /**
   * Starts a reserved IP resource from a spec builder.
   *
   * @param client the client the reserved IP is applied with
   * @param name the resource name in the stack (a reserved IP has no name of its own)
   * @param spec the reserved IP; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, ReservedIpSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The droplet of the stack the reserved IP is assigned to, if any. */
  public Optional<ResourceKey> assignedTo() {
    return Optional.ofNullable(droplet);
  }

  @Override
  protected ReservedIpSpec resolve(ReservedIpSpec planned, StackContext context) {
    if (droplet == null) {
      return planned;
    }
    return planned.toBuilder().dropletId(context.numericId(droplet)).build();
  }

  /**
   * Like every kind, plus: a droplet of the stack in another region than the spec's is refused
   * ({@code droplet_id}), nothing read or sent for it.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    Optional<FieldChange> refusal = regionRefusal(context);
    if (refusal.isPresent()) {
      return new ResourcePlan(
          key(), Diff.of(List.of(refusal.get())), Optional.empty(), Map.of(), readOperations());
    }
    return super.plan(context);
  }

  /**
   * Creates or converges the reserved IP (see {@link ReservedIpService#apply}).
   *
   * @throws RefusedChangeException if the droplet is in another region or the reserved IP is;
   *     nothing is sent
   */
  @Override
  public AppliedResource apply(StackContext context) {
    Optional<FieldChange> refusal = regionRefusal(context);
    if (refusal.isPresent()) {
      throw new RefusedChangeException(key().toString(), Diff.of(List.of(refusal.get())));
    }
    return super.apply(context);
  }

  private Optional<FieldChange> regionRefusal(StackContext context) {
    ReservedIpSpec spec = spec().orElseThrow(() -> new InvalidSpecException(validate()));
    if (droplet == null) {
      return Optional.empty();
    }
    Optional<String> region = context.resolved(droplet).output("region");
    if (region.isEmpty() || region.get().equals(spec.region())) {
      return Optional.empty();
    }
    return Optional.of(
        FieldChange.refused(
            "droplet_id",
            ReservedIpService.UNASSIGNED,
            droplet.toString(),
            droplet
                + " is in "
                + region.get()
                + " and a reserved IP is assigned only to droplets in its region, "
                + spec.region()));
  }

  @Override
  protected ResourceService<ReservedIpSpec, ReservedIp> service() {
    return service;
  }

  @Override
  protected String id(ReservedIp ip) {
    return ip.ip();
  }

  /** {@code assigned} or {@code unassigned}. */
  @Override
  protected String status(ReservedIp ip) {
    return ip.droplet().isPresent() ? "assigned" : "unassigned";
  }

  @Override
  protected Map<String, String> outputs(ReservedIp ip) {
    return Map.of("ip", ip.ip(), "region", ip.region(), "urn", ip.urn());
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(NetworkingOperations.RESERVED_IPS_LIST, NetworkingOperations.RESERVED_IPS_GET);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(NetworkingOperations.RESERVED_IPS_CREATE);
  }

  @Override
  protected List<Operation> updateOperations() {
    return ReservedIpService.ACTION_OPERATIONS;
  }

  /** Builder for {@link ReservedIpResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final ReservedIpSpec.Builder spec;
    private @Nullable ResourceKey droplet;

    private Builder(DigitalOcean client, String name, ReservedIpSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Assigns the reserved IP to a droplet of the stack, which is applied first; it must be in the
     * reserved IP's region. Default: the spec's assignment.
     *
     * @param droplet the droplet's stack resource (kind {@code droplet})
     * @throws IllegalArgumentException if {@code droplet} is not of kind {@code droplet}
     */
    public Builder assignTo(StackResource droplet) {
      this.droplet =
          referenceTo(
              droplet,
              DROPLET_KIND,
              key ->
                  "a reserved IP is assigned to a droplet, not to "
                      + key
                      + "; pass the droplet's resource");
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public ReservedIpResource build() {
      return new ReservedIpResource(this);
    }
  }
}
