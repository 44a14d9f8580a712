package dev.seawall.networking.loadbalancer;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.CertificateResource;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.vpc.VpcResource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A load balancer as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Planning
 * diffs the spec with the load balancer of the same name; applying creates it, changes in place
 * what differs, or sends nothing, and waits until it is {@code active} (see {@link
 * LoadBalancerService#apply(LoadBalancerSpec)}). A changed region, VPC, network or network stack is
 * refused.
 *
 * <p>References: its VPC may be a VPC resource of the stack ({@link Builder#vpc(VpcResource)}: the
 * VPC's id is set when the stack is applied; at plan time the reference satisfies SW-LB-004 and a
 * VPC not created yet shows as {@code (known after apply)}). Forwarding rules name their
 * certificates; {@link Builder#certificate(CertificateResource)} declares a certificate resource a
 * rule names. The load balancer {@linkplain #references() references} its tag and the certificates
 * its rules name, so tag and certificate resources of the stack are applied first, without {@code
 * after(...)}. The droplets behind it are chosen by the spec's tag, so it does not wait for them.
 *
 * <pre>{@code
 * LoadBalancerResource lb = LoadBalancerResource.builder(client, "web-lb",
 *         LoadBalancerSpec.builder()
 *             .region("fra1")
 *             .tag("web")
 *             .addForwardingRule(ForwardingRule.https("web-cert", 8080))
 *             .addForwardingRule(ForwardingRule.httpRedirect())
 *             .redirectHttpToHttps(true))
 *     .vpc(vpc)
 *     .certificate(certificate)
 *     .build();
 * }</pre>
 *
 * <p>Status after apply: the load balancer's {@code status}. Outputs: {@code ip} (public IPv4, if
 * any) and {@code urn} ({@code do:loadbalancer:<id>}, for projects). Token scopes: {@code
 * load_balancer:read}, {@code certificate:read}, and {@code load_balancer:create} or {@code
 * load_balancer:update} when it changes (operations {@code loadBalancers_list}, {@code
 * certificates_list}, {@code loadBalancers_get}, {@code loadBalancers_create}, {@code
 * loadBalancers_update}).
 */
public final class LoadBalancerResource extends SpecResource<LoadBalancerSpec, LoadBalancer> {
  /** The resource kind: {@value}. */
  public static final String KIND = "load_balancer";

  private final LoadBalancerService service;
  private final @Nullable ResourceKey vpc;

  private LoadBalancerResource(Builder builder) {
    super(ResourceKey.of(KIND, builder.name), validate(builder), dependencies(builder));
    this.service = new LoadBalancerService(builder.client);
    this.vpc = builder.vpc == null ? null : builder.vpc.key();
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
   * {@code Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param client the client the load balancer is applied with
   * @param name the load balancer name, also the resource name; set on {@code spec}
   * @param spec the load balancer without its name (and VPC, if given by reference); read once by
   *     {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, LoadBalancerSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /**
   * The tag whose droplets are behind the load balancer ({@code tag/<name>}) and the certificates
   * its forwarding rules name ({@code certificate/<name>}): applied first when they are in the
   * stack, expected to exist otherwise.
   */
  @Override
  public Set<ResourceKey> references() {
    Set<ResourceKey> references = new LinkedHashSet<>();
    spec()
        .ifPresent(
            spec -> {
              tags().forEach(tag -> references.add(ResourceKey.of(TagResource.KIND, tag)));
              spec.certificateNames()
                  .forEach(name -> references.add(ResourceKey.of(CertificateResource.KIND, name)));
            });
    return Set.copyOf(references);
  }

  /** The tag whose droplets are behind the load balancer, if the spec names one. */
  @Override
  public Set<String> tags() {
    return spec().map(s -> s.tag().isEmpty() ? Set.<String>of() : Set.of(s.tag())).orElse(Set.of());
  }

  @Override
  protected ResourceService<LoadBalancerSpec, LoadBalancer> service() {
    return service;
  }

  /** The spec with the referenced VPC's id. */
  @Override
  protected LoadBalancerSpec resolve(LoadBalancerSpec planned, StackContext context) {
    return vpc == null ? planned : planned.toBuilder().vpcUuid(context.id(vpc)).build();
  }

  @Override
  protected String id(LoadBalancer lb) {
    return lb.id();
  }

  @Override
  protected String status(LoadBalancer lb) {
    return lb.status().name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected Map<String, String> outputs(LoadBalancer lb) {
    String urn = "do:loadbalancer:" + lb.id();
    return lb.ip().isEmpty() ? Map.of("urn", urn) : Map.of("ip", lb.ip(), "urn", urn);
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(LoadBalancerSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(
        NetworkingOperations.LOAD_BALANCERS_LIST,
        NetworkingOperations.CERTIFICATES_LIST,
        NetworkingOperations.LOAD_BALANCERS_GET);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(NetworkingOperations.LOAD_BALANCERS_CREATE);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(NetworkingOperations.LOAD_BALANCERS_UPDATE);
  }

  /**
   * The spec with the VPC reference's placeholder id, validated; a certificate declared with {@link
   * Builder#certificate} that no forwarding rule names is an error (a misspelt name).
   */
  private static Validated<LoadBalancerSpec> validate(Builder builder) {
    LoadBalancerSpec.Builder template = builder.spec.name(builder.name);
    if (builder.vpc != null) {
      template.vpcUuid(builder.vpc.key().placeholderUuid());
    }
    Checks checks = Checks.on("load_balancer/" + builder.name);
    Optional<LoadBalancerSpec> spec = checks.include(template.validate());
    spec.ifPresent(
        valid ->
            builder.certificates.stream()
                .map(certificate -> certificate.key().name())
                .filter(name -> !valid.certificateNames().contains(name))
                .forEach(
                    name ->
                        checks.invalid(
                            "forwardingRules",
                            "certificate resource '"
                                + name
                                + "' is declared but no forwarding rule names it; use its name"
                                + " in the rule, e.g. ForwardingRule.https(\""
                                + name
                                + "\", 8080)")));
    return Validated.of(checks.result(spec::orElseThrow));
  }

  private static Set<ResourceKey> dependencies(Builder builder) {
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.dependencies());
    if (builder.vpc != null) {
      dependencies.add(builder.vpc.key());
    }
    builder.certificates.forEach(certificate -> dependencies.add(certificate.key()));
    return dependencies;
  }

  /** Builder for {@link LoadBalancerResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final LoadBalancerSpec.Builder spec;
    private @Nullable VpcResource vpc;
    private final Set<CertificateResource> certificates = new LinkedHashSet<>();

    private Builder(DigitalOcean client, String name, LoadBalancerSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Places the load balancer in a VPC resource of the stack: applied after it, with its id as
     * {@code vpc_uuid}. Do not also set {@code vpcUuid} on the spec.
     */
    public Builder vpc(VpcResource vpc) {
      this.vpc = Objects.requireNonNull(vpc, "vpc");
      return this;
    }

    /**
     * Applies the load balancer after a certificate resource of the stack, which a forwarding rule
     * names (its name, not its id: a Let's Encrypt renewal changes the id). A certificate no rule
     * names is reported by {@code Stack.plan()}.
     */
    public Builder certificate(CertificateResource certificate) {
      certificates.add(Objects.requireNonNull(certificate, "certificate"));
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public LoadBalancerResource build() {
      return new LoadBalancerResource(this);
    }
  }
}
