package dev.seawall.core.internal.http;

import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client: {@link ConnectionSpec#MODERN_TLS} only (TLS 1.2/1.3 with strong
 * ciphers), plus cleartext solely for a loopback {@code http://} base URL; no redirects (a redirect
 * could carry the token elsewhere); no silent OkHttp retries (the {@link RetryingExecutor} decides
 * what is resent); the redacting {@link LoggingInterceptor}.
 */
final class HttpClients {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private HttpClients() {}

  static OkHttpClient create(ClientSettings settings) {
    List<ConnectionSpec> specs =
        settings.baseUrl().cleartext()
            ? List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)
            : List.of(ConnectionSpec.MODERN_TLS);
    return new OkHttpClient.Builder()
        .connectionSpecs(specs)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(READ_TIMEOUT)
        .callTimeout(settings.callTimeout())
        .eventListenerFactory(SendTracker.FACTORY)
        .addNetworkInterceptor(new LoggingInterceptor())
        .build();
  }
}
