package dev.seawall.networking.loadbalancer;

import java.util.Objects;
import java.util.Optional;

/**
 * How a load balancer decides whether a droplet may receive traffic ({@code health_check}).
 * Immutable.
 *
 * <p>The protocol defaults from the path: a check with a path is {@code http}, a check without one
 * is {@code tcp} (a connection to the port). A {@code tcp} check with a path is refused, because
 * the path would silently be ignored. An {@code http}/{@code https} check without a path requests
 * {@code /}.
 *
 * <pre>{@code
 * HealthCheck check = HealthCheck.builder().port(8080).path("/healthz").build(); // http
 * HealthCheck tcp = HealthCheck.tcp(5432);
 * }</pre>
 */
public final class HealthCheck {
  /**
   * The API's default check, used when a spec sets none: {@code http} on port 80, path {@code /},
   * every 10 seconds, 5 seconds timeout, unhealthy after 5 failures, healthy after 3 successes.
   */
  public static final HealthCheck DEFAULT = builder().port(80).path("/").build();

  private final HealthCheckProtocol protocol;
  private final int port;
  private final String path;
  private final int checkIntervalSeconds;
  private final int responseTimeoutSeconds;
  private final int unhealthyThreshold;
  private final int healthyThreshold;

  private HealthCheck(
      HealthCheckProtocol protocol,
      int port,
      String path,
      int checkIntervalSeconds,
      int responseTimeoutSeconds,
      int unhealthyThreshold,
      int healthyThreshold) {
    this.protocol = protocol;
    this.port = port;
    this.path = path;
    this.checkIntervalSeconds = checkIntervalSeconds;
    this.responseTimeoutSeconds = responseTimeoutSeconds;
    this.unhealthyThreshold = unhealthyThreshold;
    this.healthyThreshold = healthyThreshold;
  }

  /** A TCP connection check on {@code port} with the default timings. */
  public static HealthCheck tcp(int port) {
    return builder().protocol(HealthCheckProtocol.TCP).port(port).build();
  }

  /** An HTTP check of {@code path} (e.g. {@code /healthz}) on {@code port}, default timings. */
  public static HealthCheck http(int port, String path) {
    return builder().protocol(HealthCheckProtocol.HTTP).port(port).path(path).build();
  }

  /** An HTTPS check of {@code path} on {@code port}, default timings. */
  public static HealthCheck https(int port, String path) {
    return builder().protocol(HealthCheckProtocol.HTTPS).port(port).path(path).build();
  }

  /** Starts a check; the port is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A check as the API reports it, unchecked; a {@code tcp} check's path is dropped. */
  static HealthCheck read(
      HealthCheckProtocol protocol,
      int port,
      String path,
      int checkIntervalSeconds,
      int responseTimeoutSeconds,
      int unhealthyThreshold,
      int healthyThreshold) {
    return new HealthCheck(
        protocol,
        port,
        protocol == HealthCheckProtocol.TCP ? "" : path,
        checkIntervalSeconds,
        responseTimeoutSeconds,
        unhealthyThreshold,
        healthyThreshold);
  }

  /** A builder holding this check's values. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .protocol(protocol)
            .port(port)
            .checkIntervalSeconds(checkIntervalSeconds)
            .responseTimeoutSeconds(responseTimeoutSeconds)
            .unhealthyThreshold(unhealthyThreshold)
            .healthyThreshold(healthyThreshold);
    if (!path.isEmpty()) {
      builder.path(path);
    }
    return builder;
  }

  /** The protocol: {@code http}, {@code https} or {@code tcp}. */
  public HealthCheckProtocol protocol() {
    return protocol;
  }

  /** The droplets' port checked, 1..65535. */
  public int port() {
    return port;
  }

  /** The path requested by {@code http}/{@code https} checks; empty for {@code tcp}. */
  public Optional<String> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  /** Seconds between two checks, 3..300. */
  public int checkIntervalSeconds() {
    return checkIntervalSeconds;
  }

  /** Seconds to wait for an answer, 3..300. */
  public int responseTimeoutSeconds() {
    return responseTimeoutSeconds;
  }

  /** Failed checks after which a droplet is taken out of the pool, 2..10. */
  public int unhealthyThreshold() {
    return unhealthyThreshold;
  }

  /** Passed checks after which a droplet is put back into the pool, 2..10. */
  public int healthyThreshold() {
    return healthyThreshold;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthCheck other
        && protocol == other.protocol
        && port == other.port
        && path.equals(other.path)
        && checkIntervalSeconds == other.checkIntervalSeconds
        && responseTimeoutSeconds == other.responseTimeoutSeconds
        && unhealthyThreshold == other.unhealthyThreshold
        && healthyThreshold == other.healthyThreshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        protocol,
        port,
        path,
        checkIntervalSeconds,
        responseTimeoutSeconds,
        unhealthyThreshold,
        healthyThreshold);
  }

  @Override
  public String toString() {
    return "HealthCheck["
        + protocol.wireValue()
        + " port "
        + port
        + (path.isEmpty() ? "" : " " + path)
        + ", every "
        + checkIntervalSeconds
        + "s, timeout "
        + responseTimeoutSeconds
        + "s, unhealthy after "
        + unhealthyThreshold
        + ", healthy after "
        + healthyThreshold
        + "]";
  }

  /** Builder for {@link HealthCheck}; {@link #build()} checks every value. */
  public static final class Builder {
    private HealthCheckProtocol protocol = HealthCheckProtocol.UNKNOWN;
    private int port;
    private String path = "";
    private int checkIntervalSeconds = 10;
    private int responseTimeoutSeconds = 5;
    private int unhealthyThreshold = 5;
    private int healthyThreshold = 3;

    private Builder() {}

    /**
     * Sets the protocol. Default: {@code http} when a path is set, otherwise {@code tcp}.
     *
     * @param protocol {@code HTTP}, {@code HTTPS} or {@code TCP}
     */
    public Builder protocol(HealthCheckProtocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /** Sets the droplets' port to check, 1..65535. Required. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Sets the path of {@code http}/{@code https} checks, starting with {@code /}, e.g. {@code
     * /healthz}. Setting a path makes the default protocol {@code http}.
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** Sets the seconds between two checks, 3..300. Default: 10. */
    public Builder checkIntervalSeconds(int seconds) {
      this.checkIntervalSeconds = seconds;
      return this;
    }

    /** Sets the seconds to wait for an answer, 3..300. Default: 5. */
    public Builder responseTimeoutSeconds(int seconds) {
      this.responseTimeoutSeconds = seconds;
      return this;
    }

    /** Sets the failures after which a droplet is taken out, 2..10. Default: 5. */
    public Builder unhealthyThreshold(int checks) {
      this.unhealthyThreshold = checks;
      return this;
    }

    /** Sets the successes after which a droplet is put back, 2..10. Default: 3. */
    public Builder healthyThreshold(int checks) {
      this.healthyThreshold = checks;
      return this;
    }

    /**
     * Builds the check.
     *
     * @throws IllegalArgumentException if the port or a timing is out of range, the path does not
     *     start with {@code /} or contains white space, or a {@code tcp} check has a path (it would
     *     be ignored: use {@code http} to check a path)
     */
    public HealthCheck build() {
      if (port < ForwardingRule.MIN_PORT || port > ForwardingRule.MAX_PORT) {
        throw new IllegalArgumentException("health check port must be 1..65535, was " + port);
      }
      HealthCheckProtocol resolved = protocol;
      if (resolved == HealthCheckProtocol.UNKNOWN) {
        resolved = path.isEmpty() ? HealthCheckProtocol.TCP : HealthCheckProtocol.HTTP;
      }
      String resolvedPath = path;
      if (resolved == HealthCheckProtocol.TCP) {
        if (!path.isEmpty()) {
          throw new IllegalArgumentException(
              "a tcp health check only opens a connection and has no path, but path '"
                  + path
                  + "' was set; use protocol http (or https) to check a path, or drop the path");
        }
      } else {
        if (resolvedPath.isEmpty()) {
          resolvedPath = "/";
        }
        if (!resolvedPath.startsWith("/")
            || resolvedPath.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
          throw new IllegalArgumentException(
              "health check path must start with / and contain no white space, e.g. /healthz");
        }
      }
      range("checkIntervalSeconds", checkIntervalSeconds, 3, 300);
      range("responseTimeoutSeconds", responseTimeoutSeconds, 3, 300);
      range("unhealthyThreshold", unhealthyThreshold, 2, 10);
      range("healthyThreshold", healthyThreshold, 2, 10);
      return new HealthCheck(
          resolved,
          port,
          resolvedPath,
          checkIntervalSeconds,
          responseTimeoutSeconds,
          unhealthyThreshold,
          healthyThreshold);
    }

    private static void range(String what, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            what + " must be " + min + ".." + max + ", was " + value);
      }
    }
  }
}
