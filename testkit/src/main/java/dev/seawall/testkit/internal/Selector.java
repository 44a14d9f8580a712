package dev.seawall.testkit.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a fault or a call-log query of {@code FakeDigitalOcean} means: {@code *} (every
 * request), an operationId ({@code databases_create_cluster}), a path prefix ({@code
 * /v2/databases}) or a method and a path prefix ({@code POST /v2/databases}, the form the fake's
 * own log prints).
 *
 * @param method the upper-case HTTP method, or {@code null} for any
 * @param operationId the operationId, or {@code null} when the selector is a path or {@code *}
 * @param pathPrefix the path prefix, or {@code null} when the selector is an operationId or {@code
 *     *}
 */
public record Selector(
    @Nullable String method, @Nullable String operationId, @Nullable String pathPrefix) {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
  private static final Pattern METHOD_AND_PATH = Pattern.compile("([A-Za-z]+)\\s+(/\\S*)");
  private static final Pattern OPERATION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** Every request. */
  public static final Selector ANY = new Selector(null, null, null);

  /**
   * Reads a selector.
   *
   * @throws IllegalArgumentException if the text is none of the four forms; the message shows them
   */
  public static Selector parse(String text) {
    String trimmed = Objects.requireNonNull(text, "selector").strip();
    if (trimmed.equals("*")) {
      return ANY;
    }
    if (trimmed.startsWith("/")) {
      return new Selector(null, null, trimmed);
    }
    Matcher methodAndPath = METHOD_AND_PATH.matcher(trimmed);
    if (methodAndPath.matches()) {
      String method = methodAndPath.group(1).toUpperCase(Locale.ROOT);
      if (METHODS.contains(method)) {
        return new Selector(method, null, methodAndPath.group(2));
      }
    }
    if (OPERATION_ID.matcher(trimmed).matches()) {
      return new Selector(null, trimmed, null);
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a request selector: use *, an operationId (databases_create_cluster), a"
            + " path prefix (/v2/databases) or a method and a path prefix (POST /v2/databases)");
  }

  /** Whether the selector means this request. */
  public boolean selects(String requestMethod, String requestPath, String requestOperationId) {
    if (method != null && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    if (operationId != null) {
      return operationId.equals(requestOperationId);
    }
    return pathPrefix == null || requestPath.startsWith(pathPrefix);
  }

  @Override
  public String toString() {
    if (operationId != null) {
      return operationId;
    }
    if (pathPrefix == null) {
      return "*";
    }
    return method == null ? pathPrefix : method + " " + pathPrefix;
  }
}
