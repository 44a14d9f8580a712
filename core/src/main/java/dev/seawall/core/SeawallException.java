package dev.seawall.core;

/**
 * Root of every exception Seawall throws. All Seawall exceptions are unchecked. Their messages say
 * what failed and how to fix it, and never contain the API token, a request body or any secret.
 */
public class SeawallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public SeawallException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public SeawallException(String message, Throwable cause) {
    super(message, cause);
  }
}
