package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  @Property
  void backoff_isMonotonicAndNeverAboveTheCap(
      @ForAll @IntRange(min = 1, max = 10_000) int retry,
      @ForAll @LongRange(min = 1, max = 10_000) long initialMillis,
      @ForAll @LongRange(min = 1, max = 600_000) long capMillis) {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(initialMillis))
            .maxBackoff(Duration.ofMillis(capMillis))
            .build();

    Duration wait = policy.backoff(retry);

    assertThat(wait).isLessThanOrEqualTo(policy.maxBackoff()).isPositive();
    assertThat(wait).isGreaterThanOrEqualTo(retry > 1 ? policy.backoff(retry - 1) : Duration.ZERO);
  }

  @Property
  void rateLimitWait_isBetweenOneSecondAndTheCap(
      @ForAll @LongRange(min = 0, max = 100_000) long retryAfter,
      @ForAll @LongRange(min = -100_000, max = 100_000) long resetOffset,
      @ForAll boolean withRetryAfter,
      @ForAll boolean withReset,
      @ForAll @IntRange(min = 1, max = 100) int retry) {
    RetryPolicy policy = RetryPolicy.DEFAULT;

    Duration wait =
        policy.rateLimitWait(
            withRetryAfter ? Optional.of(Duration.ofSeconds(retryAfter)) : Optional.empty(),
            withReset ? Optional.of(NOW.plusSeconds(resetOffset)) : Optional.empty(),
            NOW,
            retry);

    assertThat(wait).isBetween(Duration.ofSeconds(1), policy.maxRateLimitWait());
  }

  @Example
  void rateLimitWait_prefersRetryAfterOverReset() {
    Duration wait =
        RetryPolicy.DEFAULT.rateLimitWait(
            Optional.of(Duration.ofSeconds(4)), Optional.of(NOW.plusSeconds(40)), NOW, 1);

    assertThat(wait).isEqualTo(Duration.ofSeconds(4));
  }

  @Example
  void defaults_areDocumentedValues() {
    RetryPolicy policy = RetryPolicy.DEFAULT;

    assertThat(policy.maxAttempts()).isEqualTo(5);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.maxRateLimitWait()).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.toBuilder().build()).hasToString(policy.toString());
  }

  @Example
  void retriesServerError_onlyForTransientStatuses() {
    assertThat(
            java.util.stream.IntStream.range(400, 600)
                .filter(RetryPolicy.DEFAULT::retriesServerError))
        .containsExactly(500, 502, 503, 504);
  }

  @Example
  void builder_refusesZeroAttempts() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void backoff_whenInitialBackoffIsZero_isZeroForAnyRetry() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ZERO).build();

    assertThat(policy.backoff(Integer.MAX_VALUE)).isZero();
  }

  @Example
  void backoff_whenCapIsNearTheRangeOfDuration_reachesTheCapWithoutOverflow() {
    Duration cap = Duration.ofSeconds(Long.MAX_VALUE);
    RetryPolicy policy = RetryPolicy.builder().maxBackoff(cap).build();

    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(1000)).isEqualTo(cap);
  }

  @Example
  void rateLimitWait_whenResetIsInThePast_waitsTheMinimumSecond() {
    Duration wait =
        RetryPolicy.DEFAULT.rateLimitWait(
            Optional.empty(), Optional.of(NOW.minusSeconds(3600)), NOW, 1);

    assertThat(wait).isEqualTo(Duration.ofSeconds(1));
  }

  @Example
  void rateLimitWait_whenRetryAfterIsHuge_waitsTheCap() {
    Duration wait =
        RetryPolicy.DEFAULT.rateLimitWait(
            Optional.of(Duration.ofSeconds(Long.MAX_VALUE)), Optional.of(Instant.MAX), NOW, 1);

    assertThat(wait).isEqualTo(RetryPolicy.DEFAULT.maxRateLimitWait());
  }
}
