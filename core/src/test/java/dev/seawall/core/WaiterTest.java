package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.FakeTime;
import dev.seawall.core.support.Interruption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiterTest {
  private final FakeTime time = new FakeTime();
  private final Waiter waiter = Waiter.create(time, time);

  private enum Status {
    NEW,
    ACTIVE,
    BROKEN
  }

  private static WaitState state(Status status) {
    return switch (status) {
      case NEW -> WaitState.PENDING;
      case ACTIVE -> WaitState.DONE;
      case BROKEN -> WaitState.FAILED;
    };
  }

  @Test
  void until_whenDoneAfterSomePolls_returnsValueAndBacksOff() {
    Deque<Status> answers =
        new ArrayDeque<>(List.of(Status.NEW, Status.NEW, Status.NEW, Status.ACTIVE));

    Status result =
        waiter.until(
            "droplet 1 to become active", answers::pop, WaiterTest::state, Duration.ofMinutes(5));

    assertThat(result).isEqualTo(Status.ACTIVE);
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofMillis(2250));
  }

  @Test
  void until_backoffIsCappedAtMaxDelay() {
    waiter.until(
        "never",
        () -> Status.NEW,
        s -> time.sleeps().size() >= 12 ? WaitState.DONE : WaitState.PENDING,
        Duration.ofHours(1));

    assertThat(time.sleeps())
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(10)));
    assertThat(time.sleeps().get(11)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void until_whenDeadlinePasses_throwsTimeoutNamingWhatAndLastStateWithoutSleepingPastDeadline() {
    Instant start = time.instant();
    Duration timeout = Duration.ofSeconds(12);

    assertThatThrownBy(
            () -> waiter.until("volume 9 to attach", () -> Status.NEW, WaiterTest::state, timeout))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("volume 9 to attach")
        .hasMessageContaining("last observed: NEW")
        .hasMessageContaining("timeout PT12S");

    assertThat(time.instant()).isEqualTo(start.plus(timeout));
    Duration slept = time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(slept).isEqualTo(timeout);
  }

  @Test
  void until_whenFailedStateObserved_throwsWaitFailedImmediately() {
    assertThatThrownBy(
            () ->
                waiter.until(
                    "database to come online",
                    () -> Status.BROKEN,
                    WaiterTest::state,
                    Duration.ofMinutes(1)))
        .isInstanceOf(WaitFailedException.class)
        .hasMessageContaining("database to come online")
        .hasMessageContaining("BROKEN");
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void until_withDescriber_usesItForTheLastState() {
    assertThatThrownBy(
            () ->
                waiter.until(
                    "x",
                    () -> "secret-ish",
                    s -> WaitState.PENDING,
                    s -> "status new",
                    Duration.ofSeconds(1)))
        .hasMessageContaining("last observed: status new")
        .hasMessageNotContaining("secret-ish");
  }

  @Test
  void until_withoutDescriber_doesNotPrintArbitraryValues() {
    assertThatThrownBy(
            () ->
                waiter.until("x", () -> "password=hunter2", s -> WaitState.PENDING, Duration.ZERO))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("a String")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void withPacing_changesTheDelays() {
    Deque<Status> answers = new ArrayDeque<>(List.of(Status.NEW, Status.NEW, Status.ACTIVE));

    waiter
        .withPacing(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(3))
        .until("x", answers::pop, WaiterTest::state, Duration.ofMinutes(1));

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void until_whenTheClockNeverMoves_stillTimesOutOnceThePausesAddUpToTheTimeout() {
    java.util.List<Duration> pauses = new java.util.ArrayList<>();
    java.time.Clock frozen = java.time.Clock.fixed(time.instant(), java.time.ZoneOffset.UTC);
    Waiter stuck = Waiter.create(frozen, pauses::add);

    assertThatThrownBy(
            () -> stuck.until("x", () -> Status.NEW, WaiterTest::state, Duration.ofSeconds(30)))
        .isInstanceOf(WaitTimeoutException.class);
    assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void until_whenInterruptedWhilePausing_throwsSeawallExceptionAndKeepsTheInterruptFlag() {
    Waiter real = Waiter.create(time, Sleeper.SYSTEM);

    // With the flag set, Sleeper.SYSTEM throws at once, without sleeping.
    Interruption result =
        Interruption.whileInterrupted(
            () ->
                real.until(
                    "volume 9 to attach",
                    () -> Status.NEW,
                    WaiterTest::state,
                    Duration.ofHours(1)));

    assertThat(result.flagStillSet()).isTrue();
    assertThat(result.failure())
        .isExactlyInstanceOf(SeawallException.class)
        .hasMessageContaining("Interrupted while waiting for volume 9 to attach")
        .hasCauseInstanceOf(InterruptedException.class);
  }

  @Test
  void until_withNotFoundGrace_waitsOutA404RightAfterAWrite() {
    java.util.concurrent.atomic.AtomicInteger polls =
        new java.util.concurrent.atomic.AtomicInteger();

    Status status =
        waiter
            .withNotFoundGrace(Duration.ofSeconds(30))
            .until(
                "droplet 42 to be active",
                () -> {
                  if (polls.incrementAndGet() <= 2) {
                    throw notFound("/v2/droplets/42");
                  }
                  return Status.ACTIVE;
                },
                WaiterTest::state,
                Duration.ofMinutes(5));

    assertThat(status).isEqualTo(Status.ACTIVE);
    assertThat(polls).hasValue(3);
  }

  @Test
  void until_withNotFoundGrace_whenStillMissingAfterIt_throwsTheNotFoundNamingTheId() {
    assertThatThrownBy(
            () ->
                waiter
                    .withNotFoundGrace(Duration.ofSeconds(10))
                    .until(
                        "droplet 42 to be active",
                        () -> {
                          throw notFound("/v2/droplets/42");
                        },
                        WaiterTest::state,
                        Duration.ofMinutes(5)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("/v2/droplets/42");
    assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(10))
        .isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void until_withoutGrace_a404EndsTheWaitAtOnce() {
    assertThatThrownBy(
            () ->
                waiter.until(
                    "droplet 42 to be active",
                    () -> {
                      throw notFound("/v2/droplets/42");
                    },
                    WaiterTest::state,
                    Duration.ofMinutes(5)))
        .isInstanceOf(NotFoundException.class);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void pause_withAListener_reportsAtLeastEveryProgressInterval() throws InterruptedException {
    java.util.List<Duration> reported = new java.util.ArrayList<>();

    Waiter.reportingTo(
        (awaited, elapsed) -> reported.add(elapsed),
        () -> {
          try {
            Waiter.pause(time, "the hourly quota", Duration.ofSeconds(12));
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          return null;
        });

    assertThat(reported)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
  }

  private static NotFoundException notFound(String path) {
    return new NotFoundException(
        new ApiException.Details(
            "droplets_get GET " + path + " failed: 404 not_found",
            404,
            "not_found",
            "rq-1",
            CoreOperations.ACTIONS_GET,
            1,
            RateLimit.UNKNOWN));
  }
}
