package dev.seawall.core;

/** 401 Unauthorized: the token is missing, malformed, expired or revoked. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException}. */
  public UnauthorizedException(
      String message,
      int status,
      String errorId,
      String requestId,
      Operation operation,
      int attempts,
      RateLimit rateLimit) {
    super(message, status, errorId, requestId, operation, attempts, rateLimit);
  }
}
