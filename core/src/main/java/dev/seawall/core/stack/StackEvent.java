package dev.seawall.core.stack;

import dev.seawall.core.resource.Diff;
import java.time.Duration;
import java.util.Objects;

/**
 * Progress of {@link Stack#apply}, delivered to a {@link StackListener}. Events of one resource
 * come in order (started, any number of waiting, then finished or failed); events of resources
 * applied in parallel interleave. Messages never hold secrets.
 */
public sealed interface StackEvent {
  /** The resource the event is about. */
  ResourceKey key();

  /**
   * A resource's step started.
   *
   * @param key the resource
   * @param planned what the plan said the step does
   */
  record Started(ResourceKey key, Diff.Action planned) implements StackEvent {
    /** Validates the components. */
    public Started {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(planned, "planned");
    }
  }

  /**
   * A step is waiting for DigitalOcean, e.g. for a droplet to become active. Sent after every poll
   * that found the resource not ready yet, and at least every {@link
   * dev.seawall.core.Waiter#PROGRESS_INTERVAL} while a wait lasts.
   *
   * @param key the resource
   * @param awaited what is awaited, e.g. {@code droplet 4242 to become active}
   * @param elapsed how long this wait has lasted
   */
  record Waiting(ResourceKey key, String awaited, Duration elapsed) implements StackEvent {
    /** Validates the components. */
    public Waiting {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(awaited, "awaited");
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }

  /**
   * The live state changed between plan and apply: the step applied {@code applied} instead of what
   * the plan said.
   *
   * @param key the resource
   * @param planned the diff the plan showed
   * @param applied the diff the step applied
   */
  record ChangedSincePlan(ResourceKey key, Diff planned, Diff applied) implements StackEvent {
    /** Validates the components. */
    public ChangedSincePlan {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(applied, "applied");
    }
  }

  /**
   * A step completed.
   *
   * @param key the resource
   * @param result what it did
   */
  record Finished(ResourceKey key, AppliedResource result) implements StackEvent {
    /** Validates the components. */
    public Finished {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * A step failed; its dependents will be skipped.
   *
   * @param key the resource
   * @param error what it threw (Seawall messages carry no secrets)
   */
  record Failed(ResourceKey key, RuntimeException error) implements StackEvent {
    /** Validates the components. */
    public Failed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * A step was not attempted because a resource it depends on failed.
   *
   * @param key the resource
   */
  record Skipped(ResourceKey key) implements StackEvent {
    /** Validates the components. */
    public Skipped {
      Objects.requireNonNull(key, "key");
    }
  }
}
