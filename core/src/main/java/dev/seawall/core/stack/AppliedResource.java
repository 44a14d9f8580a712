package dev.seawall.core.stack;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one stack resource produced.
 *
 * @param key the resource
 * @param id the DigitalOcean id (or bucket name, access key id, ...)
 * @param status the resource status after apply, e.g. {@code active}, {@code online}
 * @param created whether this apply created it ({@code false} when an existing resource was adopted
 *     or updated)
 * @param outputs non-secret values dependents may use (e.g. {@code ip_range}, {@code host}); never
 *     secrets
 */
public record AppliedResource(
    ResourceKey key, String id, String status, boolean created, Map<String, String> outputs) {
  /** Validates and copies the components. */
  public AppliedResource {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    outputs = Map.copyOf(outputs);
  }

  /** Creates a result without outputs. */
  public static AppliedResource of(ResourceKey key, String id, String status, boolean created) {
    return new AppliedResource(key, id, status, created, Map.of());
  }

  /** A named output, if present. */
  public Optional<String> output(String name) {
    return Optional.ofNullable(outputs.get(name));
  }
}
