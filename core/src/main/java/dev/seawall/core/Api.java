package dev.seawall.core;

import com.squareup.moshi.Moshi;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The low-level, typed gateway to the DigitalOcean API that Seawall's resource services use. It
 * applies authentication, the retry policy, the client-side rate limiter, logging with redaction
 * and error mapping. Obtain it from {@link DigitalOcean#api()}.
 *
 * <p>DigitalOcean wraps single resources in an envelope such as {@code {"firewall": {...}}}; the
 * {@code envelope} argument names that key. Each request performs one {@link Operation}; the token
 * needs that operation's {@linkplain Operation#scopes() scopes} (see {@link Scopes#required}), and
 * {@link Operation#documentationUrl()} links its API reference.
 *
 * <p>Errors, for every method: {@link ApiException} subclasses for error statuses (after the
 * retries the {@link RetryPolicy} allows), and also for a 2xx response whose body is not the
 * expected JSON (status and request id included); {@link TransportException} for I/O failures; a
 * {@link SeawallException} when the client is closed or the thread is interrupted (the interrupt
 * flag is set again). Implementations are thread-safe.
 */
public interface Api {

  /**
   * Sends a request and decodes the JSON object under {@code envelope}.
   *
   * @param request the request
   * @param envelope the top-level key holding the result, e.g. {@code "firewall"}; {@code ""} for
   *     an answer without an envelope (the whole document)
   * @param type the Java type to decode into (a class or a parameterised type)
   * @return the decoded value
   * @throws ApiException for an error status, or when the response has no {@code envelope} key
   */
  <T> T call(ApiRequest request, String envelope, Type type);

  /**
   * Sends a request whose response body is ignored (e.g. 204 No Content).
   *
   * @throws ApiException for an error status
   */
  void send(ApiRequest request);

  /**
   * Sends a POST that creates a resource, never sending it twice unless the first one provably
   * never reached the server (connection refused, failure before the request was written). When the
   * answer is lost or is a 5xx, the outcome is unknown: {@code lookup} is asked, with backoff, for
   * up to {@link RetryPolicy#outcomeLookupWindow()} whether the resource was created after all
   * (DigitalOcean's lists lag behind its writes), and the resource is adopted when it appears.
   *
   * @param request the create request
   * @param envelope the top-level key holding the result
   * @param type the result type
   * @param resource the resource for messages, e.g. {@code droplet 'web-1'} (no secrets)
   * @param lookup finds the resource the request would have created; its exceptions propagate (with
   *     the original failure attached as suppressed)
   * @return the created (or found) resource
   * @throws OutcomeUnknownException if the answer was lost and the resource did not appear within
   *     the window; a re-run of the same apply converges
   * @throws ApiException for an error status
   */
  <T> T create(
      ApiRequest request,
      String envelope,
      Type type,
      String resource,
      Supplier<Optional<T>> lookup);

  /**
   * Sends a POST that starts an action (attach, detach, resize...) whose goal Seawall can check.
   * When the answer is lost or is a 5xx, {@code goalHolds} is asked before anything is sent again:
   * if the goal holds, the action counts as done; otherwise it is retried under the {@link
   * RetryPolicy}. A {@code 409} or {@code 422} refusal (DigitalOcean refuses to detach a detached
   * volume) also counts as done when the goal holds.
   *
   * @param request the action request
   * @param envelope the top-level key holding the result, e.g. {@code "action"}
   * @param type the result type
   * @param goalHolds reads the current state and says whether the action's goal holds
   * @return the decoded answer, or empty when the goal held without one
   * @throws ApiException for an error status while the goal does not hold
   */
  <T> Optional<T> act(ApiRequest request, String envelope, Type type, BooleanSupplier goalHolds);

  /**
   * Fetches one page of a list operation.
   *
   * @param request the list request (without {@code page}/{@code per_page})
   * @param itemsKey the key of the array in the response, e.g. {@code "firewalls"}
   * @param itemType the element type
   * @param page 1-based page number
   * @param perPage items per page, 1..200
   * @return the page: its items, {@code meta.total} and the next link
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range (nothing is
   *     sent)
   */
  <T> Page<T> page(ApiRequest request, String itemsKey, Type itemType, int page, int perPage);

  /**
   * Lists every item of a list operation as a lazy stream that requests {@code per_page=200} pages
   * on demand, follows {@code links.pages.next}, drops an item whose id was already seen and fails
   * if the number of distinct items does not match {@code meta.total}.
   *
   * @param request the list request
   * @param itemsKey the key of the array in the response
   * @param itemType the element type
   * @param id extracts the identity used for de-duplication (must not return null)
   * @return a sequential stream; no request is sent until it is consumed, and a short-circuiting
   *     operation such as {@code findFirst()} stops requesting pages
   * @throws SeawallException (while the stream is consumed) when the distinct count differs from
   *     {@code meta.total}, or when a next link points back to a page already read, to another
   *     list, or follows a page that brought no new item
   */
  <T> Stream<T> listAll(
      ApiRequest request, String itemsKey, Type itemType, Function<? super T, ?> id);

  /** The Moshi instance used for request and response bodies. */
  Moshi moshi();
}
