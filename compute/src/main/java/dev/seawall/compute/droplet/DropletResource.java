package dev.seawall.compute.droplet;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.sshkey.SshKeyResource;
import dev.seawall.compute.sshkey.SshKeySpec;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import java.util.ArrayList;
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
 * A droplet as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Its VPC may be
 * a VPC resource of the stack ({@link Builder#vpc(StackResource)}) and its SSH keys {@link
 * SshKeyResource}s ({@link Builder#sshKey(SshKeyResource)}). At plan time a VPC reference stands in
 * as a placeholder id and satisfies SW-DR-002, a key reference adds the key's fingerprint and
 * satisfies SW-DR-001, so the spec is checked completely without calling the API; the VPC's id is
 * set when the stack is applied (in a live plan, {@code (known after apply)} while the VPC does not
 * exist yet).
 *
 * <pre>{@code
 * DropletResource web1 = DropletResource.builder(client, "web-1",
 *         DropletSpec.builder().region("fra1").size("s-1vcpu-1gb").image("ubuntu-24-04-x64")
 *             .tags("web"))
 *     .vpc(vpc)
 *     .sshKey(deployKey)
 *     .after(firewall.key())      // boot only once the firewall covering tag "web" exists
 *     .build();
 * }</pre>
 *
 * <p>Planning diffs the spec with the droplet of the same name in the spec's region; applying
 * creates it and waits until it is {@code active}, changes its tags in place, or sends nothing (see
 * {@link DropletService#apply(DropletSpec)}); a change of region, image, VPC, size or backups is
 * refused. Its {@link #tags()} are the spec's tags (firewall coverage, SW-DR-003). Outputs: {@code
 * region}, {@code urn} ({@code do:droplet:<id>}, for projects), {@code private_ipv4} and {@code
 * public_ipv4} when it has them. Token scopes: {@code droplet:read}; {@code droplet:create} and
 * {@code actions:read} to create it; {@code tag:create} and {@code tag:delete} to retag it. The API
 * also wants {@code vpc:read}, {@code ssh_key:read} and {@code tag:create} for a droplet created
 * with a VPC, keys and tags, which the VPC, SSH key and tag resources of the same stack need
 * anyway.
 *
 * <p>Order a droplet after the firewall that covers its tag ({@code .after(firewall.key())}) so it
 * never runs unprotected.
 */
public final class DropletResource extends SpecResource<DropletSpec, Droplet> {
  /** The resource kind: {@value}. */
  public static final String KIND = "droplet";

  private final DropletService service;
  private final @Nullable ResourceKey vpc;

  private DropletResource(Builder builder, Set<ResourceKey> dependsOn) {
    super(ResourceKey.of(KIND, builder.name), Validated.of(builder.spec.validate()), dependsOn);
    this.service = new DropletService(builder.client);
    this.vpc = builder.vpc;
  }

  /**
   * A droplet resource for a built spec without references.
   *
   * @param client the client the droplet is created with
   * @param spec the droplet; its name is the resource name
   */
  public static DropletResource of(DigitalOcean client, DropletSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a droplet resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the droplet is created with
   * @param name the droplet name (its hostname), also the resource name; set on {@code spec}
   * @param spec the droplet without its name and references; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, DropletSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The spec's tags (empty if the spec is invalid). */
  @Override
  public Set<String> tags() {
    return spec().map(s -> Set.copyOf(s.tags())).orElse(Set.of());
  }

  /** A droplet must be covered by a Cloud Firewall (SW-DR-003): {@code this droplet}. */
  @Override
  public Optional<String> dropletsToCover() {
    return Optional.of("this droplet");
  }

  @Override
  protected ResourceService<DropletSpec, Droplet> service() {
    return service;
  }

  /** Replaces the VPC placeholder with the VPC's id. */
  @Override
  protected DropletSpec resolve(DropletSpec planned, StackContext context) {
    return vpc == null ? planned : planned.toBuilder().vpcUuid(context.id(vpc)).build();
  }

  @Override
  protected String id(Droplet droplet) {
    return Long.toString(droplet.id());
  }

  @Override
  protected String status(Droplet droplet) {
    return droplet.status().name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected Map<String, String> outputs(Droplet droplet) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("region", droplet.region().slug());
    outputs.put("urn", "do:droplet:" + droplet.id());
    droplet.privateIpv4().ifPresent(ip -> outputs.put("private_ipv4", ip));
    droplet.publicIpv4().ifPresent(ip -> outputs.put("public_ipv4", ip));
    return outputs;
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(DropletSpec spec) {
    return spec.acknowledgedRisks();
  }

  /** The look-up by name, and the reads of waiting for a droplet found still {@code new}. */
  @Override
  protected List<Operation> readOperations() {
    return List.of(ComputeOperations.DROPLETS_LIST, ComputeOperations.DROPLETS_GET);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(
        ComputeOperations.DROPLETS_CREATE,
        CoreOperations.ACTIONS_GET,
        ComputeOperations.TAGS_CREATE,
        ComputeOperations.TAGS_DELETE);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(
        ComputeOperations.TAGS_CREATE,
        ComputeOperations.TAGS_ASSIGN_RESOURCES,
        ComputeOperations.TAGS_UNASSIGN_RESOURCES);
  }

  /** Builder for {@link DropletResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final DropletSpec.Builder spec;
    private @Nullable ResourceKey vpc;
    private final List<SshKeyResource> sshKeys = new ArrayList<>();

    private Builder(DigitalOcean client, String name, DropletSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Places the droplet in a VPC resource of the stack (its id is set at apply time; the VPC must
     * be in the droplet's region) and applies the droplet after it.
     *
     * @param vpc a stack resource of kind {@code vpc}, e.g. a {@code VpcResource}
     * @throws IllegalArgumentException if {@code vpc} is of another kind
     */
    public Builder vpc(StackResource vpc) {
      this.vpc =
          referenceTo(
              vpc, "vpc", key -> "a droplet's VPC must be a resource of kind vpc, not " + key);
      return this;
    }

    /**
     * Embeds an SSH key resource of the stack in root's {@code authorized_keys} (by fingerprint);
     * the droplet is created after the key is uploaded.
     */
    public Builder sshKey(SshKeyResource key) {
      sshKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public DropletResource build() {
      Set<ResourceKey> dependsOn = new LinkedHashSet<>(dependencies());
      spec.name(name);
      if (vpc != null) {
        spec.vpcUuid(vpc.placeholderUuid());
        dependsOn.add(vpc);
      }
      for (SshKeyResource key : sshKeys) {
        // An invalid key reports its own violations; its placeholder id keeps SW-DR-001 quiet.
        spec.addSshKey(
            key.spec()
                .map(SshKeySpec::fingerprint)
                .orElse(Long.toString(key.key().placeholderNumber())));
        dependsOn.add(key.key());
      }
      return new DropletResource(this, dependsOn);
    }
  }
}
