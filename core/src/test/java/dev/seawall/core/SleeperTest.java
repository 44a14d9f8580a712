package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.seawall.core.support.Interruption;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleeperTest {

  @Test
  void system_whenDurationIsZeroOrNegative_returnsAtOnceInsteadOfThrowing() {
    // Thread.sleep(-1) would throw IllegalArgumentException; these must be no-ops.
    assertThatCode(() -> Sleeper.SYSTEM.sleep(Duration.ZERO)).doesNotThrowAnyException();
    assertThatCode(() -> Sleeper.SYSTEM.sleep(Duration.ofSeconds(-5))).doesNotThrowAnyException();
  }

  @Test
  void system_whenInterrupted_throwsInterruptedExceptionEvenForZero() {
    Interruption result = Interruption.whileInterrupted(() -> Sleeper.SYSTEM.sleep(Duration.ZERO));

    assertThat(result.failure()).isInstanceOf(InterruptedException.class);
    // Like Thread.sleep, the sleeper consumes the interrupt; Seawall's callers restore it.
    assertThat(result.flagStillSet()).isFalse();
  }

  @Test
  void system_whenInterruptedBeforeASleepLongerThanNanosecondsHold_throwsAtOnce() {
    Interruption result =
        Interruption.whileInterrupted(() -> Sleeper.SYSTEM.sleep(Duration.ofDays(365_000)));

    assertThat(result.failure()).isInstanceOf(InterruptedException.class);
  }
}
