package dev.seawall.core;

/** 404 Not Found: the resource does not exist (or the token cannot see it). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public NotFoundException(Details details) {
    super(details);
  }
}
