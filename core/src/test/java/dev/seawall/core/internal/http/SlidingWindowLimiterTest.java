package dev.seawall.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.support.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
  private final FakeTime time = new FakeTime();
  private final SlidingWindowLimiter limiter =
      new SlidingWindowLimiter(3, Duration.ofMinutes(1), time, time);

  @Test
  void acquire_underTheLimit_neverSleeps() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      limiter.acquire();
      time.advance(Duration.ofSeconds(5));
    }

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void acquire_whenWindowIsFull_sleepsUntilTheOldestRequestLeavesIt() throws InterruptedException {
    limiter.acquire();
    time.advance(Duration.ofSeconds(10));
    limiter.acquire();
    limiter.acquire();
    time.advance(Duration.ofSeconds(5));

    limiter.acquire();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(45));
  }

  @Test
  void acquire_afterTheWindowPassed_doesNotSleep() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      limiter.acquire();
    }
    time.advance(Duration.ofMinutes(1));

    limiter.acquire();

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void acquire_neverExceedsTheLimitInAnyWindow() throws InterruptedException {
    java.util.List<java.time.Instant> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      limiter.acquire();
      sent.add(time.instant());
      time.advance(Duration.ofSeconds(7));
    }

    for (int i = 3; i < sent.size(); i++) {
      assertThat(Duration.between(sent.get(i - 3), sent.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }
  }

  @Test
  void acquire_whenSleeperDoesNotMoveTheClock_stillTerminatesAndSpacesSlots()
      throws InterruptedException {
    java.util.List<Duration> sleeps = new java.util.ArrayList<>();
    SlidingWindowLimiter frozen =
        new SlidingWindowLimiter(2, Duration.ofMinutes(1), time, sleeps::add);

    for (int i = 0; i < 6; i++) {
      frozen.acquire();
    }

    assertThat(sleeps).hasSize(4);
  }
}
