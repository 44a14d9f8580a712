package dev.seawall.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/** A minimal OkHttp client for testkit tests (the core client is not used here on purpose). */
final class Http {
  /** A token generated for this run: {@code dop_v1_} and 64 random hex digits. */
  static final String TOKEN = randomToken();

  private static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient CLIENT =
      new OkHttpClient.Builder()
          .retryOnConnectionFailure(false)
          .callTimeout(Duration.ofSeconds(20))
          .build();

  private Http() {}

  static String randomToken() {
    byte[] bytes = new byte[32];
    new java.security.SecureRandom().nextBytes(bytes);
    return "dop_v1_" + java.util.HexFormat.of().formatHex(bytes);
  }

  /** A received response. */
  record Reply(int status, Headers headers, String body) {}

  static Reply get(String url) {
    return send("GET", url, null, TOKEN);
  }

  static Reply post(String url, String json) {
    return send("POST", url, json, TOKEN);
  }

  static Reply send(String method, String url, @Nullable String json, @Nullable String token) {
    try {
      return sendOrThrow(method, url, json, token);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reply sendOrThrow(String method, String url, @Nullable String json, @Nullable String token)
      throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .method(method, json == null ? null : RequestBody.create(json, JSON));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      return new Reply(response.code(), response.headers(), body.string());
    }
  }
}
