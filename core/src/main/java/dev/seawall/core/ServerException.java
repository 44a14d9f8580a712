package dev.seawall.core;

/** 5xx: the API failed on its side. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException}. */
  public ServerException(
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
