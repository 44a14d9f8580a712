package dev.seawall.core;

/**
 * The request could not be completed at the transport level: connection refused or reset, TLS
 * failure, timeout, or a response that could not be read.
 */
public class TransportException extends SeawallException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and its cause. */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
