package dev.seawall.core.internal.http;

import java.io.IOException;
import javax.net.ssl.SSLException;

/**
 * An attempt failed with an I/O error. {@link #requestStarted()} tells whether the server may have
 * seen the request.
 */
final class SendFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean requestStarted;

  SendFailure(IOException cause, boolean requestStarted) {
    super(cause.getClass().getSimpleName(), cause);
    this.requestStarted = requestStarted;
  }

  IOException io() {
    return (IOException) getCause();
  }

  /** Whether request bytes may have reached the server. */
  boolean requestStarted() {
    return requestStarted;
  }

  /** TLS failures (bad certificate, no common protocol) do not heal by retrying. */
  boolean permanent() {
    return getCause() instanceof SSLException;
  }
}
