package dev.seawall.compute.sshkey;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An SSH public key uploaded to the account, as part of a {@link dev.seawall.core.stack.Stack},
 * kind {@value #KIND}. Applying it reuses the uploaded copy of the key (found by fingerprint, under
 * any name) or uploads it ({@link SshKeyService#ensure(String, SshPublicKey)}), so applying twice
 * uploads nothing new. Droplets reference it with {@code DropletResource.Builder.sshKey(...)}.
 *
 * <p>Outputs: {@code fingerprint} (MD5, as DigitalOcean shows it). Token scopes: {@code
 * ssh_key:read}, {@code ssh_key:create} (operations {@code sshKeys_get}, {@code sshKeys_create}).
 */
public final class SshKeyResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "ssh_key";

  private final DigitalOcean client;
  private final ResourceKey key;
  private final SshPublicKey publicKey;

  private SshKeyResource(DigitalOcean client, String name, SshPublicKey publicKey) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = ResourceKey.of(KIND, Objects.requireNonNull(name, "name"));
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
  }

  /**
   * An SSH key resource.
   *
   * @param client the client the key is uploaded with
   * @param name the display name used if the key is uploaded, also the resource name
   * @param publicKey the public key (parsing already refused weak and malformed keys)
   */
  public static SshKeyResource of(DigitalOcean client, String name, SshPublicKey publicKey) {
    return new SshKeyResource(client, name, publicKey);
  }

  /** The public key. */
  public SshPublicKey publicKey() {
    return publicKey;
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return Set.of();
  }

  @Override
  public List<Operation> operations() {
    return SshKeyService.ENSURE_OPERATIONS;
  }

  @Override
  public List<Violation> validate() {
    return List.of();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return List.of();
  }

  /** Reuses the uploaded copy of the key or uploads it. */
  @Override
  public AppliedResource apply(StackContext context) {
    SshKeyService keys = new SshKeyService(client);
    boolean existed = keys.find(publicKey).isPresent();
    SshKey uploaded = keys.ensure(key.name(), publicKey);
    return new AppliedResource(
        key,
        Long.toString(uploaded.id()),
        "uploaded",
        !existed,
        Map.of("fingerprint", publicKey.md5Fingerprint()));
  }

  @Override
  public String toString() {
    return "SshKeyResource[" + key + ", " + publicKey + "]";
  }
}
