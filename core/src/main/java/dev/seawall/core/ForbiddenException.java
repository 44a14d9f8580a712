package dev.seawall.core;

/** 403 Forbidden: the token lacks a scope the operation requires; see {@link #requiredScopes()}. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public ForbiddenException(Details details) {
    super(details);
  }

  /** The token scopes the failed operation requires, from the official specification. */
  public java.util.SortedSet<String> requiredScopes() {
    return operation().scopes();
  }
}
