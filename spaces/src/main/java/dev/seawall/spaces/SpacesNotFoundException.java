package dev.seawall.spaces;

/**
 * Spaces answered 404: the bucket ({@code NoSuchBucket}) or object ({@code NoSuchKey}) is not
 * there.
 */
public class SpacesNotFoundException extends SpacesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was not found
   * @param errorCode {@code NoSuchBucket}, {@code NoSuchKey} or {@code NoSuchVersion}
   * @param requestId the {@code x-amz-request-id}; empty if none
   */
  public SpacesNotFoundException(String message, String errorCode, String requestId) {
    super(message, 404, errorCode, requestId);
  }
}
