package dev.seawall.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
  private final FakeTime time = new FakeTime();
  private final SlidingWindowLimiter limiter =
      new SlidingWindowLimiter(3, Duration.ofMinutes(1), time);

  private void acquire() {
    limiter.acquire(time, "GET /v2/x", Duration.ofHours(2)).done();
  }

  @Test
  void acquire_underTheLimit_neverSleeps() {
    for (int i = 0; i < 3; i++) {
      acquire();
      time.advance(Duration.ofSeconds(5));
    }

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void acquire_whenWindowIsFull_sleepsUntilTheOldestRequestLeavesIt() {
    acquire();
    time.advance(Duration.ofSeconds(10));
    acquire();
    acquire();
    time.advance(Duration.ofSeconds(5));

    acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(45));
  }

  @Test
  void acquire_afterTheWindowPassed_doesNotSleep() {
    for (int i = 0; i < 3; i++) {
      acquire();
    }
    time.advance(Duration.ofMinutes(1));

    acquire();

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void acquire_neverExceedsTheLimitInAnyWindow() {
    java.util.List<java.time.Instant> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      acquire();
      sent.add(time.instant());
      time.advance(Duration.ofSeconds(7));
    }

    for (int i = 3; i < sent.size(); i++) {
      assertThat(Duration.between(sent.get(i - 3), sent.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }
  }

  @Test
  void acquire_whenSleeperDoesNotMoveTheClock_stillTerminatesAndSpacesSlots() {
    java.util.List<Duration> sleeps = new java.util.ArrayList<>();
    SlidingWindowLimiter frozen = new SlidingWindowLimiter(2, Duration.ofMinutes(1), time);

    for (int i = 0; i < 6; i++) {
      frozen.acquire(sleeps::add, "GET /v2/x", Duration.ofHours(2)).done();
    }

    assertThat(sleeps).hasSize(4);
  }

  @Test
  void aRequestCountsUntilOneWindowAfterItsResponseArrived() {
    for (int i = 0; i < 3; i++) {
      SlidingWindowLimiter.Permit permit = limiter.acquire(time, "GET /v2/x", Duration.ofHours(2));
      time.advance(Duration.ofSeconds(2)); // latency: the server may count it only now
      permit.done();
    }

    acquire();

    // The first response arrived at 2 s: the server may count that request until 62 s; now is 6 s.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(56));
  }

  @Test
  void everyWindowIsKept_minuteAndHour() {
    SlidingWindowLimiter twoWindows =
        new SlidingWindowLimiter(
            java.util.List.of(
                new SlidingWindowLimiter.Window(2, Duration.ofMinutes(1)),
                new SlidingWindowLimiter.Window(3, Duration.ofHours(1))),
            time);
    for (int i = 0; i < 4; i++) {
      twoWindows.acquire(time, "GET /v2/x", Duration.ofHours(2)).done();
    }

    // Two at 0, the third a minute later, the fourth only once the first left the hour.
    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(59));
  }

  @Test
  void observe_remainingZero_holdsEveryRequestUntilTheReset() {
    java.time.Instant reset = time.instant().plusSeconds(90);
    limiter.observe(new dev.seawall.core.RateLimit(5000, 0, java.util.Optional.of(reset)));

    acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(90));
  }

  @Test
  void acquire_whenTheWaitExceedsTheCap_failsWithoutReservingAndSaysWhen() {
    java.time.Instant reset = time.instant().plus(Duration.ofHours(3));
    limiter.observe(new dev.seawall.core.RateLimit(5000, 0, java.util.Optional.of(reset)));

    assertThatThrownBy(() -> limiter.acquire(time, "firewalls_get", Duration.ofMinutes(65)))
        .isInstanceOf(dev.seawall.core.SeawallException.class)
        .hasMessageContaining("allows firewalls_get only at " + reset)
        .hasMessageContaining("RetryPolicy.maxQuotaWait");
    assertThat(time.sleeps()).isEmpty();
  }
}
