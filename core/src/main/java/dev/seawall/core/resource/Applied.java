package dev.seawall.core.resource;

import java.util.Objects;

/**
 * What {@link ResourceService#apply} did: the resource as it is afterwards and the diff it applied
 * ({@link Diff.Action#CREATE}, {@link Diff.Action#UPDATE} with the changed fields, or {@link
 * Diff.Action#NONE} when nothing was sent).
 *
 * @param resource the resource after the apply
 * @param diff the changes made
 * @param <M> the read model type
 */
public record Applied<M>(M resource, Diff diff) {
  /** Validates the components. */
  public Applied {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(diff, "diff");
    if (diff.action() == Diff.Action.REFUSED) {
      throw new IllegalArgumentException("a refused diff is never applied");
    }
  }

  /** Whether the apply created the resource. */
  public boolean created() {
    return diff.action() == Diff.Action.CREATE;
  }

  /** Whether the apply changed an existing resource. */
  public boolean updated() {
    return diff.action() == Diff.Action.UPDATE;
  }
}
