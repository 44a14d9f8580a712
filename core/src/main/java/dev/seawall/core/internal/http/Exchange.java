package dev.seawall.core.internal.http;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * One prepared request: the operation, the absolute URL and the serialised JSON body (if any).
 *
 * @param operation the operation performed
 * @param url the absolute URL on the configured base
 * @param body the body, or null for none
 */
record Exchange(Operation operation, HttpUrl url, @Nullable RequestBody body) {
  HttpMethod method() {
    return operation.method();
  }

  /** {@code operationId METHOD /path} for messages (no query: values may be private). */
  String describe() {
    return operation.operationId() + " " + operation.method() + " " + url.encodedPath();
  }

  /** {@link #describe()}: never the query or the body. */
  @Override
  public String toString() {
    return describe();
  }
}
