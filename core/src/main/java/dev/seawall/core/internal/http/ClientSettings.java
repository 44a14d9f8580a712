package dev.seawall.core.internal.http;

import dev.seawall.core.RetryPolicy;
import dev.seawall.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the transport needs, assembled by {@code DigitalOcean.Builder}.
 *
 * @param baseUrl the validated base URL
 * @param credentials the token
 * @param retryPolicy when to resend
 * @param clock time source for rate-limit resets and the limiter
 * @param sleeper performs waits
 * @param requestsPerMinute client-side limit per rolling minute, at least 1
 * @param requestsPerHour client-side limit per rolling hour, at least 1
 * @param callTimeout whole-call timeout of one attempt
 * @param userAgent the {@code User-Agent} header
 */
public record ClientSettings(
    BaseUrl baseUrl,
    Credentials credentials,
    RetryPolicy retryPolicy,
    Clock clock,
    Sleeper sleeper,
    int requestsPerMinute,
    int requestsPerHour,
    Duration callTimeout,
    String userAgent) {
  /** Checks the components. */
  public ClientSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
  }
}
