package dev.seawall.networking.vpc;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A VPC network as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Planning
 * diffs the spec with the VPC of the same name; applying creates it, changes its description in
 * place, or sends nothing (see {@link VpcService#apply(VpcSpec)}). A changed region or range is
 * refused.
 *
 * <pre>{@code
 * VpcResource vpc = VpcResource.of(client,
 *     VpcSpec.builder().name("prod-fra1").region("fra1").ipRange("10.10.0.0/20").build());
 * Stack stack = Stack.builder().add(vpc).rule(new VpcOverlapRule()).build();
 * }</pre>
 *
 * <p>Outputs after apply: {@code ip_range} (CIDR), {@code region} (slug) and {@code urn}. Token
 * scopes: {@code vpc:read}, and {@code vpc:create} or {@code vpc:update} when it changes
 * (operations {@code vpcs_list}, {@code vpcs_create}, {@code vpcs_update}).
 */
public final class VpcResource extends SpecResource<VpcSpec, Vpc> {
  /** The resource kind: {@value}. */
  public static final String KIND = "vpc";

  private final VpcService service;

  private VpcResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new VpcService(builder.client);
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

  @Override
  protected ResourceService<VpcSpec, Vpc> service() {
    return service;
  }

  @Override
  protected String id(Vpc vpc) {
    return vpc.id();
  }

  @Override
  protected Map<String, String> outputs(Vpc vpc) {
    return Map.of("ip_range", vpc.ipRange().toString(), "region", vpc.region(), "urn", vpc.urn());
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(NetworkingOperations.VPCS_LIST);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(NetworkingOperations.VPCS_LIST, NetworkingOperations.VPCS_CREATE);
  }

  @Override
  protected List<dev.seawall.core.policy.AcknowledgedRisk> acknowledgedRisks(VpcSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(NetworkingOperations.VPCS_UPDATE);
  }

  /** Builder for {@link VpcResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final VpcSpec.Builder spec;

    private Builder(DigitalOcean client, String name, VpcSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public VpcResource build() {
      return new VpcResource(this);
    }
  }
}
