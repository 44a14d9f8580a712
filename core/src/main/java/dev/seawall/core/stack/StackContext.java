package dev.seawall.core.stack;

/** What a resource sees while it is applied: the results of the resources it depends on. */
public interface StackContext {
  /**
   * The applied result of a dependency.
   *
   * @throws IllegalStateException if {@code key} is not a declared, applied dependency
   */
  AppliedResource resolved(ResourceKey key);
}
