package dev.seawall.compute.sshkey;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An SSH public key held in the account, as part of a {@link dev.seawall.core.stack.Stack}, kind
 * {@value #KIND}. Planning diffs the spec with the uploaded copy of the key (found by fingerprint,
 * under any name); applying uploads it, renames the uploaded copy in place, or sends nothing (see
 * {@link SshKeyService#apply(SshKeySpec)}). Droplets reference it with {@code
 * DropletResource.Builder.sshKey(...)}.
 *
 * <pre>{@code
 * SshKeyResource admin = SshKeyResource.builder(client, "admin",
 *     SshKeySpec.builder().publicKey(Files.readString(Path.of("id_ed25519.pub")))).build();
 * }</pre>
 *
 * <p>Outputs after apply: {@code fingerprint} (MD5, as DigitalOcean shows it). Token scopes: {@code
 * ssh_key:read}, and {@code ssh_key:create} or {@code ssh_key:update} when it changes (operations
 * {@code sshKeys_get}, {@code sshKeys_create}, {@code sshKeys_update}).
 */
public final class SshKeyResource extends SpecResource<SshKeySpec, SshKey> {
  /** The resource kind: {@value}. */
  public static final String KIND = "ssh_key";

  private final SshKeyService service;

  private SshKeyResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        Set.of());
    this.service = new SshKeyService(builder.client);
  }

  /**
   * An SSH key resource for a built spec.
   *
   * @param client the client the key is uploaded with
   * @param spec the key; its name is the resource name
   */
  public static SshKeyResource of(DigitalOcean client, SshKeySpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts an SSH key resource from a spec builder, so that an invalid spec (a malformed or weak
   * key) is reported by {@code Stack.plan()} together with every other problem of the stack instead
   * of throwing here.
   *
   * @param client the client the key is uploaded with
   * @param name the key's display name, also the resource name; set on {@code spec}
   * @param spec the key without its name; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, SshKeySpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  @Override
  protected ResourceService<SshKeySpec, SshKey> service() {
    return service;
  }

  @Override
  protected String id(SshKey key) {
    return Long.toString(key.id());
  }

  @Override
  protected String status(SshKey key) {
    return "uploaded";
  }

  @Override
  protected Map<String, String> outputs(SshKey key) {
    return Map.of("fingerprint", key.fingerprint());
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(ComputeOperations.SSH_KEYS_GET);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(ComputeOperations.SSH_KEYS_CREATE);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(ComputeOperations.SSH_KEYS_UPDATE);
  }

  /** Builder for {@link SshKeyResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final SshKeySpec.Builder spec;

    private Builder(DigitalOcean client, String name, SshKeySpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public SshKeyResource build() {
      return new SshKeyResource(this);
    }
  }
}
