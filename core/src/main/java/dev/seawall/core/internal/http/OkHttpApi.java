package dev.seawall.core.internal.http;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import dev.seawall.core.internal.json.Envelopes;
import dev.seawall.core.internal.json.JsonSupport;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** The {@link Api} over OkHttp: request building, envelopes, pagination and error mapping. */
public final class OkHttpApi implements Api, AutoCloseable {
  /** Largest page size DigitalOcean accepts. */
  public static final int MAX_PER_PAGE = 200;

  private static final MediaType JSON = MediaType.get("application/json");

  private final ClientSettings settings;
  private final OkHttpClient client;
  private final Transport transport;
  private final RetryingExecutor executor;
  private final SharedLimiters.Lease limiterLease;
  private final ErrorMapper errors;
  private final Moshi moshi = JsonSupport.moshi();
  private final AtomicBoolean closed = new AtomicBoolean();

  private OkHttpApi(ClientSettings settings) {
    this.settings = settings;
    this.client = HttpClients.create(settings);
    this.transport = new Transport(client, settings.credentials(), settings.userAgent());
    this.errors = new ErrorMapper(moshi, settings.credentials());
    this.limiterLease =
        SharedLimiters.lease(
            settings.credentials(),
            settings.clock(),
            List.of(
                new SlidingWindowLimiter.Window(
                    settings.requestsPerMinute(), Duration.ofMinutes(1)),
                new SlidingWindowLimiter.Window(settings.requestsPerHour(), Duration.ofHours(1))));
    this.executor =
        new RetryingExecutor(
            transport,
            limiterLease.limiter(),
            settings.retryPolicy(),
            settings.clock(),
            settings.sleeper(),
            errors,
            settings.baseUrl().toString());
  }

  /** Creates the API for the settings; no request is sent. */
  public static OkHttpApi create(ClientSettings settings) {
    return new OkHttpApi(settings);
  }

  @Override
  public <T> T call(ApiRequest request, String envelope, Type type) {
    Exchange exchange = prepare(request, request.query());
    return executor.execute(
        exchange, (result, attempts) -> decode(exchange, result, attempts, envelope, type), null);
  }

  @Override
  public void send(ApiRequest request) {
    Exchange exchange = prepare(request, request.query());
    executor.execute(
        exchange,
        (result, attempts) -> {
          result.discardBody();
          return Boolean.TRUE;
        },
        null);
  }

  @Override
  public <T> T create(
      ApiRequest request,
      String envelope,
      Type type,
      String resource,
      Supplier<Optional<T>> lookup) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(lookup, "lookup");
    Exchange exchange = prepare(request, request.query());
    return executor.execute(
        exchange,
        (result, attempts) -> decode(exchange, result, attempts, envelope, type),
        new LostCreateLookup<>(
            resource,
            request.operation().operationId(),
            lookup,
            settings.retryPolicy(),
            settings.clock(),
            settings.sleeper()));
  }

  @Override
  public <T> Optional<T> act(
      ApiRequest request, String envelope, Type type, BooleanSupplier goalHolds) {
    Objects.requireNonNull(goalHolds, "goalHolds");
    Exchange exchange = prepare(request, request.query());
    return executor.execute(
        exchange,
        (result, attempts) ->
            Optional.of(this.<T>decode(exchange, result, attempts, envelope, type)),
        new GoalCheck<T>(goalHolds));
  }

  @Override
  public <T> Page<T> page(
      ApiRequest request, String itemsKey, Type itemType, int page, int perPage) {
    if (page < 1) {
      throw new IllegalArgumentException("page is 1-based, was " + page);
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException("perPage must be 1.." + MAX_PER_PAGE + ", was " + perPage);
    }
    List<Map.Entry<String, String>> query = withoutPaging(request);
    query.add(Map.entry("page", Integer.toString(page)));
    query.add(Map.entry("per_page", Integer.toString(perPage)));
    return fetchPage(prepare(request, query), itemsKey, itemType);
  }

  @Override
  public <T> Stream<T> listAll(
      ApiRequest request, String itemsKey, Type itemType, Function<? super T, ?> id) {
    Objects.requireNonNull(id, "id");
    List<Map.Entry<String, String>> query = withoutPaging(request);
    query.add(Map.entry("per_page", Integer.toString(MAX_PER_PAGE)));
    Exchange first = prepare(request, query);
    ListAllSpliterator<T> pages =
        new ListAllSpliterator<>(
            request.operation().operationId(),
            first.url(),
            url -> fetchPage(new Exchange(first.operation(), url, null), itemsKey, itemType),
            id);
    return StreamSupport.stream(pages, false);
  }

  @Override
  public Moshi moshi() {
    return moshi;
  }

  /** HTTP requests sent so far, retries included. */
  public long requestCount() {
    return transport.requestCount();
  }

  /**
   * Releases connections and threads: idle pooled connections are closed at once and the
   * dispatcher's executor is shut down. Later requests fail with a {@link SeawallException} before
   * anything is sent. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      limiterLease.close();
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** The OkHttp client (for tests of this package). */
  OkHttpClient okHttpClient() {
    return client;
  }

  private <T> Page<T> fetchPage(Exchange exchange, String itemsKey, Type itemType) {
    return executor.execute(
        exchange,
        (result, attempts) -> {
          try {
            return Envelopes.<T>readPage(moshi, result.source(), itemsKey, itemType);
          } catch (IOException | JsonDataException e) {
            throw errors.unreadable(exchange, result, attempts, e);
          }
        },
        null);
  }

  private <T> T decode(
      Exchange exchange, HttpResult result, int attempts, String envelope, Type type) {
    try {
      return Envelopes.read(moshi, result.source(), envelope, type);
    } catch (IOException | JsonDataException e) {
      throw errors.unreadable(exchange, result, attempts, e);
    }
  }

  private Exchange prepare(ApiRequest request, List<Map.Entry<String, String>> query) {
    if (closed.get()) {
      throw new SeawallException(
          "This DigitalOcean client is closed; create a new one to send " + request);
    }
    HttpUrl url = settings.baseUrl().resolve(request.path(), query);
    return new Exchange(request.operation(), url, body(request));
  }

  private @Nullable RequestBody body(ApiRequest request) {
    Optional<Object> body = request.body();
    if (body.isEmpty()) {
      return null;
    }
    String json;
    try {
      json = moshi.adapter(Object.class).toJson(body.get());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Cannot serialise the request body of "
              + request
              + " ("
              + e.getClass().getSimpleName()
              + "); nothing was sent",
          e);
    }
    return RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON);
  }

  private static List<Map.Entry<String, String>> withoutPaging(ApiRequest request) {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    for (Map.Entry<String, String> parameter : request.query()) {
      if (!parameter.getKey().equals("page") && !parameter.getKey().equals("per_page")) {
        query.add(parameter);
      }
    }
    return query;
  }

  @Override
  public String toString() {
    return "OkHttpApi[" + settings.baseUrl() + "]";
  }
}
