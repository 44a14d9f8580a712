package dev.seawall.testkit.internal;

import dev.seawall.testkit.ContractViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DigitalOcean-shaped error bodies: {@code {"id":..., "message":..., "request_id":...}}. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** The DigitalOcean error {@code id} for an HTTP status, e.g. {@code not_found} for 404. */
  public static String idFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 412 -> "precondition_failed";
      case 422 -> "unprocessable_entity";
      case 429 -> "too_many_requests";
      case 500 -> "server_error";
      case 502 -> "bad_gateway";
      case 503 -> "service_unavailable";
      case 504 -> "gateway_timeout";
      default -> status >= 500 ? "server_error" : "error";
    };
  }

  /** A message like the one DigitalOcean sends for a status. */
  public static String messageFor(int status) {
    return switch (status) {
      case 400 -> "The request was malformed.";
      case 401 -> "Unable to authenticate you.";
      case 403 -> "You are not authorized to perform this operation.";
      case 404 -> "The resource you were accessing could not be found.";
      case 409 -> "The request conflicts with the current state of the resource.";
      case 422 -> "The request could not be processed.";
      case 429 -> "API Rate limit exceeded.";
      case 503 -> "The service is temporarily unavailable.";
      default -> status >= 500 ? "Server was unable to give you a response." : "Request failed.";
    };
  }

  /** The error object as a JSON-ready map. */
  public static Map<String, Object> body(String id, String message, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("message", message);
    body.put("request_id", requestId);
    return body;
  }

  /**
   * The status DigitalOcean answers a request with these violations: {@code 404} for a path it does
   * not serve, {@code 405} for a method the path does not allow, {@code 401} for missing
   * credentials, {@code 422} for a JSON body that parses but does not fit the operation's schema,
   * and {@code 400} for everything else (malformed JSON, parameters, content type).
   *
   * @param violations at least one violation
   */
  public static int statusFor(List<ContractViolation> violations) {
    int status = 422;
    for (ContractViolation violation : violations) {
      int candidate = statusFor(violation.key());
      if (rank(candidate) < rank(status)) {
        status = candidate;
      }
    }
    return status;
  }

  private static int statusFor(String key) {
    if (key.equals("validation.request.path.missing")) {
      return 404;
    }
    if (key.equals("validation.request.operation.notAllowed")) {
      return 405;
    }
    if (key.startsWith("validation.request.security")) {
      return 401;
    }
    boolean schema =
        key.startsWith("validation.request.body.schema")
            && !key.equals("validation.request.body.schema.invalidJson");
    return schema || key.equals(UnknownProperties.KEY) ? 422 : 400;
  }

  /** The precedence of a status: routing first, then authentication, then the request's form. */
  private static int rank(int status) {
    return switch (status) {
      case 404 -> 0;
      case 405 -> 1;
      case 401 -> 2;
      case 400 -> 3;
      default -> 4;
    };
  }

  /** The message of the 400 answered to a request that violates the specification. */
  public static String contractMessage(List<ContractViolation> violations) {
    return "Seawall testkit: the request does not match the official DigitalOcean OpenAPI spec ("
        + violations.size()
        + " violation(s)): "
        + violations.stream()
            .map(v -> "[" + v.key() + "] " + v.message().replace('\n', ' '))
            .collect(Collectors.joining("; "));
  }
}
