package dev.seawall.core;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One DigitalOcean API operation: its {@code operationId}, HTTP method, path template and the
 * custom token scopes the official OpenAPI specification requires for it. Every service call goes
 * through exactly one {@code Operation}, so the scopes a run needs can be computed before anything
 * runs (see {@link Scopes#required}).
 *
 * @param operationId the operationId in the official spec, e.g. {@code firewalls_create}
 * @param method the HTTP method
 * @param pathTemplate the path template with {@code {name}} placeholders, e.g. {@code
 *     /v2/firewalls/{firewall_id}}
 * @param scopes the token scopes required, e.g. {@code firewall:create}; sorted, never null
 */
public record Operation(
    String operationId, HttpMethod method, String pathTemplate, SortedSet<String> scopes) {

  /** Validates and copies the components. */
  public Operation {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    if (!pathTemplate.startsWith("/")) {
      throw new IllegalArgumentException("pathTemplate must start with '/': " + pathTemplate);
    }
    scopes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
  }

  /** Creates an operation with the given scopes. */
  public static Operation of(
      String operationId, HttpMethod method, String pathTemplate, String... scopes) {
    return new Operation(operationId, method, pathTemplate, new TreeSet<>(Set.of(scopes)));
  }

  /** Link to this operation in the DigitalOcean API reference. */
  public String documentationUrl() {
    return "https://docs.digitalocean.com/reference/api/digitalocean/#operation/" + operationId;
  }

  @Override
  public String toString() {
    return operationId + " (" + method + " " + pathTemplate + ")";
  }
}
