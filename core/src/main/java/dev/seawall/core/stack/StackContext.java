package dev.seawall.core.stack;

/**
 * What a resource sees while it is planned or applied: the results of the resources it depends on.
 */
@FunctionalInterface
public interface StackContext {
  /**
   * The applied result of a dependency. While {@linkplain #planning() planning}, a dependency that
   * does not exist yet stands in with its {@link ResourceKey#placeholderUuid()} as id (use {@link
   * ResourceKey#placeholderNumber()} where ids are numbers), and the plan shows the value as known
   * after apply.
   *
   * @throws IllegalStateException if {@code key} is not a declared, applied (or planned) dependency
   */
  AppliedResource resolved(ResourceKey key);

  /**
   * The resources this one may {@linkplain #resolved(ResourceKey) resolve}: its dependencies; for
   * the stack's {@linkplain Stack.Builder#project(StackResource) project}, every other resource of
   * the stack. Empty for a context that does not say.
   */
  default java.util.Set<ResourceKey> dependencies() {
    return java.util.Set.of();
  }

  /** The id of a dependency: {@code resolved(key).id()}. */
  default String id(ResourceKey key) {
    return resolved(key).id();
  }

  /**
   * The numeric id of a dependency whose kind uses numbers (droplets, SSH keys); while planning, a
   * dependency that does not exist yet gives its {@link ResourceKey#placeholderNumber()}.
   *
   * @throws IllegalStateException if the dependency's id is not a number
   */
  default long numericId(ResourceKey key) {
    String id = id(key);
    if (id.equals(key.placeholderUuid())) {
      return key.placeholderNumber();
    }
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(key + " has id '" + id + "', which is not a number", e);
    }
  }

  /**
   * While applying a plan: what the plan read of this resource, when the step may use it instead of
   * reading again (see {@link Observation}); empty while planning, when the plan is too old, or
   * when the resource must be read again.
   */
  default java.util.Optional<Observation> observation() {
    return java.util.Optional.empty();
  }

  /** Whether this is a live plan (read-only) rather than an apply. */
  default boolean planning() {
    return false;
  }
}
