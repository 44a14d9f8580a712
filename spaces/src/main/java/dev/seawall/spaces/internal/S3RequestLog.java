package dev.seawall.spaces.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each S3 request at DEBUG: method, path, names of the query parameters (never their values:
 * presigned and multipart parameters can be credentials), status, duration and request id. Headers
 * and bodies are never logged.
 */
final class S3RequestLog implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.seawall.spaces.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    long start = System.nanoTime();
    Response response = chain.proceed(request);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    LOG.debug(
        "S3 {} {}{} -> {} in {} ms (request id {})",
        request.method(),
        request.url().encodedPath(),
        request.url().querySize() == 0 ? "" : "?" + request.url().queryParameterNames(),
        response.code(),
        millis,
        response.header("x-amz-request-id", "-"));
    return response;
  }
}
