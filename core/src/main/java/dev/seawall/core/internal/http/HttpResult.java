package dev.seawall.core.internal.http;

import dev.seawall.core.RateLimit;
import okhttp3.Headers;

/**
 * One HTTP response, fully read.
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body bytes, empty when there was none
 */
record HttpResult(int status, Headers headers, byte[] body) {
  /** Whether the status is 2xx. */
  boolean successful() {
    return status >= 200 && status < 300;
  }

  /** The {@code x-request-id} header, or empty. */
  String requestId() {
    String id = headers.get("x-request-id");
    return id == null ? "" : id.strip();
  }

  /** The rate-limit snapshot of the headers. */
  RateLimit rateLimit() {
    return RateLimitHeaders.snapshot(headers);
  }

  /** The {@code content-type} header, or empty. */
  String contentType() {
    String type = headers.get("content-type");
    return type == null ? "" : type;
  }
}
