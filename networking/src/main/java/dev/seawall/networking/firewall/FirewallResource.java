package dev.seawall.networking.firewall;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.loadbalancer.LoadBalancerResource;
import dev.seawall.networking.tag.TagResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Cloud Firewall as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Planning
 * diffs the spec with the firewall of the same name (rule by rule, see {@link FirewallService});
 * applying creates it, changes it in place (one PUT of the full representation), or sends nothing.
 * A firewall opened behind Seawall's back is closed again and reported as updated with the rules
 * removed, e.g. {@code inbound_rules: - tcp 22 from 0.0.0.0/0}.
 *
 * <p>References to other resources of the stack are typed and resolved when the stack is applied:
 * load balancers as sources ({@link Builder#allowFromLoadBalancer(int, LoadBalancerResource)}) and
 * droplets it applies to ({@link Builder#coverDroplets(StackResource...)}); at plan time a
 * reference stands for a valid id, so the spec is checked completely without calling the API. Every
 * tag the spec names (in its rules and in its own {@code tags}) is a {@linkplain #references()
 * reference} to {@code tag/<name>}, so a {@link TagResource} of the stack is applied first.
 *
 * <pre>{@code
 * FirewallResource web = FirewallResource.builder(client, "web",
 *         FirewallSpec.builder()
 *             .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses(adminCidr)))
 *             .outbound(OutboundPreset.DNS_AND_HTTPS)
 *             .tags("web"))
 *     .allowFromLoadBalancer(443, lb)
 *     .build();
 * }</pre>
 *
 * <p>Its {@link #tags()} are the tags it applies to, which {@link FirewallCoverageRule} (SW-DR-003)
 * matches with droplet tags. Token scopes: {@code firewall:read}, and {@code firewall:create} or
 * {@code firewall:update} when it changes (operations {@code firewalls_list}, {@code
 * firewalls_create}, {@code firewalls_update}, {@code firewalls_get} while waiting); tags named by
 * the firewall must exist (see {@link TagResource}).
 */
public final class FirewallResource extends SpecResource<FirewallSpec, Firewall> {
  /** The resource kind: {@value}. */
  public static final String KIND = "firewall";

  private final FirewallService service;
  private final Map<String, ResourceKey> loadBalancers;
  private final Map<Long, ResourceKey> droplets;

  private FirewallResource(Builder builder, FirewallSpec.Builder template) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(template.validate(), FirewallSpec::warnings),
        dependencies(builder));
    this.service = new FirewallService(builder.client);
    this.loadBalancers = Map.copyOf(builder.loadBalancers);
    this.droplets = Map.copyOf(builder.droplets);
  }

  private static Set<ResourceKey> dependencies(Builder builder) {
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.dependencies());
    dependencies.addAll(builder.loadBalancers.values());
    dependencies.addAll(builder.droplets.values());
    return dependencies;
  }

  /**
   * A firewall resource for a built spec without references.
   *
   * @param client the client the firewall is applied with
   * @param spec the firewall; its name is the resource name
   */
  public static FirewallResource of(DigitalOcean client, FirewallSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a firewall resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param client the client the firewall is applied with
   * @param name the firewall name, also the resource name; set on {@code spec}
   * @param spec the firewall without its name and references; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, FirewallSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The droplets of the stack this firewall applies to directly (besides its tags). */
  public Set<ResourceKey> coveredDroplets() {
    return Set.copyOf(droplets.values());
  }

  /** The tags whose droplets this firewall applies to (empty if the spec is invalid). */
  @Override
  public Set<String> tags() {
    return spec().map(s -> Set.copyOf(s.tags())).orElse(Set.of());
  }

  /**
   * {@code tag/<name>} for every tag the spec names: in the sources and destinations of its rules
   * and in its own {@code tags} (DigitalOcean refuses a firewall naming a tag that does not exist).
   */
  @Override
  public Set<ResourceKey> references() {
    return spec()
        .map(
            s ->
                Stream.concat(
                        s.tags().stream(),
                        Stream.concat(s.inboundRules().stream(), s.outboundRules().stream())
                            .flatMap(rule -> rule.targets().tags().stream()))
                    .map(tag -> ResourceKey.of(TagResource.KIND, tag))
                    .collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  @Override
  protected ResourceService<FirewallSpec, Firewall> service() {
    return service;
  }

  @Override
  protected String id(Firewall firewall) {
    return firewall.id();
  }

  /** {@code succeeded} once applied. */
  @Override
  protected String status(Firewall firewall) {
    return firewall.status().name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(FirewallSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(NetworkingOperations.FIREWALLS_LIST);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(NetworkingOperations.FIREWALLS_CREATE, NetworkingOperations.FIREWALLS_GET);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(NetworkingOperations.FIREWALLS_UPDATE, NetworkingOperations.FIREWALLS_GET);
  }

  /**
   * The load balancer uids and droplet ids of the referenced resources in place of placeholders.
   */
  @Override
  protected FirewallSpec resolve(FirewallSpec planned, StackContext context) {
    if (loadBalancers.isEmpty() && droplets.isEmpty()) {
      return planned;
    }
    List<InboundRule> rules = new ArrayList<>();
    for (InboundRule rule : planned.inboundRules()) {
      List<String> uids =
          rule.sources().loadBalancerUids().stream()
              .map(uid -> loadBalancers.containsKey(uid) ? context.id(loadBalancers.get(uid)) : uid)
              .toList();
      rules.add(rule.withSources(rule.sources().toBuilder().loadBalancerUids(uids).build()));
    }
    List<Long> dropletIds =
        planned.dropletIds().stream()
            .map(id -> droplets.containsKey(id) ? context.numericId(droplets.get(id)) : id)
            .toList();
    return planned.toBuilder().inboundRules(rules).dropletIds(dropletIds).build();
  }

  /** Builder for {@link FirewallResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final FirewallSpec.Builder spec;
    private final List<InboundRule> loadBalancerRules = new ArrayList<>();
    private final Map<String, ResourceKey> loadBalancers = new LinkedHashMap<>();
    private final Map<Long, ResourceKey> droplets = new LinkedHashMap<>();

    private Builder(DigitalOcean client, String name, FirewallSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Admits TCP traffic on {@code port} from a load balancer of the stack (its id is resolved when
     * the stack is applied); the firewall is applied after it.
     *
     * @param port the TCP port, 1..65535
     * @param loadBalancer the load balancer
     * @throws IllegalArgumentException if the port is outside 1..65535
     */
    public Builder allowFromLoadBalancer(int port, LoadBalancerResource loadBalancer) {
      return allowFromLoadBalancer(PortRange.of(port), loadBalancer);
    }

    /**
     * Admits TCP traffic on {@code ports} from a load balancer of the stack; see {@link
     * #allowFromLoadBalancer(int, LoadBalancerResource)}.
     */
    public Builder allowFromLoadBalancer(PortRange ports, LoadBalancerResource loadBalancer) {
      Objects.requireNonNull(ports, "ports");
      ResourceKey key = Objects.requireNonNull(loadBalancer, "loadBalancer").key();
      loadBalancers.put(key.placeholderUuid(), key);
      loadBalancerRules.add(
          InboundRule.tcp(ports, Targets.ofLoadBalancerUids(key.placeholderUuid())));
      return this;
    }

    /**
     * Applies the firewall to droplets of the stack directly (their ids are resolved when the stack
     * is applied, so the firewall is applied after them). Prefer a tag the droplets carry: then the
     * firewall can exist before the droplets boot.
     *
     * @param dropletResources resources of kind {@value FirewallCoverageRule#DROPLET_KIND}
     * @throws IllegalArgumentException if one is of another kind
     */
    public Builder coverDroplets(StackResource... dropletResources) {
      for (StackResource droplet : dropletResources) {
        ResourceKey key =
            referenceTo(
                droplet,
                FirewallCoverageRule.DROPLET_KIND,
                other -> "coverDroplets takes droplets, but " + other + " is a " + other.kind());
        droplets.put(key.placeholderNumber(), key);
      }
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public FirewallResource build() {
      FirewallSpec.Builder template = spec.name(name);
      loadBalancerRules.forEach(template::addInboundRule);
      droplets.keySet().forEach(template::addDropletId);
      return new FirewallResource(this, template);
    }
  }
}
