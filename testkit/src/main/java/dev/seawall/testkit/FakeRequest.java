package dev.seawall.testkit;

import dev.seawall.core.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** A routed request, as a {@link FakeHandler} sees it. */
public final class FakeRequest {
  private final HttpMethod method;
  private final HttpUrl url;
  private final Headers headers;
  private final String body;
  private final String operationId;
  private final String pathTemplate;
  private final Map<String, String> pathParams;
  private final String requestId;

  FakeRequest(
      HttpMethod method,
      HttpUrl url,
      Headers headers,
      String body,
      String operationId,
      String pathTemplate,
      Map<String, String> pathParams,
      String requestId) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.operationId = operationId;
    this.pathTemplate = pathTemplate;
    this.pathParams = Map.copyOf(pathParams);
    this.requestId = requestId;
  }

  /** The HTTP method. */
  public HttpMethod method() {
    return method;
  }

  /** The absolute URL as received, e.g. {@code http://127.0.0.1:40123/v2/vpcs?page=2}. */
  public HttpUrl url() {
    return url;
  }

  /** The encoded path, e.g. {@code /v2/vpcs/5a4981aa-...}. */
  public String path() {
    return url.encodedPath();
  }

  /** The routed operation's id, e.g. {@code vpcs_get}. */
  public String operationId() {
    return operationId;
  }

  /** The routed path template, e.g. {@code /v2/vpcs/{vpc_id}}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** The id the fake will answer in {@code x-request-id}. */
  public String requestId() {
    return requestId;
  }

  /**
   * The decoded value of a path template parameter.
   *
   * @throws IllegalArgumentException when the template has no {@code {name}} segment
   */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "path template " + pathTemplate + " has no parameter {" + name + "}");
    }
    return value;
  }

  /**
   * A numeric path parameter (droplet ids, action ids).
   *
   * @throws FakeApiError 404 when the value is not a number, as DigitalOcean answers
   */
  public long pathParamAsLong(String name) {
    try {
      return Long.parseLong(pathParam(name));
    } catch (NumberFormatException e) {
      throw FakeApiError.notFound();
    }
  }

  /** The first value of a query parameter. */
  public Optional<String> query(String name) {
    return Optional.ofNullable(url.queryParameter(name));
  }

  /** Every value of a query parameter, in order. */
  public List<String> queryValues(String name) {
    return url.queryParameterValues(name).stream().map(v -> v == null ? "" : v).toList();
  }

  /**
   * An integer query parameter, or {@code defaultValue} when absent.
   *
   * @throws FakeApiError 400 when present but not an integer
   */
  public int queryInt(String name, int defaultValue) {
    Optional<String> value = query(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw FakeApiError.badRequest(name + " must be an integer");
    }
  }

  /** A request header; {@code Authorization} is never exposed. */
  public Optional<String> header(String name) {
    if ("authorization".equalsIgnoreCase(name)) {
      return Optional.empty();
    }
    return Optional.ofNullable(headers.get(name));
  }

  /** The body as text, {@code ""} when the request has none. */
  public String body() {
    return body;
  }

  /**
   * The body as a JSON object (see {@link FakeJson} for the value types).
   *
   * @throws FakeApiError 400 when the body is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> json() {
    Object parsed;
    try {
      parsed = FakeJson.parse(body);
    } catch (IllegalArgumentException e) {
      throw FakeApiError.badRequest("The request body is not valid JSON.");
    }
    if (!(parsed instanceof Map<?, ?>)) {
      throw FakeApiError.badRequest("The request body must be a JSON object.");
    }
    return (Map<String, @Nullable Object>) parsed;
  }

  @Override
  public String toString() {
    return "FakeRequest[" + method + " " + url.encodedPath() + " (" + operationId + ")]";
  }
}
