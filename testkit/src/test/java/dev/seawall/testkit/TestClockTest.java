package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {
  @Test
  void sleeper_whenSleeping_advancesClockAndRecordsWithoutBlocking() throws Exception {
    TestClock clock = new TestClock();

    clock.sleeper().sleep(Duration.ofHours(2));
    clock.sleeper().sleep(Duration.ofSeconds(5));

    assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START.plusSeconds(7205));
    assertThat(clock.sleeps()).containsExactly(Duration.ofHours(2), Duration.ofSeconds(5));
    assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(7205));
  }

  @Test
  void withZone_whenAdvanced_sharesTime() {
    TestClock clock = new TestClock();
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofMinutes(3));

    assertThat(paris.instant()).isEqualTo(clock.instant());
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void advance_whenNegative_refuses() {
    assertThatThrownBy(() -> new TestClock().advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
