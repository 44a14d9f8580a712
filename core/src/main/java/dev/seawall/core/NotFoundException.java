package dev.seawall.core;

/** 404 Not Found: the resource does not exist (or the token cannot see it). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException}. */
  public NotFoundException(
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
