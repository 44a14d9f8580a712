package dev.seawall.networking.vpc;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.internal.StackSupport.Validated;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A VPC network as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Applying it
 * creates the VPC or adopts the one with the same name (see {@link VpcService#apply(VpcSpec)}), so
 * applying twice creates nothing new.
 *
 * <pre>{@code
 * VpcResource vpc = VpcResource.of(client,
 *     VpcSpec.builder().name("prod-fra1").region("fra1").ipRange("10.10.0.0/20").build());
 * Stack stack = Stack.builder().add(vpc).rule(new VpcOverlapRule()).build();
 * }</pre>
 *
 * <p>Outputs after apply: {@code ip_range} (CIDR), {@code region} (slug) and {@code urn}. Token
 * scopes: {@code vpc:read}, {@code vpc:create}, {@code vpc:update} (operations {@code vpcs_list},
 * {@code vpcs_create}, {@code vpcs_update}).
 */
public final class VpcResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "vpc";

  private static final List<Operation> OPERATIONS =
      List.of(
          NetworkingOperations.VPCS_LIST,
          NetworkingOperations.VPCS_CREATE,
          NetworkingOperations.VPCS_UPDATE);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final Validated<VpcSpec> spec;
  private final Set<ResourceKey> dependsOn;

  private VpcResource(Builder builder) {
    this.client = builder.client;
    this.key = ResourceKey.of(KIND, builder.name);
    this.spec = Validated.of(builder.spec.name(builder.name).validate(), s -> List.of());
    this.dependsOn = Set.copyOf(builder.after);
  }

  /**
   * A VPC resource for a built spec.
   *
   * @param client the client the VPC is applied with
   * @param spec the VPC; its name is the resource name
   */
  public static VpcResource of(DigitalOcean client, VpcSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a VPC resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param client the client the VPC is applied with
   * @param name the VPC name, also the resource name; set on {@code spec}
   * @param spec the VPC without its name; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, VpcSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The validated spec, if it is valid. */
  public Optional<VpcSpec> spec() {
    return spec.spec();
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
    return spec.violations();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return List.of();
  }

  /**
   * Creates the VPC or adopts the existing one of the same name (its description is brought in line
   * with the spec).
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws dev.seawall.core.SeawallException if a VPC of that name exists with another region or
   *     range
   */
  @Override
  public AppliedResource apply(StackContext context) {
    VpcSpec valid = spec.require();
    VpcService vpcs = new VpcService(client);
    boolean existed = vpcs.findByName(valid.name()).isPresent();
    Vpc vpc = vpcs.apply(valid);
    return new AppliedResource(
        key,
        vpc.id(),
        "ready",
        !existed,
        Map.of("ip_range", vpc.ipRange().toString(), "region", vpc.region(), "urn", vpc.urn()));
  }

  @Override
  public String toString() {
    return "VpcResource[" + key + "]";
  }

  /** Builder for {@link VpcResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final VpcSpec.Builder spec;
    private final Set<ResourceKey> after = new LinkedHashSet<>();

    private Builder(DigitalOcean client, String name, VpcSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Applies this VPC only after {@code others} (ordering without a reference). */
    public Builder after(ResourceKey... others) {
      for (ResourceKey other : others) {
        after.add(Objects.requireNonNull(other, "other"));
      }
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public VpcResource build() {
      return new VpcResource(this);
    }
  }
}
