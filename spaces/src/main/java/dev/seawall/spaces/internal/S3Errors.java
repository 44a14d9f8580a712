package dev.seawall.spaces.internal;

import dev.seawall.core.TransportException;
import dev.seawall.spaces.SpacesAccessDeniedException;
import dev.seawall.spaces.SpacesException;
import dev.seawall.spaces.SpacesNotFoundException;
import dev.seawall.spaces.SseCustomerKeyMismatchException;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.InsufficientDataException;
import io.minio.errors.InvalidResponseException;
import io.minio.errors.MinioException;
import io.minio.errors.ServerException;
import io.minio.messages.ErrorResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns MinIO failures into Seawall exceptions. MinIO exceptions carry HTTP traces with request
 * headers (SSE-C keys included), so they are never kept as causes: only status, S3 error code,
 * server message and request id are copied. I/O exceptions are kept as causes (their messages hold
 * no request data).
 */
public final class S3Errors {
  private S3Errors() {}

  /** What was being done, for messages. */
  public record Context(String operation, String bucket, String key, String accessKeyId) {
    /** The bucket, {@code bucket/key}, or the bucket list. */
    String target() {
      if (bucket.isEmpty()) {
        return "the bucket list";
      }
      return key.isEmpty() ? "bucket " + bucket : "object " + bucket + "/" + key;
    }
  }

  /**
   * The S3 error of a failure, if it is an error response.
   *
   * @param failure a failure from MinIO, possibly wrapped
   * @return the status and S3 error code
   */
  public static Optional<S3Error> errorOf(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof ErrorResponseException e) {
      ErrorResponse r = e.errorResponse();
      return Optional.of(
          new S3Error(
              e.response().code(),
              nonNull(r.code()),
              nonNull(r.message()),
              requestId(r.requestId(), e.response().header("x-amz-request-id"))));
    }
    return Optional.empty();
  }

  /** Status, code, server message and request id of an S3 error response. */
  public record S3Error(int status, String code, String message, String requestId) {}

  /**
   * Translates a failure.
   *
   * @param failure a failure from MinIO, possibly wrapped in completion exceptions
   * @param context what was being done
   * @return the exception to throw
   */
  public static RuntimeException translate(Throwable failure, Context context) {
    Throwable t = unwrap(failure);
    Optional<S3Error> error = errorOf(t);
    if (error.isPresent()) {
      return fromError(error.get(), context);
    }
    if (t instanceof ServerException e) {
      return new SpacesException(
          context.operation()
              + " on "
              + context.target()
              + " failed with HTTP "
              + e.statusCode()
              + "; retry later",
          e.statusCode(),
          "",
          "");
    }
    if (t instanceof InvalidResponseException) {
      return new SpacesException(
          context.operation()
              + " on "
              + context.target()
              + " got a response that is not S3 XML; check that the endpoint is an S3 endpoint",
          0,
          "",
          "");
    }
    if (t instanceof InsufficientDataException) {
      return new IllegalArgumentException(
          context.operation()
              + " on "
              + context.target()
              + ": the stream ended before the announced size was read");
    }
    if (t instanceof InterruptedIOException e) {
      return new TransportException(
          context.operation() + " on " + context.target() + " timed out: " + e.getMessage(), e);
    }
    if (t instanceof IOException e) {
      return new TransportException(
          context.operation() + " on " + context.target() + " failed: " + e.getMessage(), e);
    }
    if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
      return new IllegalArgumentException(
          context.operation() + " on " + context.target() + ": " + t.getMessage());
    }
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new TransportException(context.operation() + " was interrupted", (Exception) t);
    }
    return new SpacesException(
        context.operation()
            + " on "
            + context.target()
            + " failed ("
            + t.getClass().getSimpleName()
            + ")",
        0,
        "",
        "");
  }

  private static RuntimeException fromError(S3Error e, Context context) {
    String head =
        context.operation()
            + " on "
            + context.target()
            + " failed: HTTP "
            + e.status()
            + (e.code().isEmpty() ? "" : " " + e.code())
            + (e.message().isEmpty() ? "" : " (" + e.message() + ")");
    if (isSseCustomerKeyProblem(e)) {
      return new SseCustomerKeyMismatchException(
          head
              + "; the object is encrypted with a customer-provided key (SSE-C): pass the exact key"
              + " it was written with",
          e.status(),
          e.code(),
          e.requestId());
    }
    return switch (e.status()) {
      case 403 ->
          new SpacesAccessDeniedException(
              head
                  + "; this is a permissions problem of the access key "
                  + context.accessKeyId()
                  + ": give it a read or readwrite grant on bucket "
                  + context.bucket()
                  + " (SpacesKeyService), use the key of the bucket's owner, or check the"
                  + " signing region and clock",
              e.code(),
              e.requestId());
      case 404 ->
          new SpacesNotFoundException(
              head
                  + ("NoSuchBucket".equals(e.code())
                      ? "; create the bucket first (BucketService.create)"
                      : ""),
              e.code().isEmpty() ? "NotFound" : e.code(),
              e.requestId());
      default -> new SpacesException(head, e.status(), e.code(), e.requestId());
    };
  }

  private static boolean isSseCustomerKeyProblem(S3Error e) {
    if (e.status() != 400 && e.status() != 403) {
      return false;
    }
    String message = e.message().toLowerCase(Locale.ROOT);
    return message.contains("customer key")
        || message.contains("server side encryption")
        || message.contains("server-side encryption")
        || message.contains("sse-c");
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof MinioException
        && !(t instanceof ErrorResponseException)
        && !(t instanceof ServerException)
        && !(t instanceof InvalidResponseException)
        && !(t instanceof InsufficientDataException)
        && t.getCause() != null) {
      return unwrap(t.getCause());
    }
    return t;
  }

  private static String requestId(@Nullable String fromBody, @Nullable String fromHeader) {
    if (fromBody != null && !fromBody.isEmpty()) {
      return fromBody;
    }
    return fromHeader == null ? "" : fromHeader;
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
