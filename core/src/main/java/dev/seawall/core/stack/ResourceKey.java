package dev.seawall.core.stack;

import java.util.Objects;

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
