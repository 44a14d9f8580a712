package dev.seawall.core.internal.http;

import dev.seawall.core.Operation;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every HTTP exchange through SLF4J (logger {@code dev.seawall.http}). DEBUG: operation,
 * method, path, status, duration in milliseconds and request id. TRACE adds the request and
 * response headers, redacted by an allow-list ({@link Redaction}). Bodies and the {@code
 * Authorization} header are never logged. Installed as a network interceptor, so it sees the
 * headers actually sent.
 */
final class LoggingInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.seawall.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    Operation operation = request.tag(Operation.class);
    String name = operation == null ? "-" : operation.operationId();
    String target = Redaction.pathAndQuery(request.url());
    if (LOG.isTraceEnabled()) {
      LOG.trace(
          "{} {} {} request headers:\n{}",
          name,
          request.method(),
          target,
          Redaction.headers(request.headers(), "  > "));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.debug(
          "{} {} {} failed after {} ms: {}",
          name,
          request.method(),
          target,
          millis(start),
          e.getClass().getSimpleName());
      throw e;
    }
    String requestId = response.header("x-request-id");
    LOG.debug(
        "{} {} {} -> {} in {} ms (request id {})",
        name,
        request.method(),
        target,
        response.code(),
        millis(start),
        requestId == null ? "none" : requestId);
    if (LOG.isTraceEnabled()) {
      LOG.trace(
          "{} {} {} response headers:\n{}",
          name,
          request.method(),
          target,
          Redaction.headers(response.headers(), "  < "));
    }
    return response;
  }

  private static long millis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
