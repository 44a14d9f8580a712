package dev.seawall.spaces;

import dev.seawall.core.DigitalOcean;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketService;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.internal.DefaultBucketService;
import dev.seawall.spaces.internal.DefaultObjectService;
import dev.seawall.spaces.internal.DefaultPresigner;
import dev.seawall.spaces.internal.S3Connections;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.key.SpacesKeyService;
import dev.seawall.spaces.object.ObjectService;
import dev.seawall.spaces.presign.Presigner;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point to Spaces over the S3 API: buckets, objects and presigned URLs, signed with one
 * Spaces access key. Immutable, thread-safe, {@link AutoCloseable}.
 *
 * <pre>{@code
 * try (Spaces spaces = Spaces.builder().credentials(SpacesCredentials.fromEnvironment()).build()) {
 *   Bucket bucket = spaces.buckets("fra1").apply(
 *       BucketSpec.builder().name("acme-invoices").region("fra1").build()).resource();
 *   SseCustomerKey key = SseCustomerKey.generate(); // store it, e.g. in a secret manager
 *   spaces.objects(bucket.ref()).put(
 *       PutObjectSpec.builder().key("2024/04.pdf").sseCustomerKey(key).build(), pdfBytes);
 *   PresignedRequest link = spaces.presigner(bucket.ref())
 *       .presign(PresignSpec.get("2024/04.pdf").sseCustomerKey(key).build());
 * }
 * }</pre>
 *
 * <p>The S3 signing (SigV4) and transport come from the MinIO Java SDK on OkHttp. Spaces access
 * keys themselves are managed over the DigitalOcean API with {@link #keys(DigitalOcean)}.
 */
public final class Spaces implements AutoCloseable {
  private final S3Connections connections;

  private Spaces(Builder b) {
    this.connections =
        new S3Connections(
            Objects.requireNonNull(b.credentials, "credentials are required"),
            b.httpClient,
            b.clock);
  }

  /** A builder; {@link Builder#credentials(SpacesCredentials)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The access key id requests are signed with (not a secret). */
  public String accessKeyId() {
    return connections.credentials().accessKeyId();
  }

  /**
   * Creates, reads, converges, audits and deletes the buckets of a Spaces region, served by {@code
   * https://<region>.digitaloceanspaces.com}.
   *
   * @param region the region slug, e.g. {@code fra1}
   * @return the service for that region
   * @throws IllegalArgumentException if the region is not a lowercase slug
   */
  public BucketService buckets(String region) {
    return buckets(region, SpacesEndpoint.forRegion(Objects.requireNonNull(region, "region")));
  }

  /**
   * The buckets of an S3-compatible server (or a Spaces region given with its endpoint).
   *
   * @param region the signing region the server expects
   * @param endpoint the endpoint; https, or plain http on a loopback host only (SW-SP-007)
   * @return the service for that endpoint
   * @throws dev.seawall.core.policy.InvalidSpecException if the region or endpoint is refused
   */
  public BucketService buckets(String region, SpacesEndpoint endpoint) {
    return new DefaultBucketService(connections, region, endpoint);
  }

  /**
   * Reads and writes the objects of a bucket.
   *
   * @param bucket the bucket, e.g. {@code bucket.ref()} or {@code BucketRef.of("name", "nyc3")}
   * @return the service for that bucket
   */
  public ObjectService objects(BucketRef bucket) {
    return new DefaultObjectService(connections, Objects.requireNonNull(bucket, "bucket"));
  }

  /**
   * Signs presigned URLs for the objects of a bucket.
   *
   * @param bucket the bucket
   * @return the presigner for that bucket
   */
  public Presigner presigner(BucketRef bucket) {
    return new DefaultPresigner(connections, Objects.requireNonNull(bucket, "bucket"));
  }

  /**
   * The Spaces access keys of the account, managed over the DigitalOcean API.
   *
   * @param client the DigitalOcean client (its token needs the {@code spaces_key:*} scopes)
   * @return a service creating, listing, renaming and deleting keys
   */
  public static SpacesKeyService keys(DigitalOcean client) {
    return new SpacesKeyService(client);
  }

  /** Releases connections (only those of an HTTP client this object created). */
  @Override
  public void close() {
    connections.close();
  }

  @Override
  public String toString() {
    return "Spaces[accessKeyId=" + accessKeyId() + "]";
  }

  /** Builds a {@link Spaces} client. */
  public static final class Builder {
    private @Nullable SpacesCredentials credentials;
    private @Nullable OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The Spaces access key that signs every request (required).
     *
     * @param credentials e.g. {@link SpacesCredentials#fromEnvironment()}
     * @return this builder
     */
    public Builder credentials(SpacesCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * An OkHttp client to derive the S3 client from, to share its connection pool or to trust a
     * private CA (tests). Seawall still restricts TLS to modern cipher suites, disables redirects
     * and adds its own request log; it does not close a client it was given.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * The clock presigned URLs are signed with (default: the system UTC clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws NullPointerException if no credentials were given
     */
    public Spaces build() {
      return new Spaces(this);
    }
  }
}
