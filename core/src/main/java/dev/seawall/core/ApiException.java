package dev.seawall.core;

import java.util.Optional;

/**
 * The DigitalOcean API answered with an error status. Carries the HTTP status, DigitalOcean's error
 * {@code id}, the request id (from the body or the {@code x-request-id} header), the operation, how
 * many attempts were made and the last rate-limit snapshot. The message never contains the token or
 * the request body.
 */
public class ApiException extends SeawallException {
  private static final long serialVersionUID = 1L;

  /** HTTP status code. */
  private final int status;

  /** DigitalOcean error id, empty when unknown. */
  private final String errorId;

  /** Request id, empty when unknown. */
  private final String requestId;

  /** The failed operation (not serialised). */
  private final transient Operation operation;

  /** Attempts made. */
  private final int attempts;

  /** Rate-limit snapshot of the last response. */
  private final RateLimit rateLimit;

  /**
   * Creates an exception.
   *
   * @param message readable message: what failed and how to fix it
   * @param status HTTP status code
   * @param errorId DigitalOcean error id such as {@code not_found}; empty when unknown
   * @param requestId request id; empty when unknown
   * @param operation the operation that failed
   * @param attempts number of attempts made, at least 1
   * @param rateLimit rate-limit snapshot of the last response
   */
  public ApiException(
      String message,
      int status,
      String errorId,
      String requestId,
      Operation operation,
      int attempts,
      RateLimit rateLimit) {
    super(message);
    this.status = status;
    this.errorId = errorId;
    this.requestId = requestId;
    this.operation = operation;
    this.attempts = attempts;
    this.rateLimit = rateLimit;
  }

  /** HTTP status code of the response. */
  public int status() {
    return status;
  }

  /** DigitalOcean's error {@code id} (e.g. {@code not_found}), if the body had one. */
  public Optional<String> errorId() {
    return errorId.isEmpty() ? Optional.empty() : Optional.of(errorId);
  }

  /** The request id from the error body or the {@code x-request-id} header, if any. */
  public Optional<String> requestId() {
    return requestId.isEmpty() ? Optional.empty() : Optional.of(requestId);
  }

  /** The operation that failed. */
  public Operation operation() {
    return operation;
  }

  /** How many times the request was sent, at least 1. */
  public int attempts() {
    return attempts;
  }

  /** The rate-limit snapshot of the last response. */
  public RateLimit rateLimit() {
    return rateLimit;
  }
}
