package dev.seawall.core;

/** 403 Forbidden: the token lacks a scope the operation requires; see {@link #requiredScopes()}. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException}. */
  public ForbiddenException(
      String message,
      int status,
      String errorId,
      String requestId,
      Operation operation,
      int attempts,
      RateLimit rateLimit) {
    super(message, status, errorId, requestId, operation, attempts, rateLimit);
  }

  /** The token scopes the failed operation requires, from the official specification. */
  public java.util.SortedSet<String> requiredScopes() {
    return operation().scopes();
  }
}
