package dev.seawall.testkit;

import dev.seawall.testkit.internal.ErrorBodies;

/**
 * Thrown by a {@link FakeHandler} to answer with a DigitalOcean-shaped error body {@code {"id":
 * ..., "message": ..., "request_id": ...}}.
 */
public final class FakeApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, 400-599. */
  private final int status;

  /** The DigitalOcean error id. */
  private final String id;

  /**
   * An error with an explicit status, DigitalOcean error id and message.
   *
   * @param status the HTTP status, 400-599
   * @param id the error id, e.g. {@code not_found}
   * @param message the error message
   */
  public FakeApiError(int status, String id, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("error status must be 400-599: " + status);
    }
    this.status = status;
    this.id = id;
  }

  /**
   * An error with the id DigitalOcean uses for {@code status} (e.g. 422 {@code
   * unprocessable_entity}).
   */
  public static FakeApiError of(int status, String message) {
    return new FakeApiError(status, ErrorBodies.idFor(status), message);
  }

  /** 404 {@code not_found} with DigitalOcean's message. */
  public static FakeApiError notFound() {
    return of(404, ErrorBodies.messageFor(404));
  }

  /** 400 {@code bad_request}. */
  public static FakeApiError badRequest(String message) {
    return of(400, message);
  }

  /** 409 {@code conflict}. */
  public static FakeApiError conflict(String message) {
    return of(409, message);
  }

  /** 422 {@code unprocessable_entity}. */
  public static FakeApiError unprocessable(String message) {
    return of(422, message);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The DigitalOcean error id, e.g. {@code not_found}. */
  public String id() {
    return id;
  }
}
