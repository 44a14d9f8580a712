package dev.seawall.core;

/** 422 Unprocessable Entity: the API rejected the request's content. */
public class UnprocessableException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public UnprocessableException(Details details) {
    super(details);
  }
}
