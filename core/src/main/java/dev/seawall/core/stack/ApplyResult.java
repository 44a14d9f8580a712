package dev.seawall.core.stack;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Stack#apply} did: the resources applied (kept even when others failed), each with the
 * diff it made (created, updated with the fields, or unchanged), the ones that failed, the ones
 * skipped because something they depend on failed, and the ones whose live state changed between
 * plan and apply.
 *
 * @param applied resources applied, in completion order
 * @param failed resources whose apply threw
 * @param skipped resources not attempted because a dependency failed
 * @param changedSincePlan resources whose applied diff differs from the plan's (see {@link
 *     StackEvent.ChangedSincePlan})
 */
public record ApplyResult(
    List<AppliedResource> applied,
    List<Failure> failed,
    List<ResourceKey> skipped,
    List<ResourceKey> changedSincePlan) {
  /** Copies the components. */
  public ApplyResult {
    applied = List.copyOf(applied);
    failed = List.copyOf(failed);
    skipped = List.copyOf(skipped);
    changedSincePlan = List.copyOf(changedSincePlan);
  }

  /** Whether every resource was applied. */
  public boolean succeeded() {
    return failed.isEmpty() && skipped.isEmpty();
  }

  /** Whether the apply sent no write: every applied resource was unchanged. */
  public boolean changedNothing() {
    return applied.stream().noneMatch(a -> a.diff().action().writes());
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
