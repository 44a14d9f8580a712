package dev.seawall.core;

/** 409 Conflict: the resource is in a state that does not allow the request. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public ConflictException(Details details) {
    super(details);
  }
}
