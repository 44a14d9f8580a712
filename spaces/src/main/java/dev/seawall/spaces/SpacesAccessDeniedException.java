package dev.seawall.spaces;

/**
 * Spaces answered 403: the access key is not allowed to do this on this bucket (it lacks a grant,
 * or the bucket belongs to another account), or a signature or presigned URL was refused. The
 * message names the access key id (never the secret) and the grant that is missing.
 */
public class SpacesAccessDeniedException extends SpacesException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused and how to fix it; never a secret
   * @param errorCode the S3 error code, usually {@code AccessDenied}
   * @param requestId the {@code x-amz-request-id}; empty if none
   */
  public SpacesAccessDeniedException(String message, String errorCode, String requestId) {
    super(message, 403, errorCode, requestId);
  }
}
