package dev.seawall.core;

/** 422 Unprocessable Entity: the API rejected the request's content. */
public class UnprocessableException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException}. */
  public UnprocessableException(
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
