package dev.seawall.core.internal.http;

import com.squareup.moshi.Moshi;
import dev.seawall.core.ApiException;
import dev.seawall.core.ConflictException;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.RateLimit;
import dev.seawall.core.RateLimitedException;
import dev.seawall.core.ServerException;
import dev.seawall.core.TransportException;
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.internal.json.Envelopes;
import dev.seawall.core.internal.json.Envelopes.ErrorBody;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns failed attempts into Seawall exceptions with readable messages: what failed ({@code
 * operationId METHOD /path}), the status, DigitalOcean's error id and message, the request id and
 * how to fix it. Messages never contain the token, a request body or a parser stack trace.
 */
final class ErrorMapper {
  private static final int MAX_SERVER_TEXT = 500;
  private static final String TOKENS_PAGE = "https://cloud.digitalocean.com/account/api/tokens";

  private final Moshi moshi;
  private final Credentials credentials;

  ErrorMapper(Moshi moshi, Credentials credentials) {
    this.moshi = moshi;
    this.credentials = credentials;
  }

  /** The exception for an error status. */
  ApiException fromResponse(Exchange exchange, HttpResult result, int attempts) {
    Optional<ErrorBody> error = Envelopes.readError(moshi, result.body());
    int status = result.status();
    String errorId = error.map(ErrorBody::id).orElse("");
    String requestId =
        error.map(ErrorBody::requestId).filter(id -> !id.isBlank()).orElse(result.requestId());
    StringBuilder message =
        new StringBuilder(exchange.describe()).append(" failed: ").append(status);
    if (error.isPresent()) {
      if (!errorId.isEmpty()) {
        message.append(' ').append(errorId);
      }
      if (!error.get().message().isBlank()) {
        message.append(": ").append(cap(error.get().message().strip()));
      }
    } else {
      message.append(" (").append(describeBody(result)).append(", not a DigitalOcean error)");
    }
    message.append(requestIdText(requestId));
    if (attempts > 1) {
      message.append(" after ").append(attempts).append(" attempts");
    }
    message.append('.').append(hint(exchange.operation(), status, result.rateLimit()));
    return create(
        new ApiException.Details(
            credentials.scrub(message.toString()),
            status,
            errorId,
            requestId,
            exchange.operation(),
            attempts,
            result.rateLimit()));
  }

  /** The exception for a successful status whose body is not the expected JSON. */
  ApiException unreadable(Exchange exchange, HttpResult result, int attempts, Exception cause) {
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    String message =
        exchange.describe()
            + " returned "
            + result.status()
            + " but the response could not be read: "
            + cap(reason)
            + " ("
            + describeBody(result)
            + ")"
            + requestIdText(result.requestId())
            + ". The response was truncated or is not the JSON this operation returns; retry,"
            + " and quote the request id to DigitalOcean support if it persists.";
    return new ApiException(
        new ApiException.Details(
            credentials.scrub(message),
            result.status(),
            "",
            result.requestId(),
            exchange.operation(),
            attempts,
            result.rateLimit()));
  }

  /** The exception for an I/O failure. */
  TransportException transport(Exchange exchange, SendFailure failure, int attempts, String base) {
    String detail = failure.io().getMessage();
    StringBuilder message =
        new StringBuilder(exchange.describe())
            .append(" could not be completed: ")
            .append(failure.io().getClass().getSimpleName());
    if (detail != null && !detail.isBlank()) {
      message.append(" (").append(cap(detail)).append(')');
    }
    message.append(" after ").append(attempts).append(attempts == 1 ? " attempt." : " attempts.");
    if (failure.permanent()) {
      message.append(
          " The TLS connection failed: the server's certificate is not trusted or it does not"
              + " offer TLS 1.2 or 1.3.");
    } else if (!failure.requestStarted()) {
      message
          .append(" The API could not be reached; check network access and DIGITALOCEAN_API_URL (")
          .append(base)
          .append(").");
    } else if (!exchange.method().idempotent()) {
      message.append(
          " The connection failed after the request was sent, so whether it took effect is"
              + " unknown; check the resource before trying again.");
    } else {
      message.append(" The connection failed while waiting for the response; retry later.");
    }
    return new TransportException(credentials.scrub(message.toString()), failure.io());
  }

  private static String hint(Operation operation, int status, RateLimit rateLimit) {
    return switch (status) {
      case 401 ->
          " The API token was refused: it is missing, malformed, expired or revoked."
              + " Create a new token at "
              + TOKENS_PAGE
              + " and set DIGITALOCEAN_TOKEN.";
      case 403 -> forbiddenHint(operation);
      case 404 -> " Check the id, and that the resource belongs to the token's team.";
      case 429 ->
          " The API rate limit is exhausted ("
              + rateLimit
              + "); slow down, lower DigitalOcean.Builder.requestsPerMinute or raise"
              + " RetryPolicy.maxAttempts.";
      default ->
          status >= 500
              ? " DigitalOcean had a server-side problem; retry later and quote the request id to"
                  + " DigitalOcean support if it persists."
              : "";
    };
  }

  private static String forbiddenHint(Operation operation) {
    if (operation.scopes().isEmpty()) {
      return " The token may not perform "
          + operation.operationId()
          + "; check the token's team role ("
          + operation.documentationUrl()
          + ").";
    }
    return " The token lacks a scope that "
        + operation.operationId()
        + " requires: "
        + String.join(", ", operation.scopes())
        + ". Create a custom-scoped token with at least these scopes at "
        + TOKENS_PAGE
        + " (see "
        + operation.documentationUrl()
        + ").";
  }

  private static ApiException create(ApiException.Details details) {
    Function<ApiException.Details, ApiException> type =
        switch (details.status()) {
          case 401 -> UnauthorizedException::new;
          case 403 -> ForbiddenException::new;
          case 404 -> NotFoundException::new;
          case 409 -> ConflictException::new;
          case 422 -> UnprocessableException::new;
          case 429 -> RateLimitedException::new;
          default -> details.status() >= 500 ? ServerException::new : ApiException::new;
        };
    return type.apply(details);
  }

  private static String describeBody(HttpResult result) {
    long size = result.bodySize();
    boolean complete = result.bodyComplete();
    if (size == 0 && complete) {
      return "empty body";
    }
    String type = result.contentType().isEmpty() ? "no content type" : result.contentType();
    return "body of " + (complete ? "" : "at least ") + size + " bytes, " + type;
  }

  private static String requestIdText(String requestId) {
    return requestId.isBlank() ? " (no request id)" : " (request id " + requestId + ")";
  }

  private static String cap(String text) {
    String single = text.replaceAll("[\\r\\n\\t]+", " ");
    return single.length() <= MAX_SERVER_TEXT ? single : single.substring(0, MAX_SERVER_TEXT) + "…";
  }
}
