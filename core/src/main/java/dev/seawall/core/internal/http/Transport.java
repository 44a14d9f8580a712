package dev.seawall.core.internal.http;

import java.io.IOException;
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
    } catch (IOException e) {
      throw new SendFailure(e, tracker.requestStarted());
    }
  }

  /** HTTP requests sent so far, retries included. */
  long requestCount() {
    return requestCount.get();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
