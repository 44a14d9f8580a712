package dev.seawall.core.internal.http;

import dev.seawall.core.RateLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Headers;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP response. An error status is read whole at once ({@link #body()}), for the error
 * mapping. A successful one stays open: its body is decoded straight from the connection ({@link
 * #source()}), without a copy of the whole body, and {@link #close()} releases the connection. An
 * I/O error while that body is read is recorded ({@link #readFailure()}), so that the caller treats
 * it as a failed attempt (retried like any I/O error) and not as a body that is not JSON.
 */
final class HttpResult implements AutoCloseable {
  private static final byte[] NONE = new byte[0];

  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final @Nullable Response open;
  private final @Nullable CountingSource counting;
  private final @Nullable BufferedSource source;

  private HttpResult(int status, Headers headers, byte[] body, @Nullable Response open) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.open = open;
    this.counting = open == null ? null : new CountingSource(open.body().source());
    this.source = counting == null ? null : Okio.buffer(counting);
  }

  /**
   * A response read whole.
   *
   * @param body the body bytes, empty when there was none
   */
  static HttpResult read(int status, Headers headers, byte[] body) {
    return new HttpResult(status, headers, body, null);
  }

  /** A response whose body is read from the connection; {@link #close()} closes the response. */
  static HttpResult streaming(Response response) {
    return new HttpResult(response.code(), response.headers(), NONE, response);
  }

  /** The status code. */
  int status() {
    return status;
  }

  /** The response headers. */
  Headers headers() {
    return headers;
  }

  /** The whole body of a response read whole; empty for a streamed one. */
  byte[] body() {
    return body;
  }

  /**
   * The body of a streamed response, read from the connection.
   *
   * @throws IllegalStateException if the response was read whole
   */
  BufferedSource source() {
    if (source == null) {
      throw new IllegalStateException("the body was read whole; use body()");
    }
    return source;
  }

  /**
   * Reads and drops the rest of a streamed body, as a decoder does with the rest of a document.
   *
   * @throws UncheckedIOException if the connection fails meanwhile (then {@link #readFailure()})
   */
  void discardBody() {
    if (source != null) {
      try {
        source.readAll(Okio.blackhole());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The I/O error the connection reported while the body was read, or null if none. */
  @Nullable IOException readFailure() {
    return counting == null ? null : counting.failure;
  }

  /**
   * The bytes of the body read so far: all of it for a response read whole, or for a streamed one
   * read to its end ({@link #bodyComplete()}).
   */
  long bodySize() {
    return counting == null ? body.length : counting.bytesRead;
  }

  /** Whether {@link #bodySize()} is the whole body (a decoder may stop early and close it). */
  boolean bodyComplete() {
    if (counting == null || counting.ended) {
      return true;
    }
    long length = open == null ? -1 : open.body().contentLength();
    return length >= 0 && counting.bytesRead >= length;
  }

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

  /** Releases a streamed response's connection (to the pool when its body was read to the end). */
  @Override
  public void close() {
    if (open != null) {
      open.close();
    }
  }

  /** Counts the body bytes read from the connection and keeps the I/O error it reports. */
  private static final class CountingSource extends ForwardingSource {
    private long bytesRead;
    private boolean ended;
    private @Nullable IOException failure;

    CountingSource(okio.Source delegate) {
      super(delegate);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      try {
        long read = super.read(sink, byteCount);
        if (read > 0) {
          bytesRead += read;
        } else if (read < 0) {
          ended = true;
        }
        return read;
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
