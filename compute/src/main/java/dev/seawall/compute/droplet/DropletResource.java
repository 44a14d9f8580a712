package dev.seawall.compute.droplet;

import dev.seawall.compute.sshkey.SshKeyResource;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A droplet as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Its VPC may be
 * a VPC resource of the stack ({@link Builder#vpc(ResourceKey)}) and its SSH keys {@link
 * SshKeyResource}s ({@link Builder#sshKey(SshKeyResource)}); references are resolved when the stack
 * is applied. At plan time a VPC reference satisfies SW-DR-002 and a key reference SW-DR-001, so
 * the spec is checked completely without calling the API.
 *
 * <pre>{@code
 * DropletResource web1 = DropletResource.builder(client, "web-1",
 *         DropletSpec.builder().region("fra1").size("s-1vcpu-1gb").image("ubuntu-24-04-x64")
 *             .tags("web"))
 *     .vpc(vpc.key())
 *     .sshKey(deployKey)
 *     .after(firewall.key())      // boot only once the firewall covering tag "web" exists
 *     .build();
 * }</pre>
 *
 * <p>Applying creates the droplet, or adopts the one with the same name in the region (see {@link
 * DropletService#create(DropletSpec)}), and waits until it is {@code active}; applying twice
 * creates nothing new. Its {@link #tags()} are the spec's tags (firewall coverage, SW-DR-003).
 * Outputs: {@code region}, {@code private_ipv4} and {@code public_ipv4} when it has them. Token
 * scopes: those of {@link DropletService#CREATE_OPERATIONS} ({@code droplet:create}, {@code
 * droplet:read}, {@code actions:read}); the API also wants {@code vpc:read}, {@code ssh_key:read}
 * and {@code tag:create} for a droplet with a VPC, keys and tags, which the VPC, SSH key and tag
 * resources of the same stack need anyway.
 */
public final class DropletResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "droplet";

  private final DigitalOcean client;
  private final ResourceKey key;
  private final @Nullable ResourceKey vpc;
  private final @Nullable DropletSpec spec;
  private final List<Violation> violations;
  private final Set<ResourceKey> dependsOn;

  private DropletResource(Builder builder) {
    this.client = builder.client;
    this.key = ResourceKey.of(KIND, builder.name);
    this.vpc = builder.vpc;
    DropletSpec.Builder template = builder.spec.name(builder.name);
    if (vpc != null) {
      template.vpcUuid(placeholderUuid(vpc));
    }
    builder.sshKeys.forEach(k -> template.addSshKey(k.publicKey()));
    Validation<Seq<Violation>, DropletSpec> result = template.validate();
    this.spec = result.isValid() ? result.get() : null;
    this.violations = result.isValid() ? List.of() : result.getError().asJava();
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.after);
    if (vpc != null) {
      dependencies.add(vpc);
    }
    builder.sshKeys.forEach(k -> dependencies.add(k.key()));
    this.dependsOn = Set.copyOf(dependencies);
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

  /** The plan-time spec (a VPC reference stands in as a placeholder id), if it is valid. */
  public Optional<DropletSpec> spec() {
    return Optional.ofNullable(spec);
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  /** The spec's tags (empty if the spec is invalid). */
  @Override
  public Set<String> tags() {
    return spec == null ? Set.of() : Set.copyOf(spec.tags());
  }

  @Override
  public List<Operation> operations() {
    return DropletService.CREATE_OPERATIONS;
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
   * Resolves the VPC reference, then creates the droplet (or adopts the existing one) and waits
   * until it is active.
   *
   * @throws InvalidSpecException if the spec is invalid (a valid plan never is)
   * @throws DropletCreationException if the droplet was accepted but did not become usable
   * @throws dev.seawall.core.SeawallException if a droplet of that name exists in another VPC or
   *     without the spec's tags
   */
  @Override
  public AppliedResource apply(StackContext context) {
    if (spec == null) {
      throw new InvalidSpecException(violations);
    }
    DropletSpec resolved =
        vpc == null ? spec : spec.toBuilder().vpcUuid(context.resolved(vpc).id()).build();
    DropletService droplets = new DropletService(client);
    boolean existed =
        droplets.findByName(resolved.name()).stream()
            .anyMatch(d -> d.region().slug().startsWith(resolved.region()));
    Droplet droplet = droplets.create(resolved);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("region", droplet.region().slug());
    droplet.privateIpv4().ifPresent(ip -> outputs.put("private_ipv4", ip));
    droplet.publicIpv4().ifPresent(ip -> outputs.put("public_ipv4", ip));
    return new AppliedResource(
        key,
        Long.toString(droplet.id()),
        droplet.status().name().toLowerCase(Locale.ROOT),
        !existed,
        outputs);
  }

  @Override
  public String toString() {
    return "DropletResource[" + key + "]";
  }

  private static String placeholderUuid(ResourceKey reference) {
    return UUID.nameUUIDFromBytes(
            ("seawall-stack-reference:" + reference).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Builder for {@link DropletResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final DropletSpec.Builder spec;
    private @Nullable ResourceKey vpc;
    private final List<SshKeyResource> sshKeys = new ArrayList<>();
    private final Set<ResourceKey> after = new LinkedHashSet<>();

    private Builder(DigitalOcean client, String name, DropletSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Places the droplet in a VPC resource of the stack (its id is set at apply time; the VPC must
     * be in the droplet's region).
     */
    public Builder vpc(ResourceKey vpc) {
      this.vpc = Objects.requireNonNull(vpc, "vpc");
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

    /**
     * Creates this droplet only after {@code others}, e.g. the firewall that covers its tag, so it
     * never runs unprotected.
     */
    public Builder after(ResourceKey... others) {
      for (ResourceKey other : others) {
        after.add(Objects.requireNonNull(other, "other"));
      }
      return this;
    }

    /** Validates the spec with its references (without throwing) and builds the resource. */
    public DropletResource build() {
      return new DropletResource(this);
    }
  }
}
