package dev.seawall.networking.loadbalancer;

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
import dev.seawall.networking.internal.StackSupport;
import dev.seawall.networking.internal.StackSupport.Validated;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A load balancer as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Its VPC
 * may be a VPC resource of the stack ({@link Builder#vpc(ResourceKey)}, resolved when the stack is
 * applied; at plan time the reference satisfies SW-LB-004). Certificates are referenced by name in
 * the forwarding rules; declare the certificate resources with {@link
 * Builder#certificate(ResourceKey)} so they are applied first. The droplets behind it are chosen by
 * the spec's tag, so it does not wait for them.
 *
 * <pre>{@code
 * LoadBalancerResource lb = LoadBalancerResource.builder(client, "web-lb",
 *         LoadBalancerSpec.builder()
 *             .region("fra1")
 *             .tag("web")
 *             .addForwardingRule(ForwardingRule.https("web-cert", 8080))
 *             .addForwardingRule(ForwardingRule.httpRedirect())
 *             .redirectHttpToHttps(true))
 *     .vpc(vpc.key())
 *     .certificate(certificate.key())
 *     .build();
 * }</pre>
 *
 * <p>Applying creates the load balancer or makes the one with the same name match (see {@link
 * LoadBalancerService#apply(LoadBalancerSpec)}) and waits until it is {@code active}. Outputs:
 * {@code ip} (public IPv4, if any). Token scopes: {@code load_balancer:read}, {@code
 * load_balancer:create}, {@code load_balancer:update}, {@code certificate:read} (operations {@code
 * loadBalancers_list}, {@code certificates_list}, {@code loadBalancers_create}, {@code
 * loadBalancers_get}, {@code loadBalancers_update}).
 */
public final class LoadBalancerResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "load_balancer";

  private static final List<Operation> OPERATIONS =
      List.of(
          NetworkingOperations.LOAD_BALANCERS_LIST,
          NetworkingOperations.CERTIFICATES_LIST,
          NetworkingOperations.LOAD_BALANCERS_CREATE,
          NetworkingOperations.LOAD_BALANCERS_GET,
          NetworkingOperations.LOAD_BALANCERS_UPDATE);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final @Nullable ResourceKey vpc;
  private final Validated<LoadBalancerSpec> spec;
  private final Set<ResourceKey> dependsOn;

  private LoadBalancerResource(Builder builder) {
    this.client = builder.client;
    this.key = ResourceKey.of(KIND, builder.name);
    this.vpc = builder.vpc;
    LoadBalancerSpec.Builder template = builder.spec.name(builder.name);
    if (vpc != null) {
      template.vpcUuid(StackSupport.placeholderUuid(vpc));
    }
    this.spec = Validated.of(template.validate(), s -> List.of());
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.after);
    if (vpc != null) {
      dependencies.add(vpc);
    }
    dependencies.addAll(builder.certificates);
    this.dependsOn = Set.copyOf(dependencies);
  }

  /**
   * A load balancer resource for a built spec without references.
   *
   * @param client the client the load balancer is applied with
   * @param spec the load balancer; its name is the resource name
   */
  public static LoadBalancerResource of(DigitalOcean client, LoadBalancerSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a load balancer resource from a spec builder, so that an invalid spec is reported by
   * {@code Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the load balancer is applied with
   * @param name the load balancer name, also the resource name; set on {@code spec}
   * @param spec the load balancer without its name (and VPC, if given by reference); read once by
   *     {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, LoadBalancerSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The plan-time spec (a VPC reference stands in as a placeholder id), if it is valid. */
  public Optional<LoadBalancerSpec> spec() {
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

  /** The tag whose droplets are behind the load balancer, if the spec names one. */
  @Override
  public Set<String> tags() {
    return spec.spec()
        .map(s -> s.tag().isEmpty() ? Set.<String>of() : Set.of(s.tag()))
        .orElse(Set.of());
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
    return spec.spec().map(LoadBalancerSpec::acknowledgedRisks).orElse(List.of());
  }

  /**
   * Resolves the VPC reference, then creates the load balancer or updates the one with the same
   * name, and waits until it is {@code active}.
   *
   * @throws InvalidSpecException if the spec is invalid, or a certificate it names does not exist
   * @throws dev.seawall.core.SeawallException if the existing load balancer differs in what cannot
   *     change after creation
   */
  @Override
  public AppliedResource apply(StackContext context) {
    LoadBalancerSpec planned = spec.require();
    LoadBalancerSpec resolved =
        vpc == null ? planned : planned.toBuilder().vpcUuid(context.resolved(vpc).id()).build();
    LoadBalancerService loadBalancers = new LoadBalancerService(client);
    boolean existed = loadBalancers.findByName(resolved.name()).isPresent();
    LoadBalancer lb = loadBalancers.apply(resolved);
    Map<String, String> outputs = new LinkedHashMap<>();
    if (!lb.ip().isEmpty()) {
      outputs.put("ip", lb.ip());
    }
    return new AppliedResource(
        key, lb.id(), lb.status().name().toLowerCase(Locale.ROOT), !existed, outputs);
  }

  @Override
  public String toString() {
    return "LoadBalancerResource[" + key + "]";
  }

  /** Builder for {@link LoadBalancerResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final LoadBalancerSpec.Builder spec;
    private @Nullable ResourceKey vpc;
    private final Set<ResourceKey> certificates = new LinkedHashSet<>();
    private final Set<ResourceKey> after = new LinkedHashSet<>();

    private Builder(DigitalOcean client, String name, LoadBalancerSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Places the load balancer in a VPC resource of the stack (its id is set at apply time). */
    public Builder vpc(ResourceKey vpc) {
      this.vpc = Objects.requireNonNull(vpc, "vpc");
      return this;
    }

    /**
     * Applies the load balancer after a certificate resource of the stack, which its forwarding
     * rules reference by name.
     */
    public Builder certificate(ResourceKey certificate) {
      certificates.add(Objects.requireNonNull(certificate, "certificate"));
      return this;
    }

    /** Applies this load balancer only after {@code others} (ordering without a reference). */
    public Builder after(ResourceKey... others) {
      for (ResourceKey other : others) {
        after.add(Objects.requireNonNull(other, "other"));
      }
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public LoadBalancerResource build() {
      return new LoadBalancerResource(this);
    }
  }
}
