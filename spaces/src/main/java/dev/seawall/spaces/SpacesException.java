package dev.seawall.spaces;

import dev.seawall.core.SeawallException;

/**
 * An S3 request to Spaces failed with an error response. The message names the operation, the
 * bucket (and object key), the S3 error code and what to do; it never contains credentials, SSE-C
 * keys, signatures or request headers.
 */
public class SpacesException extends SeawallException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param message what failed and how to fix it; never a secret
   * @param status the HTTP status, or 0 if the failure happened before a response
   * @param errorCode the S3 error code such as {@code AccessDenied}; empty if none
   * @param requestId the {@code x-amz-request-id} of the response; empty if none
   */
  public SpacesException(String message, int status, String errorCode, String requestId) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.requestId = requestId;
  }

  /** The HTTP status of the response, or 0 if the failure happened before a response. */
  public int status() {
    return status;
  }

  /** The S3 error code, e.g. {@code AccessDenied}, {@code NoSuchKey}; empty if none was sent. */
  public String errorCode() {
    return errorCode;
  }

  /** The {@code x-amz-request-id} of the response, for support requests; empty if none. */
  public String requestId() {
    return requestId;
  }
}
