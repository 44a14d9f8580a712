package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a load balancer sends a client's requests to the same droplet ({@code sticky_sessions}).
 * Immutable. Default: {@link #none()}.
 */
public final class StickySessions {
  private static final Pattern COOKIE_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,40}");
  private static final StickySessions NONE = new StickySessions(Type.NONE, "", 0);

  private final Type type;
  private final String cookieName;
  private final int cookieTtlSeconds;

  private StickySessions(Type type, String cookieName, int cookieTtlSeconds) {
    this.type = type;
    this.cookieName = cookieName;
    this.cookieTtlSeconds = cookieTtlSeconds;
  }

  /** No stickiness: every request may go to any healthy droplet (the default). */
  public static StickySessions none() {
    return NONE;
  }

  /**
   * Stickiness by a cookie the load balancer sets.
   *
   * @param cookieName 1 to 40 letters, digits, dashes and underscores, e.g. {@code DO-LB}
   * @param cookieTtlSeconds how long the cookie lives, in seconds, at least 1
   * @throws IllegalArgumentException if the name or lifetime is invalid
   */
  public static StickySessions cookies(String cookieName, int cookieTtlSeconds) {
    Objects.requireNonNull(cookieName, "cookieName");
    if (!COOKIE_NAME.matcher(cookieName).matches()) {
      throw new IllegalArgumentException(
          "cookie name must be 1 to 40 letters, digits, dashes and underscores, was '"
              + cookieName
              + "'");
    }
    if (cookieTtlSeconds < 1) {
      throw new IllegalArgumentException(
          "cookie lifetime must be at least 1 second, was " + cookieTtlSeconds);
    }
    return new StickySessions(Type.COOKIES, cookieName, cookieTtlSeconds);
  }

  /** Sticky sessions as the API reports them, unchecked. */
  static StickySessions read(Type type, String cookieName, int cookieTtlSeconds) {
    if (type == Type.NONE) {
      return NONE;
    }
    return new StickySessions(type, cookieName, cookieTtlSeconds);
  }

  /** The kind of stickiness. */
  public Type type() {
    return type;
  }

  /** The cookie's name, for {@link Type#COOKIES}. */
  public Optional<String> cookieName() {
    return cookieName.isEmpty() ? Optional.empty() : Optional.of(cookieName);
  }

  /** The cookie's lifetime in seconds, for {@link Type#COOKIES}; 0 otherwise. */
  public int cookieTtlSeconds() {
    return cookieTtlSeconds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StickySessions other
        && type == other.type
        && cookieName.equals(other.cookieName)
        && cookieTtlSeconds == other.cookieTtlSeconds;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, cookieName, cookieTtlSeconds);
  }

  @Override
  public String toString() {
    return type == Type.COOKIES
        ? "StickySessions[cookies " + cookieName + ", " + cookieTtlSeconds + "s]"
        : "StickySessions[" + type.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }

  /** The kind of stickiness ({@code sticky_sessions.type}). */
  public enum Type {
    /** No stickiness. */
    @Json(name = "none")
    NONE,
    /** Stickiness by cookie. */
    @Json(name = "cookies")
    COOKIES,
    /** A type this version of Seawall does not know. */
    UNKNOWN
  }
}
