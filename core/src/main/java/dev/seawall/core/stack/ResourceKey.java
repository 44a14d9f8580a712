package dev.seawall.core.stack;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a resource within a stack: its kind ({@code vpc}, {@code firewall}, {@code droplet},
 * ...) and its name.
 *
 * @param kind the resource kind, lower snake case, e.g. {@code load_balancer}
 * @param name the resource name, unique within its kind in the stack
 */
public record ResourceKey(String kind, String name) implements Comparable<ResourceKey> {
  /** Validates the components. */
  public ResourceKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (kind.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("a resource key needs a kind and a name");
    }
  }

  /** Creates a key. */
  public static ResourceKey of(String kind, String name) {
    return new ResourceKey(kind, name);
  }

  /**
   * A stand-in UUID for the id of this resource, used while its real id is not known yet: to
   * validate a spec that references it at plan time (a reference satisfies rules such as "inside an
   * explicit VPC") and, in a live plan, for a dependency that does not exist yet (shown as {@value
   * dev.seawall.core.resource.FieldChange#KNOWN_AFTER_APPLY}). Deterministic per key; never sent.
   */
  public String placeholderUuid() {
    return UUID.nameUUIDFromBytes(
            ("seawall-stack-reference:" + this).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * A stand-in numeric id (droplets, SSH keys), like {@link #placeholderUuid()}: positive,
   * deterministic per key, far above the ids DigitalOcean hands out, never sent.
   */
  public long placeholderNumber() {
    UUID uuid = UUID.fromString(placeholderUuid());
    return 9_000_000_000_000_000_000L + Math.floorMod(uuid.getMostSignificantBits(), 1L << 48);
  }

  @Override
  public int compareTo(ResourceKey other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return kind + "/" + name;
  }
}
