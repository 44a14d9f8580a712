package dev.seawall.testkit;

import java.util.Locale;
import java.util.Objects;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.ByteString;

/**
 * The parts of an HTTP request that {@link OpenApiContract} validates.
 *
 * <p>Build one from what a {@link mockwebserver3.MockWebServer} received with {@link
 * #of(RecordedRequest)}, or by hand for tests of the contract itself:
 *
 * <pre>{@code
 * ContractRequest request =
 *     ContractRequest.of("POST", "/v2/vpcs")
 *         .withHeader("Authorization", "Bearer dop_v1_...")
 *         .withJsonBody("{\"name\":\"prod\",\"region\":\"nyc1\"}");
 * }</pre>
 *
 * @param method the HTTP method in upper case, e.g. {@code GET}
 * @param target the request target: the encoded path and, if any, {@code ?} and the encoded query,
 *     e.g. {@code /v2/droplets?page=2&per_page=200}
 * @param headers the request headers
 * @param body the request body as UTF-8 text, {@code ""} when the request has none
 */
public record ContractRequest(String method, String target, Headers headers, String body) {

  /** Checks the components; upper-cases the method. */
  public ContractRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    method = method.toUpperCase(Locale.ROOT);
    if (!target.startsWith("/")) {
      throw new IllegalArgumentException("target must start with '/': " + target);
    }
  }

  /**
   * A request without headers or body.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param target the encoded path with optional query, e.g. {@code /v2/account}
   */
  public static ContractRequest of(String method, String target) {
    return new ContractRequest(method, target, Headers.of(), "");
  }

  /** The request a {@link mockwebserver3.MockWebServer} received. */
  public static ContractRequest of(RecordedRequest recorded) {
    String query = recorded.getUrl().encodedQuery();
    String target = recorded.getUrl().encodedPath() + (query == null ? "" : "?" + query);
    ByteString body = recorded.getBody();
    return new ContractRequest(
        recorded.getMethod(), target, recorded.getHeaders(), body == null ? "" : body.utf8());
  }

  /** A copy with one more header. */
  public ContractRequest withHeader(String name, String value) {
    return new ContractRequest(method, target, headers.newBuilder().add(name, value).build(), body);
  }

  /** A copy with {@code body} and the header {@code Content-Type: application/json}. */
  public ContractRequest withJsonBody(String json) {
    return new ContractRequest(
        method, target, headers.newBuilder().set("Content-Type", "application/json").build(), json);
  }

  /** The encoded path without the query string. */
  public String path() {
    int question = target.indexOf('?');
    return question < 0 ? target : target.substring(0, question);
  }

  /** Shows method and target only; headers may carry a token and are never printed. */
  @Override
  public String toString() {
    return "ContractRequest[" + method + " " + target + "]";
  }
}
