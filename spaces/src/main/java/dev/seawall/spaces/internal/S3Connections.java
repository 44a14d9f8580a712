package dev.seawall.spaces.internal;

import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import io.minio.MinioAsyncClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The shared HTTP client and one MinIO client per endpoint and region, all signing with the same
 * Spaces credentials. Thread-safe.
 */
public final class S3Connections implements AutoCloseable {
  private final SpacesCredentials credentials;
  private final OkHttpClient http;
  private final Clock clock;
  private final boolean ownsHttpClient;
  private final Map<String, S3Client> clients = new ConcurrentHashMap<>();

  /**
   * Creates the connections.
   *
   * @param credentials the key that signs every request
   * @param base the OkHttp client to derive from (its TLS trust and proxy settings are kept), or
   *     {@code null} for a default one
   * @param clock the clock for presigning
   */
  public S3Connections(SpacesCredentials credentials, @Nullable OkHttpClient base, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ownsHttpClient = base == null;
    OkHttpClient.Builder builder =
        base != null
            ? base.newBuilder()
            : new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .readTimeout(Duration.ofMinutes(5))
                .writeTimeout(Duration.ofMinutes(5));
    this.http =
        builder
            // HTTPS with modern TLS only; cleartext is needed for loopback test servers, which
            // BucketRef is the only way to reach (it refuses http anywhere else, SW-SP-007).
            .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
            .followRedirects(false)
            .followSslRedirects(false)
            .addNetworkInterceptor(new S3RequestLog())
            .build();
  }

  /** The credentials. */
  public SpacesCredentials credentials() {
    return credentials;
  }

  /** The HTTP client (for unsigned probes). */
  public OkHttpClient http() {
    return http;
  }

  /** The clock for presigning. */
  public Clock clock() {
    return clock;
  }

  /**
   * The client for a bucket's endpoint and region.
   *
   * @param bucket the bucket
   * @return a cached client
   */
  public S3Client client(BucketRef bucket) {
    return client(bucket.endpoint(), bucket.region());
  }

  /**
   * The client for an endpoint and region (bucket listings).
   *
   * @param endpoint the endpoint
   * @param region the signing region
   * @return a cached client
   */
  public S3Client client(SpacesEndpoint endpoint, String region) {
    String cacheKey = endpoint.uri() + " " + region;
    return clients.computeIfAbsent(
        cacheKey,
        k ->
            new S3Client(
                MinioAsyncClient.builder()
                    .endpoint(endpointUrl(endpoint))
                    .region(region)
                    .credentials(credentials.accessKeyId(), credentials.secretAccessKey())
                    .httpClient(http, false)
                    .build()));
  }

  /**
   * The endpoint as an OkHttp URL.
   *
   * @param bucket the bucket
   * @return the endpoint URL without path
   */
  public static HttpUrl endpointUrl(BucketRef bucket) {
    return endpointUrl(bucket.endpoint());
  }

  private static HttpUrl endpointUrl(SpacesEndpoint endpoint) {
    return Objects.requireNonNull(HttpUrl.get(endpoint.uri()))
        .newBuilder()
        .encodedPath("/")
        .build();
  }

  /** Releases the connection pool of a client this object created; a supplied one is left open. */
  @Override
  public void close() {
    clients.clear();
    if (ownsHttpClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
