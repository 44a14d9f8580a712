package dev.seawall.testkit;

import dev.seawall.testkit.internal.KnownDeviations;
import java.util.Objects;

/**
 * One way in which a request (or a fake's response) does not match the official DigitalOcean
 * OpenAPI specification.
 *
 * @param method the HTTP method of the request, e.g. {@code POST}
 * @param path the request path with its query string, e.g. {@code /v2/firewalls?page=2}
 * @param operationId the operationId the request was matched to, or {@code ""} when no operation of
 *     the specification matches the path and method
 * @param key the validator's message key, e.g. {@code validation.request.body.schema.required};
 *     keys starting with {@code seawall.} come from checks the testkit adds itself
 * @param message a readable explanation; nested schema failures follow on indented lines
 */
public record ContractViolation(
    String method, String path, String operationId, String key, String message) {

  /** Checks that no component is null. */
  public ContractViolation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Whether DigitalOcean itself refuses a request with this violation. False for Seawall's own
   * stricter checks that DigitalOcean does not make: an unknown JSON property ({@code
   * seawall.request.body.unknownProperty}) is ignored by DigitalOcean, so the standalone fake logs
   * it and serves the request, while tests fail on it (a misspelt field is a setting that never
   * takes effect).
   */
  public boolean refusedByDigitalOcean() {
    return KnownDeviations.refusedByDigitalOcean(key);
  }

  /**
   * One line (plus indented nested lines) for failure messages, e.g. {@code POST /v2/firewalls
   * (firewalls_create) [validation.request.body.schema.required] Object has missing required
   * properties (["name"])}.
   */
  @Override
  public String toString() {
    return method
        + " "
        + path
        + (operationId.isEmpty() ? "" : " (" + operationId + ")")
        + " ["
        + key
        + "] "
        + message;
  }
}
