package dev.seawall.core.internal.http;

import dev.seawall.core.SeawallException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one attempt of an {@link Exchange} with OkHttp. An error response is read whole; a
 * successful one is handed over open, for its body to be decoded from the connection.
 */
final class Transport {
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

  private final OkHttpClient client;
  private final Credentials credentials;
  private final String userAgent;
  private final AtomicLong requestCount = new AtomicLong();

  Transport(OkHttpClient client, Credentials credentials, String userAgent) {
    this.client = client;
    this.credentials = credentials;
    this.userAgent = userAgent;
  }

  /**
   * Sends the request once. The caller closes the result.
   *
   * @throws SendFailure on an I/O error, telling whether the request may have been seen
   * @throws SeawallException if the thread was interrupted (its interrupt flag is set again); never
   *     retried
   */
  HttpResult send(Exchange exchange) throws SendFailure {
    SendTracker tracker = new SendTracker();
    String method = exchange.method().name();
    RequestBody body = exchange.body();
    if (body == null && requiresBody(method)) {
      body = EMPTY;
    }
    Request request =
        new Request.Builder()
            .url(exchange.url())
            .method(method, body)
            .header("Authorization", credentials.authorization())
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .tag(dev.seawall.core.Operation.class, exchange.operation())
            .tag(SendTracker.class, tracker)
            .build();
    requestCount.incrementAndGet();
    Response response = null;
    try {
      response = client.newCall(request).execute();
      if (response.isSuccessful()) {
        return HttpResult.streaming(response);
      }
      try (Response failed = response) {
        return HttpResult.read(failed.code(), failed.headers(), failed.body().bytes());
      }
    } catch (Exception e) {
      if (response != null && response.isSuccessful()) {
        response.close();
      }
      throw failure(exchange, tracker, e);
    }
  }

  /**
   * The failed attempt when the body of a successful response could not be read from the connection
   * ({@link HttpResult#readFailure()}): like any I/O error after the request was sent.
   *
   * @throws SeawallException if the thread was interrupted (its interrupt flag is set again)
   */
  SendFailure bodyFailure(Exchange exchange, IOException e) {
    if (e instanceof InterruptedIOException interruptedIo && isInterrupt(interruptedIo)) {
      throw interrupted(exchange, true, e);
    }
    return new SendFailure(e, true);
  }

  /** What an exception thrown while sending or reading a response means for the attempt. */
  private static SendFailure failure(Exchange exchange, SendTracker tracker, Exception e) {
    if (e instanceof InterruptedIOException interruptedIo) {
      if (isInterrupt(interruptedIo)) {
        throw interrupted(exchange, tracker.requestStarted(), e);
      }
      return new SendFailure(interruptedIo, tracker.requestStarted());
    }
    if (e instanceof IOException io) {
      return new SendFailure(io, tracker.requestStarted());
    }
    // OkHttp (Kotlin) can throw a checked InterruptedException it does not declare, having
    // cleared the thread's interrupt flag on the way.
    if (e instanceof InterruptedException) {
      throw interrupted(exchange, tracker.requestStarted(), e);
    }
    if (e instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    return new SendFailure(new IOException(e), tracker.requestStarted());
  }

  /**
   * Whether an {@link InterruptedIOException} reports a thread interrupt rather than a timeout
   * (OkHttp and Okio use {@code InterruptedIOException("timeout")} and {@link
   * SocketTimeoutException} for those).
   */
  private static boolean isInterrupt(InterruptedIOException e) {
    return !(e instanceof SocketTimeoutException)
        && (Thread.currentThread().isInterrupted() || "interrupted".equals(e.getMessage()));
  }

  /** Restores the interrupt flag and explains what is known about the interrupted request. */
  private static SeawallException interrupted(
      Exchange exchange, boolean requestStarted, Exception cause) {
    Thread.currentThread().interrupt();
    String outcome =
        !requestStarted
            ? "it was not sent."
            : exchange.method().idempotent()
                ? "it may have reached DigitalOcean."
                : "it may have reached DigitalOcean, so check the resource before trying again.";
    return new SeawallException(
        "Interrupted while sending " + exchange.describe() + "; " + outcome, cause);
  }

  /** HTTP requests sent so far, retries included. */
  long requestCount() {
    return requestCount.get();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
