package dev.seawall.core;

/** 409 Conflict: the resource is in a state that does not allow the request. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException}. */
  public ConflictException(
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
