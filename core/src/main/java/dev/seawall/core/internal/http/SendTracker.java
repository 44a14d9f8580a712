package dev.seawall.core.internal.http;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Records whether OkHttp started writing a request. A failure before that point (DNS, connect, TLS
 * handshake) proves the server never saw the request, so even a POST may be sent again.
 */
final class SendTracker extends EventListener {
  /** Attaches the tracker carried as a request tag; other calls get no listener. */
  static final EventListener.Factory FACTORY =
      call -> {
        SendTracker tracker = call.request().tag(SendTracker.class);
        return tracker != null ? tracker : EventListener.NONE;
      };

  private volatile boolean requestStarted;

  @Override
  public void requestHeadersStart(Call call) {
    requestStarted = true;
  }

  /** Whether any byte of the request may have been written to the server. */
  boolean requestStarted() {
    return requestStarted;
  }
}
