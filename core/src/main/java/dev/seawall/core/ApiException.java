package dev.seawall.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The DigitalOcean API answered with an error status. Carries the HTTP status, DigitalOcean's error
 * {@code id}, the request id (from the body or the {@code x-request-id} header), the operation, how
 * many attempts were made and the last rate-limit snapshot, all from one {@link Details}. The
 * message never contains the token or the request body.
 */
public class ApiException extends SeawallException {
  private static final long serialVersionUID = 1L;

  /** What the API answered. */
  private final Details details;

  /**
   * Creates an exception.
   *
   * @param details what the API answered, and the message
   */
  public ApiException(Details details) {
    super(details.message());
    this.details = details;
  }

  /** HTTP status code of the response. */
  public int status() {
    return details.status();
  }

  /** DigitalOcean's error {@code id} (e.g. {@code not_found}), if the body had one. */
  public Optional<String> errorId() {
    return nonEmpty(details.errorId());
  }

  /** The request id from the error body or the {@code x-request-id} header, if any. */
  public Optional<String> requestId() {
    return nonEmpty(details.requestId());
  }

  /** The operation that failed. */
  public Operation operation() {
    return details.operation();
  }

  /** How many times the request was sent, at least 1. */
  public int attempts() {
    return details.attempts();
  }

  /** The rate-limit snapshot of the last response. */
  public RateLimit rateLimit() {
    return details.rateLimit();
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Everything an {@link ApiException} (and each of its subclasses) carries: the one argument of
   * their constructors.
   *
   * @param message readable message: what failed and how to fix it; never the token, the request
   *     body or a secret
   * @param status HTTP status code
   * @param errorId DigitalOcean error id such as {@code not_found}; empty when unknown
   * @param requestId request id; empty when unknown
   * @param operation the operation that failed
   * @param attempts number of attempts made, at least 1
   * @param rateLimit rate-limit snapshot of the last response
   */
  public record Details(
      String message,
      int status,
      String errorId,
      String requestId,
      Operation operation,
      int attempts,
      RateLimit rateLimit) {
    /** Validates the components. */
    public Details {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(errorId, "errorId");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(rateLimit, "rateLimit");
    }
  }
}
