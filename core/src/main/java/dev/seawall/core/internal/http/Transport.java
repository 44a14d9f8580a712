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

/** Sends one attempt of an {@link Exchange} with OkHttp and reads the whole response. */
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
   * Sends the request once.
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
    try (Response response = client.newCall(request).execute()) {
      return new HttpResult(response.code(), response.headers(), response.body().bytes());
    } catch (InterruptedIOException e) {
      if (isInterrupt(e)) {
        throw interrupted(exchange, tracker, e);
      }
      throw new SendFailure(e, tracker.requestStarted());
    } catch (IOException e) {
      throw new SendFailure(e, tracker.requestStarted());
    } catch (Exception e) {
      // OkHttp (Kotlin) can throw a checked InterruptedException it does not declare, having
      // cleared the thread's interrupt flag on the way.
      if (e instanceof InterruptedException) {
        throw interrupted(exchange, tracker, e);
      }
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new SendFailure(new IOException(e), tracker.requestStarted());
    }
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
      Exchange exchange, SendTracker tracker, Exception cause) {
    Thread.currentThread().interrupt();
    String outcome =
        !tracker.requestStarted()
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
