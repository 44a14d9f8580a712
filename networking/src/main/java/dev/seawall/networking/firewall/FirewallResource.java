package dev.seawall.networking.firewall;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Cloud Firewall as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. It may
 * reference other resources of the stack, resolved when the stack is applied: load balancers as
 * sources ({@link Builder#allowFromLoadBalancer(int, ResourceKey)}) and droplets it applies to
 * ({@link Builder#coverDroplets(ResourceKey...)}). At plan time a reference stands for a valid id,
 * so the spec is checked completely without calling the API.
 *
 * <pre>{@code
 * FirewallResource web = FirewallResource.builder(client, "web",
 *         FirewallSpec.builder()
 *             .addInboundRule(InboundRule.tcp(22, Sources.ofAddresses(adminCidr)))
 *             .outbound(OutboundPreset.DNS_AND_HTTPS)
 *             .tags("web"))
 *     .allowFromLoadBalancer(443, lb.key())
 *     .build();
 * }</pre>
 *
 * <p>Applying creates the firewall or makes the one with the same name match the spec, so applying
 * twice creates nothing new and, when nothing changed, writes nothing. Its {@link #tags()} are the
 * tags it applies to, which {@link FirewallCoverageRule} (SW-DR-003) matches with droplet tags.
 * Token scopes: {@code firewall:read}, {@code firewall:create}, {@code firewall:update} (operations
 * {@code firewalls_list}, {@code firewalls_create}, {@code firewalls_get}, {@code
 * firewalls_update}); tags named by the firewall must exist (see {@code TagResource}).
 */
public final class FirewallResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "firewall";

  private static final List<Operation> OPERATIONS =
      List.of(
          NetworkingOperations.FIREWALLS_LIST,
          NetworkingOperations.FIREWALLS_CREATE,
          NetworkingOperations.FIREWALLS_GET,
          NetworkingOperations.FIREWALLS_UPDATE);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final Validated<FirewallSpec> spec;
  private final Map<String, ResourceKey> loadBalancerPlaceholders;
  private final Map<Long, ResourceKey> dropletPlaceholders;
  private final Set<ResourceKey> dependsOn;

  private FirewallResource(Builder builder) {
    this.client = builder.client;
    this.key = ResourceKey.of(KIND, builder.name);
    this.loadBalancerPlaceholders = Map.copyOf(builder.loadBalancers);
    this.dropletPlaceholders = Map.copyOf(builder.droplets);
    FirewallSpec.Builder template = builder.spec.name(builder.name);
    builder.loadBalancerRules.forEach(template::addInboundRule);
    dropletPlaceholders.keySet().forEach(template::addDropletId);
    this.spec = Validated.of(template.validate(), FirewallSpec::warnings);
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.after);
    dependencies.addAll(builder.loadBalancers.values());
    dependencies.addAll(builder.droplets.values());
    this.dependsOn = Set.copyOf(dependencies);
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

  /** The plan-time spec (references stand in as placeholder ids), if it is valid. */
  public Optional<FirewallSpec> spec() {
    return spec.spec();
  }

  /** The droplets of the stack this firewall applies to directly (besides its tags). */
  public Set<ResourceKey> coveredDroplets() {
    return Set.copyOf(dropletPlaceholders.values());
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  /** The tags whose droplets this firewall applies to (empty if the spec is invalid). */
  @Override
  public Set<String> tags() {
    return spec.spec().map(s -> Set.copyOf(s.tags())).orElse(Set.of());
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
    return spec.spec().map(FirewallSpec::acknowledgedRisks).orElse(List.of());
  }

  /**
   * Resolves the references, then creates the firewall or updates the one with the same name, and
   * waits until it is applied ({@code status: succeeded}).
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws dev.seawall.core.SeawallException if several firewalls have the name
   */
  @Override
  public AppliedResource apply(StackContext context) {
    FirewallSpec resolved = resolve(spec.require(), context);
    FirewallService firewalls = new FirewallService(client);
    Optional<Firewall> existing = firewalls.findByName(resolved.name());
    Firewall firewall =
        existing.isEmpty()
            ? firewalls.create(resolved)
            : firewalls.update(existing.get().id(), resolved);
    return new AppliedResource(
        key,
        firewall.id(),
        firewall.status().name().toLowerCase(Locale.ROOT),
        existing.isEmpty(),
        Map.of());
  }

  @Override
  public String toString() {
    return "FirewallResource[" + key + "]";
  }

  private FirewallSpec resolve(FirewallSpec planned, StackContext context) {
    FirewallSpec.Builder builder = planned.toBuilder();
    List<InboundRule> rules = new ArrayList<>();
    for (InboundRule rule : planned.inboundRules()) {
      List<String> uids = rule.sources().loadBalancerUids();
      if (uids.stream().noneMatch(loadBalancerPlaceholders::containsKey)) {
        rules.add(rule);
        continue;
      }
      List<String> resolvedUids =
          uids.stream()
              .map(
                  uid ->
                      loadBalancerPlaceholders.containsKey(uid)
                          ? context.resolved(loadBalancerPlaceholders.get(uid)).id()
                          : uid)
              .toList();
      rules.add(
          rule.withSources(rule.sources().toBuilder().loadBalancerUids(resolvedUids).build()));
    }
    builder.inboundRules(rules);
    List<Long> dropletIds = new ArrayList<>();
    for (Long id : planned.dropletIds()) {
      ResourceKey droplet = dropletPlaceholders.get(id);
      dropletIds.add(droplet == null ? id : Long.parseLong(context.resolved(droplet).id()));
    }
    builder.dropletIds(dropletIds);
    return builder.build();
  }

  /** Builder for {@link FirewallResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final FirewallSpec.Builder spec;
    private final List<InboundRule> loadBalancerRules = new ArrayList<>();
    private final Map<String, ResourceKey> loadBalancers = new LinkedHashMap<>();
    private final Map<Long, ResourceKey> droplets = new LinkedHashMap<>();
    private final Set<ResourceKey> after = new LinkedHashSet<>();

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
     * @param loadBalancer the load balancer's key, e.g. {@code ResourceKey.of("load_balancer",
     *     "web-lb")}
     */
    public Builder allowFromLoadBalancer(int port, ResourceKey loadBalancer) {
      return allowFromLoadBalancer(PortRange.of(port), loadBalancer);
    }

    /**
     * Admits TCP traffic on {@code ports} from a load balancer of the stack; see {@link
     * #allowFromLoadBalancer(int, ResourceKey)}.
     */
    public Builder allowFromLoadBalancer(PortRange ports, ResourceKey loadBalancer) {
      Objects.requireNonNull(ports, "ports");
      Objects.requireNonNull(loadBalancer, "loadBalancer");
      String placeholder = StackSupport.placeholderUuid(loadBalancer);
      loadBalancers.put(placeholder, loadBalancer);
      loadBalancerRules.add(InboundRule.tcp(ports, Sources.ofLoadBalancerUids(placeholder)));
      return this;
    }

    /**
     * Applies the firewall to droplets of the stack directly, by key (their ids are resolved when
     * the stack is applied, so the firewall is applied after them). Prefer a tag the droplets
     * carry: then the firewall can exist before the droplets boot.
     */
    public Builder coverDroplets(ResourceKey... dropletKeys) {
      for (ResourceKey droplet : dropletKeys) {
        Objects.requireNonNull(droplet, "droplet");
        if (!droplets.containsValue(droplet)) {
          droplets.put(Long.MAX_VALUE - droplets.size(), droplet);
        }
      }
      return this;
    }

    /** Applies this firewall only after {@code others} (ordering without a reference). */
    public Builder after(ResourceKey... others) {
      for (ResourceKey other : others) {
        after.add(Objects.requireNonNull(other, "other"));
      }
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public FirewallResource build() {
      return new FirewallResource(this);
    }
  }
}
