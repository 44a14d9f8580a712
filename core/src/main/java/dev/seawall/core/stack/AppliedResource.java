package dev.seawall.core.stack;

import dev.seawall.core.resource.Diff;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one stack resource did.
 *
 * @param key the resource
 * @param id the DigitalOcean id (or bucket name, access key id, ...)
 * @param status the resource status after apply, e.g. {@code active}, {@code online}
 * @param diff what the apply changed: {@link Diff.Action#CREATE}, {@link Diff.Action#UPDATE} with
 *     the changed fields, or {@link Diff.Action#NONE} when nothing was sent
 * @param outputs non-secret values dependents may use (e.g. {@code ip_range}, {@code host}); never
 *     secrets
 */
public record AppliedResource(
    ResourceKey key, String id, String status, Diff diff, Map<String, String> outputs) {
  /** Validates and copies the components. */
  public AppliedResource {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(diff, "diff");
    if (diff.action() == Diff.Action.REFUSED) {
      throw new IllegalArgumentException("a refused diff is never applied: " + key);
    }
    outputs = Map.copyOf(outputs);
  }

  /** Creates a result without outputs. */
  public static AppliedResource of(ResourceKey key, String id, String status, Diff diff) {
    return new AppliedResource(key, id, status, diff, Map.of());
  }

  /** Whether this apply created the resource. */
  public boolean created() {
    return diff.action() == Diff.Action.CREATE;
  }

  /** Whether this apply changed an existing resource in place. */
  public boolean updated() {
    return diff.action() == Diff.Action.UPDATE;
  }

  /** {@code created}, {@code updated} or {@code unchanged}. */
  public String outcome() {
    return switch (diff.action()) {
      case CREATE -> "created";
      case UPDATE -> "updated";
      case NONE, REFUSED -> "unchanged";
    };
  }

  /** A named output, if present. */
  public Optional<String> output(String name) {
    return Optional.ofNullable(outputs.get(name));
  }
}
