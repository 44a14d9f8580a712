package dev.seawall.testkit;

import dev.seawall.testkit.internal.ErrorBodies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link FakeHandler} answers: a status, an optional JSON body and extra headers. The fake
 * adds {@code Content-Type}, {@code x-request-id} and the rate-limit headers itself. Immutable.
 */
public final class FakeResponse {
  /** DigitalOcean's default {@code per_page}. */
  public static final int DEFAULT_PER_PAGE = 20;

  /** DigitalOcean's largest {@code per_page}. */
  public static final int MAX_PER_PAGE = 200;

  private final int status;
  private final @Nullable Object body;
  private final boolean hasBody;
  private final boolean error;
  private final Map<String, String> headers;

  private FakeResponse(
      int status,
      @Nullable Object body,
      boolean hasBody,
      boolean error,
      Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100-599: " + status);
    }
    this.status = status;
    this.body = body;
    this.hasBody = hasBody;
    this.error = error;
    this.headers = Map.copyOf(headers);
  }

  /** {@code status} with {@code body} serialised by {@link FakeJson#write}. */
  public static FakeResponse json(int status, Object body) {
    return new FakeResponse(status, Objects.requireNonNull(body, "body"), true, false, Map.of());
  }

  /** 200 OK with a JSON body, e.g. {@code ok(FakeJson.object("vpc", vpc))}. */
  public static FakeResponse ok(Object body) {
    return json(200, body);
  }

  /** 201 Created with a JSON body. */
  public static FakeResponse created(Object body) {
    return json(201, body);
  }

  /** 202 Accepted with a JSON body (DigitalOcean answers most deletes and actions this way). */
  public static FakeResponse accepted(Object body) {
    return json(202, body);
  }

  /** 202 Accepted without a body (DigitalOcean answers a database resize this way). */
  public static FakeResponse accepted() {
    return new FakeResponse(202, null, false, false, Map.of());
  }

  /** 204 No Content. */
  public static FakeResponse noContent() {
    return new FakeResponse(204, null, false, false, Map.of());
  }

  /**
   * A DigitalOcean-shaped error {@code {"id": ..., "message": ..., "request_id": ...}}; the fake
   * fills in {@code request_id}.
   */
  public static FakeResponse error(int status, String id, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("message", message);
    return new FakeResponse(status, body, true, true, Map.of());
  }

  /** A DigitalOcean-shaped error with the usual id and message for {@code status}. */
  public static FakeResponse error(int status) {
    return error(status, ErrorBodies.idFor(status), ErrorBodies.messageFor(status));
  }

  /**
   * One page of {@code items} the way DigitalOcean paginates: reads {@code page} (default 1) and
   * {@code per_page} (default {@value #DEFAULT_PER_PAGE}, at most {@value #MAX_PER_PAGE}) from the
   * request and answers {@code {itemsKey: [...], "links": {"pages": {...}}, "meta": {"total": n}}}.
   * {@code links.pages} holds absolute URLs ({@code first}/{@code prev} after page 1, {@code
   * next}/{@code last} before the last page) that keep the request's other query parameters; it is
   * empty when everything fits on one page.
   *
   * @throws FakeApiError 400 when {@code page} or {@code per_page} is not an integer
   */
  public static FakeResponse page(FakeRequest request, String itemsKey, List<?> items) {
    int perPage =
        Math.min(Math.max(request.queryInt("per_page", DEFAULT_PER_PAGE), 1), MAX_PER_PAGE);
    int page = Math.max(request.queryInt("page", 1), 1);
    int total = items.size();
    int lastPage = Math.max(1, (total + perPage - 1) / perPage);
    int from = Math.min((page - 1) * perPage, total);
    int to = Math.min(from + perPage, total);

    Map<String, Object> pages = new LinkedHashMap<>();
    if (page > 1) {
      pages.put("first", pageUrl(request.url(), 1, perPage));
      pages.put("prev", pageUrl(request.url(), Math.min(page - 1, lastPage), perPage));
    }
    if (page < lastPage) {
      pages.put("last", pageUrl(request.url(), lastPage, perPage));
      pages.put("next", pageUrl(request.url(), page + 1, perPage));
    }
    Map<String, Object> links = new LinkedHashMap<>();
    if (!pages.isEmpty()) {
      links.put("pages", pages);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(itemsKey, new ArrayList<>(items.subList(from, to)));
    body.put("links", links);
    body.put("meta", Map.of("total", (long) total));
    return ok(body);
  }

  /** A copy with one more response header (replacing one of the same name). */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new FakeResponse(status, body, hasBody, error, copy);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The JSON body, empty for bodiless responses such as 204. */
  public Optional<Object> body() {
    return hasBody ? Optional.ofNullable(body) : Optional.empty();
  }

  /** Whether this is a DigitalOcean-shaped error (the fake adds {@code request_id}). */
  public boolean isError() {
    return error;
  }

  /** Extra response headers. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "FakeResponse[" + status + "]";
  }

  private static String pageUrl(HttpUrl url, int page, int perPage) {
    return url.newBuilder()
        .setQueryParameter("page", String.valueOf(page))
        .setQueryParameter("per_page", String.valueOf(perPage))
        .build()
        .toString();
  }
}
