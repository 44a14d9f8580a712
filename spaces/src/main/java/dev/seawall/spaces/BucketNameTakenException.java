package dev.seawall.spaces;

/**
 * The bucket name exists in Spaces but belongs to another account (bucket names are global), so it
 * cannot be created or adopted. Choose another name.
 */
public class BucketNameTakenException extends SpacesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which name is taken and what to do
   * @param requestId the {@code x-amz-request-id}; empty if none
   */
  public BucketNameTakenException(String message, String requestId) {
    super(message, 409, "BucketAlreadyExists", requestId);
  }
}
