package dev.seawall.testkit;

import java.time.Instant;

/**
 * One request a {@link FakeDigitalOcean} received, for assertions ("exactly one create"). Headers
 * are not kept, so no token is ever stored.
 *
 * @param requestId the {@code x-request-id} the fake answered with
 * @param method the HTTP method
 * @param path the encoded path, e.g. {@code /v2/firewalls/abc}
 * @param query the encoded query without {@code ?}, {@code ""} for none
 * @param operationId the routed operation's id, {@code ""} when no route matched
 * @param body the request body, {@code ""} for none
 * @param status the status the fake answered with
 * @param delivered false when the fake dropped the connection instead of answering (see {@link
 *     FakeDigitalOcean#disconnectNext})
 * @param receivedAt when the fake received it, on the fake's clock
 */
public record FakeCall(
    String requestId,
    String method,
    String path,
    String query,
    String operationId,
    String body,
    int status,
    boolean delivered,
    Instant receivedAt) {

  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : "?" + query)
        + (operationId.isEmpty() ? "" : " (" + operationId + ")")
        + " -> "
        + (delivered ? String.valueOf(status) : status + " (connection dropped)");
  }
}
