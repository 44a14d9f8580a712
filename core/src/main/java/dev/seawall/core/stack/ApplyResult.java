package dev.seawall.core.stack;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Stack#apply} did: the resources applied (kept even when others failed), the ones that
 * failed, and the ones skipped because something they depend on failed.
 *
 * @param applied resources applied, in completion order
 * @param failed resources whose apply threw
 * @param skipped resources not attempted because a dependency failed
 */
public record ApplyResult(
    List<AppliedResource> applied, List<Failure> failed, List<ResourceKey> skipped) {
  /** Copies the components. */
  public ApplyResult {
    applied = List.copyOf(applied);
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
  }

  /** Whether every resource was applied. */
  public boolean succeeded() {
    return failed.isEmpty() && skipped.isEmpty();
  }

  /**
   * A resource whose apply failed.
   *
   * @param key the resource
   * @param error the exception it threw (Seawall exception messages carry no secrets)
   */
  public record Failure(ResourceKey key, RuntimeException error) {
    /** Validates the components. */
    public Failure {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(error, "error");
    }
  }
}
