package dev.seawall.core.internal.http;

import dev.seawall.core.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Parses DigitalOcean's rate-limit headers ({@code ratelimit-limit}, {@code ratelimit-remaining},
 * {@code ratelimit-reset} in epoch seconds) and {@code Retry-After} (delay seconds or an HTTP date,
 * RFC 9110 §10.2.3). Malformed values are treated as absent; absurdly large ones are clamped (a
 * {@code Retry-After} of more digits than a {@code long} holds means "very long", so the retry
 * policy's cap applies instead of a short default wait).
 */
public final class RateLimitHeaders {
  private RateLimitHeaders() {}

  /** The snapshot of a response's rate-limit headers. */
  public static RateLimit snapshot(Headers headers) {
    return new RateLimit(
        parseLong(headers.get("ratelimit-limit")).orElse(-1L),
        parseLong(headers.get("ratelimit-remaining")).orElse(-1L),
        parseReset(headers.get("ratelimit-reset")));
  }

  /**
   * {@code ratelimit-reset}: epoch seconds; empty if absent or malformed; a value beyond the range
   * of {@link Instant} reads as {@link Instant#MAX}.
   */
  public static Optional<Instant> parseReset(@Nullable String value) {
    return parseLong(value)
        .map(s -> s > Instant.MAX.getEpochSecond() ? Instant.MAX : Instant.ofEpochSecond(s));
  }

  /**
   * {@code Retry-After}: a non-negative number of seconds (more than {@link Long#MAX_VALUE} reads
   * as {@code Long.MAX_VALUE}), or an HTTP date (converted to the delay from {@code now}, never
   * negative); empty if absent or malformed (including a negative number).
   */
  public static Optional<Duration> parseRetryAfter(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<Long> seconds = parseLong(value);
    if (seconds.isPresent()) {
      return seconds.map(Duration::ofSeconds);
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A non-negative decimal integer, saturating at {@link Long#MAX_VALUE}; empty otherwise. */
  private static Optional<Long> parseLong(@Nullable String value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException tooLarge) {
      return Optional.of(Long.MAX_VALUE);
    }
  }
}
