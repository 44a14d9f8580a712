package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.Waiter;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private static final ResourceKey DATABASE = ResourceKey.of("database", "orders-db");

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final MovingClock clock = new MovingClock();
  private final ProgressPrinter printer =
      new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void on_whenAWaitLastsMinutes_printsAProgressLineAtLeastEveryTenSeconds() {
    printer.on(new StackEvent.Started(DATABASE, Diff.Action.CREATE));
    // the Waiter reports at least every PROGRESS_INTERVAL, here exactly that often
    for (Duration elapsed = Duration.ZERO;
        elapsed.compareTo(Duration.ofMinutes(3)) <= 0;
        elapsed = elapsed.plus(Waiter.PROGRESS_INTERVAL)) {
      printer.on(new StackEvent.Waiting(DATABASE, "database orders-db to be online", elapsed));
      clock.advance(Waiter.PROGRESS_INTERVAL);
    }

    List<Long> printed = printedSeconds();
    assertThat(printed).first().isEqualTo(0L);
    assertThat(printed).last().isEqualTo(180L);
    for (int i = 1; i < printed.size(); i++) {
      assertThat(printed.get(i) - printed.get(i - 1)).isBetween(5L, 10L);
    }
  }

  @Test
  void tick_whenAPollTakesLongerThanTenSeconds_repeatsTheLineWithTheElapsedTime() {
    printer.on(new StackEvent.Waiting(DATABASE, "database orders-db to be online", Duration.ZERO));
    for (int second = 1; second <= 35; second++) {
      clock.advance(Duration.ofSeconds(1));
      printer.tick();
    }
    printer.on(
        new StackEvent.Finished(
            DATABASE, AppliedResource.of(DATABASE, "db-1", "online", Diff.NONE)));
    clock.advance(Duration.ofSeconds(30));
    printer.tick();

    assertThat(printedSeconds()).containsExactly(0L, 9L, 18L, 27L);
    assertThat(lines().get(lines().size() - 1)).contains("database/orders-db: unchanged");
  }

  private List<Long> printedSeconds() {
    List<Long> printed = new ArrayList<>();
    Matcher seconds = Pattern.compile("to be online \\((\\d+) s\\)").matcher("");
    for (String line : lines()) {
      if (seconds.reset(line).find()) {
        printed.add(Long.parseLong(seconds.group(1)));
      }
    }
    return printed;
  }

  @Test
  void on_whenAStepUpdatesFields_printsTheOutcomeWithTheChanges() {
    AppliedResource updated =
        AppliedResource.of(
            ResourceKey.of("volume", "pgdata"),
            "vol-1",
            "attached",
            Diff.of(List.of(FieldChange.updated("size_gigabytes", "20", "30"))));

    printer.on(new StackEvent.Finished(updated.key(), updated));

    assertThat(lines())
        .containsExactly("  ~ volume/pgdata: updated (size_gigabytes: 20 → 30) [attached]");
  }

  @Test
  void on_whenAStepChangesNothing_doesNotAnnounceItsStart() {
    printer.on(new StackEvent.Started(DATABASE, Diff.Action.NONE));

    assertThat(lines()).isEmpty();
  }
}
