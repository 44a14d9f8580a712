package dev.seawall.samples;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackEvent;
import dev.seawall.core.stack.StackListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints {@code Stack.apply} progress, one line per event worth reading: a step that writes
 * starting, a step done (created, updated with its fields, unchanged), a failure, and, while a step
 * waits for DigitalOcean, what it waits for with the elapsed time. Waiting lines come at most every
 * {@value #MIN_GAP_SECONDS} seconds per resource, and at least every {@value #MAX_SILENCE_SECONDS}
 * seconds: {@link #start()} runs a ticker that repeats a wait's line when nothing was printed for
 * it that long (a poll can take longer than the waiter's own progress interval when requests queue
 * behind the rate limiter).
 */
final class ProgressPrinter implements StackListener, AutoCloseable {
  /** The least time between two waiting lines of one resource. */
  static final int MIN_GAP_SECONDS = 5;

  /** The most time a waiting resource goes without a line. */
  static final int MAX_SILENCE_SECONDS = 10;

  /** A wait in progress: what it awaits, how long it had lasted when last reported, and when. */
  private record Wait(String awaited, Duration elapsed, Instant reported, Instant printed) {}

  private final PrintStream out;
  private final Clock clock;
  private final Map<ResourceKey, Wait> waits = new ConcurrentHashMap<>();
  private ScheduledExecutorService ticker;

  ProgressPrinter(PrintStream out) {
    this(out, Clock.systemUTC());
  }

  ProgressPrinter(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Starts the ticker that keeps long waits visible; {@link #close()} stops it. */
  ProgressPrinter start() {
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "seawall-progress");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    return this;
  }

  @Override
  public void on(StackEvent event) {
    if (event instanceof StackEvent.Started started) {
      if (started.planned().writes()) {
        print(
            "  "
                + started.planned().symbol()
                + " "
                + started.key()
                + ": "
                + started.planned().label()
                + " ...");
      }
    } else if (event instanceof StackEvent.Waiting waiting) {
      waiting(waiting);
    } else if (event instanceof StackEvent.ChangedSincePlan changed) {
      print(
          "  ! "
              + changed.key()
              + " changed since the plan: applied "
              + changed.applied()
              + " instead of "
              + changed.planned().action().label());
    } else if (event instanceof StackEvent.Finished finished) {
      waits.remove(finished.key());
      print(finished(finished.result()));
    } else if (event instanceof StackEvent.Failed failed) {
      waits.remove(failed.key());
      print("  x " + failed.key() + ": failed: " + failed.error().getMessage());
    } else if (event instanceof StackEvent.Skipped skipped) {
      print("  - " + skipped.key() + ": skipped (a dependency failed)");
    }
  }

  private void waiting(StackEvent.Waiting waiting) {
    Instant now = clock.instant();
    Wait last = waits.get(waiting.key());
    boolean due =
        last == null
            || !last.awaited().equals(waiting.awaited())
            || Duration.between(last.printed(), now).compareTo(Duration.ofSeconds(MIN_GAP_SECONDS))
                >= 0;
    Instant printed = due ? now : last.printed();
    waits.put(waiting.key(), new Wait(waiting.awaited(), waiting.elapsed(), now, printed));
    if (due) {
      printWait(waiting.key(), waiting.awaited(), waiting.elapsed());
    }
  }

  /** Repeats the line of every wait that printed nothing for {@value #MAX_SILENCE_SECONDS} s. */
  void tick() {
    Instant now = clock.instant();
    waits.forEach(
        (key, wait) -> {
          if (Duration.between(wait.printed(), now).toSeconds() >= MAX_SILENCE_SECONDS - 1) {
            Duration elapsed = wait.elapsed().plus(Duration.between(wait.reported(), now));
            if (waits.replace(
                key, wait, new Wait(wait.awaited(), wait.elapsed(), wait.reported(), now))) {
              printWait(key, wait.awaited(), elapsed);
            }
          }
        });
  }

  private void printWait(ResourceKey key, String awaited, Duration elapsed) {
    print("    " + key + ": waiting for " + awaited + " (" + elapsed.toSeconds() + " s)");
  }

  private static String finished(AppliedResource result) {
    Diff diff = result.diff();
    String line = "  " + diff.action().symbol() + " " + result.key() + ": " + result.outcome();
    if (diff.action() == Diff.Action.UPDATE) {
      line +=
          " (" + String.join("; ", diff.changes().stream().map(Object::toString).toList()) + ")";
    }
    return line + " [" + result.status() + "]";
  }

  private synchronized void print(String line) {
    out.println(line);
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
