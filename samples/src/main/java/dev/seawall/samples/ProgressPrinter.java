package dev.seawall.samples;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackEvent;
import dev.seawall.core.stack.StackListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints {@code Stack.apply} progress, one line per event worth reading: a step that writes
 * starting, a step done (created, updated with its fields, unchanged), a failure, and, while a step
 * waits for DigitalOcean, what it waits for with the elapsed time, at least every 10 seconds
 * (events arrive at least every {@link dev.seawall.core.Waiter#PROGRESS_INTERVAL}; lines are
 * thinned to one per {@value #MIN_GAP_SECONDS} seconds of waiting per resource).
 */
final class ProgressPrinter implements StackListener {
  /** The least waiting time between two printed lines of one resource. */
  static final int MIN_GAP_SECONDS = 5;

  private final PrintStream out;
  private final Map<ResourceKey, Duration> lastPrinted = new ConcurrentHashMap<>();

  ProgressPrinter(PrintStream out) {
    this.out = out;
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
      Duration last = lastPrinted.get(waiting.key());
      if (last == null
          || waiting.elapsed().minus(last).compareTo(Duration.ofSeconds(MIN_GAP_SECONDS)) >= 0) {
        lastPrinted.put(waiting.key(), waiting.elapsed());
        print(
            "    "
                + waiting.key()
                + ": waiting for "
                + waiting.awaited()
                + " ("
                + waiting.elapsed().toSeconds()
                + " s)");
      }
    } else if (event instanceof StackEvent.ChangedSincePlan changed) {
      print(
          "  ! "
              + changed.key()
              + " changed since the plan: applied "
              + changed.applied()
              + " instead of "
              + changed.planned().action().label());
    } else if (event instanceof StackEvent.Finished finished) {
      print(finished(finished.result()));
    } else if (event instanceof StackEvent.Failed failed) {
      print("  x " + failed.key() + ": failed: " + failed.error().getMessage());
    } else if (event instanceof StackEvent.Skipped skipped) {
      print("  - " + skipped.key() + ": skipped (a dependency failed)");
    }
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
}
