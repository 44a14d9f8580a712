package dev.seawall.core.internal.http;

import java.util.Objects;

/**
 * Holds the raw API token for the transport: builds the {@code Authorization} header and scrubs the
 * token out of any text that could reach a message or a log. {@link #toString()} is redacted.
 */
public final class Credentials {
  private static final String REDACTED = "[redacted]";
  private final String token;

  private Credentials(String token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  /** Credentials for a bearer token (the raw text of an {@code ApiToken}). */
  public static Credentials bearer(String token) {
    return new Credentials(token);
  }

  /** The {@code Authorization} header value. */
  String authorization() {
    return "Bearer " + token;
  }

  /** Replaces every occurrence of the token in {@code text} by {@code [redacted]}. */
  public String scrub(String text) {
    return token.isEmpty() ? text : text.replace(token, REDACTED);
  }

  @Override
  public String toString() {
    return "Credentials[redacted]";
  }
}
