package dev.seawall.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import okhttp3.Headers;

class RateLimitHeadersTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  @Property
  void parseRetryAfter_secondsRoundTrip(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seconds) {
    assertThat(RateLimitHeaders.parseRetryAfter(" " + seconds + " ", NOW))
        .contains(Duration.ofSeconds(seconds));
  }

  @Property
  void parseRetryAfter_httpDateIsTheDelayFromNowAndNeverNegative(
      @ForAll @LongRange(min = -100_000, max = 100_000) long offsetSeconds) {
    Instant at = NOW.plusSeconds(offsetSeconds);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));

    Duration expected = offsetSeconds < 0 ? Duration.ZERO : Duration.ofSeconds(offsetSeconds);
    assertThat(RateLimitHeaders.parseRetryAfter(date, NOW)).contains(expected);
  }

  @Property
  void parseRetryAfter_garbageIsAbsentNeverAnException(@ForAll String text) {
    Optional<Duration> parsed = RateLimitHeaders.parseRetryAfter(text, NOW);

    parsed.ifPresent(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO));
  }

  @Property
  void parseReset_epochSecondsRoundTrip(
      @ForAll @LongRange(min = 0, max = 32_503_680_000L) long epoch) {
    assertThat(RateLimitHeaders.parseReset(Long.toString(epoch)))
        .contains(Instant.ofEpochSecond(epoch));
  }

  @Property
  void parseReset_garbageIsAbsent(@ForAll String text) {
    if (!text.strip().matches("[0-9]+")) {
      assertThat(RateLimitHeaders.parseReset(text)).isEmpty();
    }
  }

  @Property(tries = 50)
  void snapshot_readsAllThreeHeaders(
      @ForAll @LongRange(min = 0, max = 5000) long limit,
      @ForAll @LongRange(min = 0, max = 5000) long remaining,
      @ForAll @LongRange(min = 0, max = 2_000_000_000L) long reset) {
    Headers headers =
        Headers.of(
            "ratelimit-limit", Long.toString(limit),
            "ratelimit-remaining", Long.toString(remaining),
            "ratelimit-reset", Long.toString(reset));

    assertThat(RateLimitHeaders.snapshot(headers))
        .isEqualTo(new RateLimit(limit, remaining, Optional.of(Instant.ofEpochSecond(reset))));
  }

  @Property(tries = 1)
  void snapshot_withoutHeadersIsUnknown() {
    assertThat(RateLimitHeaders.snapshot(Headers.of())).isEqualTo(RateLimit.UNKNOWN);
  }

  @Property(tries = 1)
  void parseReset_whenBeyondTheRangeOfInstant_isClampedInsteadOfThrowing() {
    assertThat(RateLimitHeaders.parseReset("999999999999999999")).contains(Instant.MAX);
    assertThat(RateLimitHeaders.parseReset("9".repeat(40))).contains(Instant.MAX);
  }

  @Property(tries = 1)
  void parseRetryAfter_whenNegative_isAbsent() {
    assertThat(RateLimitHeaders.parseRetryAfter("-5", NOW)).isEmpty();
  }

  @Property(tries = 1)
  void parseRetryAfter_whenMoreDigitsThanALongHolds_isTheLongestDuration() {
    assertThat(RateLimitHeaders.parseRetryAfter("9".repeat(30), NOW))
        .contains(Duration.ofSeconds(Long.MAX_VALUE));
  }

  @Property(tries = 1)
  void snapshot_whenResetIsAbsurdlyLarge_doesNotThrow() {
    Headers headers = Headers.of("ratelimit-reset", "9".repeat(25), "ratelimit-limit", "x");

    assertThat(RateLimitHeaders.snapshot(headers))
        .isEqualTo(new RateLimit(-1, -1, Optional.of(Instant.MAX)));
  }
}
