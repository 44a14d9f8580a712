package dev.seawall.core.stack;

import dev.seawall.core.resource.Diff;
import java.time.Duration;
import java.util.Objects;

/**
 * What a live plan read of one resource, kept in its {@link ResourcePlan} so that applying the plan
 * moments later need not read the same state again. {@link Stack} hands it to the step (through
 * {@link StackContext#observation()}) only while it is trustworthy: read at most {@link #MAX_AGE}
 * ago, and either the resource is to be created (what is absent stays absent for a create; the
 * create itself still finds a resource whose answer was lost), or nothing changes and every
 * dependency was applied with the id and outputs the plan saw. A resource to be changed in place is
 * always read again, because its change may merge with the state it finds.
 *
 * <p>The state is the kind's own: a {@link SpecResource} keeps its {@code Optional<M>} read model;
 * a resource with parts (a database cluster and its users) keeps whatever it read. {@link
 * #toString()} shows the action and the age only, never the state.
 */
public final class Observation {
  /** How long a plan's reads stand in for a step's: 60 seconds. */
  public static final Duration MAX_AGE = Duration.ofSeconds(60);

  private final Object state;
  private final Diff.Action action;
  private final long readAtNanos;

  private Observation(Object state, Diff.Action action, long readAtNanos) {
    this.state = Objects.requireNonNull(state, "state");
    this.action = Objects.requireNonNull(action, "action");
    this.readAtNanos = readAtNanos;
  }

  /**
   * What a plan read just now.
   *
   * @param state the state read, e.g. the {@code Optional} read model
   * @param action what applying that state would do: {@link Diff.Action#CREATE} when the resource
   *     is absent, {@link Diff.Action#NONE} when nothing changes
   */
  public static Observation of(Object state, Diff.Action action) {
    return new Observation(state, action, System.nanoTime());
  }

  /**
   * An observation read at {@code readAtNanos} on {@link System#nanoTime()}'s scale (for tests).
   */
  static Observation readAt(Object state, Diff.Action action, long readAtNanos) {
    return new Observation(state, action, readAtNanos);
  }

  /**
   * The state read, as the resource that read it typed it.
   *
   * @param <T> the state's type
   */
  @SuppressWarnings("unchecked")
  public <T> T state() {
    return (T) state;
  }

  /** What applying the state read would do. */
  public Diff.Action action() {
    return action;
  }

  /** How long ago it was read. */
  public Duration age() {
    return Duration.ofNanos(System.nanoTime() - readAtNanos);
  }

  /**
   * Whether a step may use it instead of reading again.
   *
   * @param dependenciesAsPlanned whether every dependency was applied with the id and outputs the
   *     plan saw
   */
  boolean reusable(boolean dependenciesAsPlanned) {
    if (age().compareTo(MAX_AGE) > 0) {
      return false;
    }
    return action == Diff.Action.CREATE || (action == Diff.Action.NONE && dependenciesAsPlanned);
  }

  @Override
  public String toString() {
    return "Observation[" + action + ", read " + age().toMillis() + " ms ago]";
  }
}
