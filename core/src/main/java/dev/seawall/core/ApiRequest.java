package dev.seawall.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to the DigitalOcean API, bound to the {@link Operation} it performs. Path parameters
 * are percent-encoded; the body, if any, is serialised to JSON by the client (null fields are
 * omitted). Immutable.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.of(NetworkingOperations.FIREWALLS_GET).pathParam("firewall_id", id).build();
 * }</pre>
 */
public final class ApiRequest {
  private final Operation operation;
  private final Map<String, String> pathParams;
  private final List<Map.Entry<String, String>> query;
  private final Object body;

  private ApiRequest(Builder builder) {
    this.operation = builder.operation;
    this.pathParams = Map.copyOf(builder.pathParams);
    this.query = List.copyOf(builder.query);
    this.body = builder.body;
  }

  /**
   * Starts a request for an operation, e.g. a constant of {@link CoreOperations} or of a module's
   * operations class such as {@code NetworkingOperations}.
   *
   * @param operation the operation to perform; it fixes the method, the path template and the token
   *     scopes the request needs
   * @return a builder
   */
  public static Builder of(Operation operation) {
    return new Builder(Objects.requireNonNull(operation, "operation"));
  }

  /** The operation this request performs. */
  public Operation operation() {
    return operation;
  }

  /** Query parameters, in the order added. */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** The body to serialise as JSON, if any. */
  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /**
   * The path with every placeholder replaced by its percent-encoded value.
   *
   * @throws IllegalStateException if a placeholder has no value
   */
  public String path() {
    String template = operation.pathTemplate();
    StringBuilder out = new StringBuilder(template.length() + 40);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? placeholderEnd(template, i + 1) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, close);
      String value = pathParams.get(name);
      if (value == null) {
        throw new IllegalStateException(
            "missing path parameter '" + name + "' for " + operation.operationId());
      }
      appendEncoded(out, value);
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * The index of the {@code }} that closes a placeholder name ({@code [a-zA-Z0-9_]+}) starting at
   * {@code from}, or -1 if there is none there.
   */
  private static int placeholderEnd(String template, int from) {
    int i = from;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '}') {
        return i > from ? i : -1;
      }
      boolean nameChar =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!nameChar) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * Appends {@code value} as one path segment: form-encoded as UTF-8 with spaces as {@code %20};
   * values made only of characters that encoding keeps ({@code a-z A-Z 0-9 - _ . *}) as they are.
   */
  private static void appendEncoded(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean kept =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '*';
      if (!kept) {
        out.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        return;
      }
    }
    out.append(value);
  }

  public Builder toBuilder() {
    Builder builder = new Builder(operation);
    builder.pathParams.putAll(pathParams);
    builder.query.addAll(query);
    builder.body = body;
    return builder;
  }

  /**
   * The operation and path, e.g. {@code ApiRequest[firewalls_get /v2/firewalls/fw-1]}; never the
   * body or the query (they may hold secrets or private names). Does not throw: with a missing path
   * parameter it shows the template.
   */
  @Override
  public String toString() {
    String target;
    try {
      target = path();
    } catch (IllegalStateException missingParameter) {
      target = operation.pathTemplate();
    }
    return "ApiRequest[" + operation.operationId() + " " + target + "]";
  }

  /** Builder for {@link ApiRequest}. */
  public static final class Builder {
    private final Operation operation;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private Object body;

    private Builder(Operation operation) {
      this.operation = operation;
    }

    /**
     * Sets a path placeholder, e.g. {@code firewall_id}; the value's {@code toString()} is
     * percent-encoded when the path is built.
     *
     * @throws IllegalArgumentException if the value's text is blank
     */
    public Builder pathParam(String name, Object value) {
      String text = String.valueOf(Objects.requireNonNull(value, name));
      if (text.isBlank()) {
        throw new IllegalArgumentException("path parameter '" + name + "' must not be blank");
      }
      pathParams.put(name, text);
      return this;
    }

    /**
     * Adds a query parameter (the value's {@code toString()}); repeated names are sent repeatedly.
     * {@code page} and {@code per_page} are replaced by {@link Api#page} and {@link Api#listAll}.
     */
    public Builder query(String name, Object value) {
      query.add(Map.entry(name, String.valueOf(Objects.requireNonNull(value, name))));
      return this;
    }

    /** Sets the JSON body (a record, map or list; serialised with the client's Moshi). */
    public Builder body(Object body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Builds the request. */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
