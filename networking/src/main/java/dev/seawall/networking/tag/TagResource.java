package dev.seawall.networking.tag;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.value.TagName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tag as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Cloud Firewalls may
 * only name tags that exist; applying the tag first lets the firewall exist before the droplets it
 * protects boot. Applying creates the tag or finds the existing one ({@link TagService#ensure}).
 *
 * <p>Token scopes: {@code tag:read}, {@code tag:create} (operations {@code tags_get}, {@code
 * tags_create}).
 */
public final class TagResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "tag";

  private final DigitalOcean client;
  private final ResourceKey key;

  private TagResource(DigitalOcean client, String name) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = ResourceKey.of(KIND, Objects.requireNonNull(name, "name"));
  }

  /**
   * A tag resource.
   *
   * @param client the client the tag is created with
   * @param name the tag name, also the resource name; an invalid name is reported by {@code
   *     Stack.plan()}
   */
  public static TagResource of(DigitalOcean client, String name) {
    return new TagResource(client, name);
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
    return TagService.operations();
  }

  @Override
  public List<Violation> validate() {
    Checks checks = Checks.on(key.toString());
    TagName.check(checks, "name", key.name());
    return checks.violations();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return List.of();
  }

  /** Creates the tag unless it exists. */
  @Override
  public AppliedResource apply(StackContext context) {
    TagService tags = new TagService(client);
    Optional<Tag> existing = tags.find(key.name());
    Tag tag = existing.orElseGet(() -> tags.ensure(key.name()));
    return new AppliedResource(key, tag.name(), "ready", existing.isEmpty(), Map.of());
  }

  @Override
  public String toString() {
    return "TagResource[" + key + "]";
  }
}
