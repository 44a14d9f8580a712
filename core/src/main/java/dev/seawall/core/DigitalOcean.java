package dev.seawall.core;

import dev.seawall.core.internal.http.BaseUrl;
import dev.seawall.core.internal.http.ClientSettings;
import dev.seawall.core.internal.http.Credentials;
import dev.seawall.core.internal.http.OkHttpApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Seawall client for one DigitalOcean account (one API token). Immutable and thread-safe; close
 * it to release connections. Resource services take it as their entry point (for example {@code
 * Networking.firewalls(client)}); they talk to the API through {@link #api()}.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Security properties: the base URL must be {@code https://} (plain {@code http://} only for
 * loopback test servers); only TLS 1.2/1.3 with modern cipher suites ({@code
 * ConnectionSpec.MODERN_TLS}); redirects are not followed; the token never appears in {@link
 * #toString()}, logs or exception messages.
 */
public final class DigitalOcean implements AutoCloseable {
  /** Environment variable holding the API token. */
  public static final String TOKEN_VARIABLE = "DIGITALOCEAN_TOKEN";

  /** Alternative environment variable holding the API token (used by doctl and Terraform). */
  public static final String ACCESS_TOKEN_VARIABLE = "DIGITALOCEAN_ACCESS_TOKEN";

  /** Environment variable overriding the API base URL. */
  public static final String API_URL_VARIABLE = "DIGITALOCEAN_API_URL";

  /** Default client-side limit: DigitalOcean allows 250 requests per minute. */
  public static final int DEFAULT_REQUESTS_PER_MINUTE = 250;

  /** Default client-side limit: DigitalOcean allows 5,000 requests per hour. */
  public static final int DEFAULT_REQUESTS_PER_HOUR = 5000;

  /** Default timeout of one HTTP attempt, connection to last byte. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final OkHttpApi api;
  private final String baseUrl;
  private final Clock clock;
  private final Waiter waiter;
  private final Actions actions;
  private final int requestsPerMinute;

  private DigitalOcean(Builder builder, ApiToken token, BaseUrl baseUrl) {
    this.baseUrl = baseUrl.toString();
    this.clock = builder.clock;
    this.requestsPerMinute = builder.requestsPerMinute;
    this.api =
        OkHttpApi.create(
            new ClientSettings(
                baseUrl,
                Credentials.bearer(token.reveal()),
                builder.retryPolicy,
                builder.clock,
                builder.sleeper,
                builder.requestsPerMinute,
                builder.requestsPerHour,
                builder.callTimeout,
                userAgent(builder.userAgentSuffix)));
    this.waiter =
        Waiter.create(builder.clock, builder.sleeper)
            .withNotFoundGrace(builder.retryPolicy.readAfterWriteWindow());
    this.actions = new Actions(api, waiter);
  }

  /** Starts a builder; {@link Builder#token(ApiToken)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the process environment: the token from {@value #TOKEN_VARIABLE} (or
   * {@value #ACCESS_TOKEN_VARIABLE}), the base URL from {@value #API_URL_VARIABLE} (default {@code
   * https://api.digitalocean.com}).
   *
   * @throws SeawallException if no token variable is set; the message says how to create one
   * @throws IllegalArgumentException if the token or URL is invalid
   */
  public static DigitalOcean fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Like {@link #fromEnvironment()}, reading the given variables instead of the process environment
   * (for tests and embedding).
   *
   * @param environment variable names to values
   * @throws SeawallException if no token variable is set; the message says how to create one
   * @throws IllegalArgumentException if the token or URL is invalid (the message never shows the
   *     token)
   */
  public static DigitalOcean fromEnvironment(Map<String, String> environment) {
    return builder().environment(environment).build();
  }

  /** The typed gateway resource services use: retries, rate limiting, errors, pagination. */
  public Api api() {
    return api;
  }

  /** A {@link Waiter} on this client's clock and sleeper, with the default pacing. */
  public Waiter waiter() {
    return waiter;
  }

  /** Reads and awaits DigitalOcean actions. */
  public Actions actions() {
    return actions;
  }

  /** The clock this client uses for deadlines and rate-limit resets. */
  public Clock clock() {
    return clock;
  }

  /** The number of HTTP requests sent so far, retries included (for reports); thread-safe. */
  public long requestCount() {
    return api.requestCount();
  }

  /** The base URL, without a trailing slash, e.g. {@code https://api.digitalocean.com}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Releases connections and threads (idle pooled connections are closed at once). Requests after
   * closing fail with a {@link SeawallException} without sending anything. Idempotent.
   */
  @Override
  public void close() {
    api.close();
  }

  /** Shows the base URL and limits, never the token. */
  @Override
  public String toString() {
    return "DigitalOcean[baseUrl="
        + baseUrl
        + ", token=ApiToken[redacted], requestsPerMinute="
        + requestsPerMinute
        + "]";
  }

  private static String userAgent(String suffix) {
    String version =
        Optional.ofNullable(DigitalOcean.class.getPackage().getImplementationVersion())
            .orElse("dev");
    String agent =
        "seawall/" + version + " java/" + System.getProperty("java.specification.version");
    return suffix.isEmpty() ? agent : agent + " " + suffix;
  }

  /** Builder for {@link DigitalOcean}. */
  public static final class Builder {
    private ApiToken token;
    private String baseUrl = BaseUrl.DEFAULT;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
    private int requestsPerHour = DEFAULT_REQUESTS_PER_HOUR;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private String userAgentSuffix = "";

    private Builder() {}

    /**
     * The API token (required).
     *
     * @throws IllegalArgumentException for an OAuth refresh token ({@code dor_v1_}), which cannot
     *     call the API
     */
    public Builder token(ApiToken token) {
      Objects.requireNonNull(token, "token");
      if (token.kind() == ApiToken.Kind.OAUTH_REFRESH_TOKEN) {
        throw new IllegalArgumentException(
            "This is an OAuth refresh token (dor_v1_...), which cannot call the API: exchange it"
                + " for an access token, or use a personal access token. "
                + ApiToken.HOW_TO_FIX);
      }
      this.token = token;
      return this;
    }

    /**
     * The API base URL; default {@code https://api.digitalocean.com}. Checked at once.
     *
     * @throws IllegalArgumentException if it is not https (plain http is allowed only for loopback
     *     hosts: {@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) or has a query, fragment or
     *     user info; the message says how to fix it
     */
    public Builder baseUrl(String baseUrl) {
      BaseUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      this.baseUrl = baseUrl;
      return this;
    }

    /** When to resend requests; default {@link RetryPolicy#DEFAULT}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The time source for deadlines, rate-limit resets and the limiter; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Performs every wait (retries, limiter, polling); default {@link Sleeper#SYSTEM}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The client-side limit in requests per rolling minute; default {@value
     * #DEFAULT_REQUESTS_PER_MINUTE} (DigitalOcean's own per-minute limit). Every client built with
     * the same token (and clock and limits) in this JVM shares one budget, as DigitalOcean counts
     * per token; a request counts until one minute after its response arrived, so the server never
     * sees more than the limit in any rolling minute.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder requestsPerMinute(int requestsPerMinute) {
      if (requestsPerMinute < 1) {
        throw new IllegalArgumentException(
            "requestsPerMinute must be at least 1, was " + requestsPerMinute);
      }
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /**
     * The client-side limit in requests per rolling hour; default {@value
     * #DEFAULT_REQUESTS_PER_HOUR} (DigitalOcean's hourly quota), shared like {@link
     * #requestsPerMinute(int)}. When it is used up, requests wait for the window to reopen, up to
     * {@link RetryPolicy#maxQuotaWait()}, reporting the wait to the thread's {@link WaitListener}.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder requestsPerHour(int requestsPerHour) {
      if (requestsPerHour < 1) {
        throw new IllegalArgumentException(
            "requestsPerHour must be at least 1, was " + requestsPerHour);
      }
      this.requestsPerHour = requestsPerHour;
      return this;
    }

    /**
     * The timeout of one HTTP attempt, from connecting to reading the last byte; default 60
     * seconds.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder callTimeout(Duration callTimeout) {
      if (callTimeout.isNegative() || callTimeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive, was " + callTimeout);
      }
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * Text appended to the {@code User-Agent} header, e.g. {@code my-pipeline/1.2}; default none.
     *
     * @throws IllegalArgumentException if it contains characters other than printable ASCII
     */
    public Builder userAgentSuffix(String suffix) {
      String value = Objects.requireNonNull(suffix, "suffix").strip();
      if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
      }
      this.userAgentSuffix = value;
      return this;
    }

    /**
     * Reads the token from {@value #TOKEN_VARIABLE} (else {@value #ACCESS_TOKEN_VARIABLE}) and, if
     * set, the base URL from {@value #API_URL_VARIABLE}. Blank values count as unset.
     *
     * @param environment variable names to values, e.g. {@code System.getenv()}
     * @throws SeawallException if neither token variable is set
     */
    public Builder environment(Map<String, String> environment) {
      Optional<String> value =
          nonBlank(environment.get(TOKEN_VARIABLE))
              .or(() -> nonBlank(environment.get(ACCESS_TOKEN_VARIABLE)));
      if (value.isEmpty()) {
        throw new SeawallException(
            "No DigitalOcean API token: neither "
                + TOKEN_VARIABLE
                + " nor "
                + ACCESS_TOKEN_VARIABLE
                + " is set. "
                + ApiToken.HOW_TO_FIX);
      }
      token(ApiToken.of(value.get()));
      nonBlank(environment.get(API_URL_VARIABLE)).ifPresent(this::baseUrl);
      return this;
    }

    /**
     * Builds the client. No request is sent.
     *
     * @throws IllegalStateException if no token was set
     */
    public DigitalOcean build() {
      if (token == null) {
        throw new IllegalStateException(
            "No API token: call token(ApiToken.of(...)) or environment(System.getenv()). "
                + ApiToken.HOW_TO_FIX);
      }
      return new DigitalOcean(this, token, BaseUrl.parse(baseUrl));
    }

    private static Optional<String> nonBlank(String value) {
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
      return "DigitalOcean.Builder[baseUrl=" + baseUrl + "]";
    }
  }
}
