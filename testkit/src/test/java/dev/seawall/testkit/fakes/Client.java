package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** A raw HTTP client for the fakes' tests (JSON in, JSON tree out), with a test token. */
final class Client {
  static final String TOKEN = "dop_v1_" + "0123456789abcdef".repeat(4);

  private static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .retryOnConnectionFailure(false)
          .callTimeout(Duration.ofSeconds(20))
          .build();

  private final String base;

  Client(FakeDigitalOcean fake) {
    this.base = fake.url();
  }

  /** A received response: status and the body as a JSON tree (empty map without a body). */
  record Reply(int status, Map<String, Object> json) {
    @SuppressWarnings("unchecked")
    Map<String, Object> object(String key) {
      return (Map<String, Object>) json.get(key);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String key) {
      return (List<Map<String, Object>>) json.get(key);
    }
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  /** DELETE with a JSON body written with single quotes for readability. */
  Reply delete(String path, String json) {
    return send("DELETE", path, json.replace('\'', '"'));
  }

  /** POST with JSON written with single quotes for readability. */
  Reply post(String path, String json) {
    return send("POST", path, json.replace('\'', '"'));
  }

  Reply put(String path, String json) {
    return send("PUT", path, json.replace('\'', '"'));
  }

  @SuppressWarnings("unchecked")
  private Reply send(String method, String path, @Nullable String json) {
    Request request =
        new Request.Builder()
            .url(base + path)
            .header("Authorization", "Bearer " + TOKEN)
            .method(method, json == null ? null : RequestBody.create(json, JSON))
            .build();
    try (Response response = HTTP.newCall(request).execute()) {
      String body = response.body().string();
      Map<String, Object> tree =
          body.isEmpty() ? Map.of() : (Map<String, Object>) FakeJson.parse(body);
      return new Reply(response.code(), tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a JSON value as a long. */
  static long id(Object value) {
    return ((Number) value).longValue();
  }
}
