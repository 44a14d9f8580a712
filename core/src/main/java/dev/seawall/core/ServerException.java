package dev.seawall.core;

/** 5xx: the API failed on its side. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException#ApiException(ApiException.Details)}. */
  public ServerException(Details details) {
    super(details);
  }
}
