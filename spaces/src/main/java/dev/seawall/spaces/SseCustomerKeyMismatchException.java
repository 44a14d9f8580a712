package dev.seawall.spaces;

/**
 * An object is encrypted with a customer-provided key (SSE-C) and the request gave no key or a
 * different one. Spaces cannot decrypt it without the exact key it was written with.
 */
public class SseCustomerKeyMismatchException extends SpacesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which object and what to do; never the key
   * @param status the HTTP status (400 or 403 depending on the server)
   * @param errorCode the S3 error code
   * @param requestId the {@code x-amz-request-id}; empty if none
   */
  public SseCustomerKeyMismatchException(
      String message, int status, String errorCode, String requestId) {
    super(message, status, errorCode, requestId);
  }
}
