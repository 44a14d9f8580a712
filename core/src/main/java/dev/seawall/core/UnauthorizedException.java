package dev.seawall.core;

/** 401 Unauthorized: the token is missing, malformed, expired or revoked. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public UnauthorizedException(Details details) {
    super(details);
  }
}
