package dev.seawall.core;

import com.squareup.moshi.Moshi;
import java.lang.reflect.Type;
import java.util.Optional;
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
   * @param envelope the top-level key holding the result, e.g. {@code "firewall"}
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
   * Sends a POST that creates a resource, never blindly re-sending it. When the response is lost or
   * is a 5xx, {@code lookup} is asked whether the resource was created after all (by name or tag);
   * only if it was not, and the retry policy allows another attempt, is the POST sent again.
   *
   * @param request the create request
   * @param envelope the top-level key holding the result
   * @param type the result type
   * @param lookup finds the resource the request would have created; its exceptions propagate (with
   *     the original failure attached as suppressed)
   * @return the created (or found) resource
   * @throws ApiException for an error status; a 5xx only if the lookup found nothing and no attempt
   *     is left
   */
  <T> T create(ApiRequest request, String envelope, Type type, Supplier<Optional<T>> lookup);

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
