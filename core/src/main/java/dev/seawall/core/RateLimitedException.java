package dev.seawall.core;

/**
 * 429 Too Many Requests: the rate limit was still exceeded when the retry policy ran out of
 * attempts.
 */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public RateLimitedException(Details details) {
    super(details);
  }
}
