package dev.seawall.spaces.testing;

import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketService;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.testkit.EmbeddedS3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;

/**
 * A real S3 server for tests: s3proxy 4.1.0 with the {@code transient-nio2} (in-memory) backend,
 * started once per test JVM through testkit's {@link EmbeddedS3} as a separate process (its
 * dependencies never join our classpath). It serves HTTPS on 127.0.0.1 with a certificate generated
 * per run, and plain HTTP on another port; SigV4 credentials are generated per run. The jar path
 * comes from the system property {@code seawall.s3proxyJar} (set by the module's pom).
 */
public final class S3ProxyServer {
  /** The signing region of every bucket on this server. */
  public static final String REGION = "nyc3";

  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private static volatile S3ProxyServer instance;

  private final SpacesEndpoint httpsEndpoint;
  private final SpacesEndpoint httpEndpoint;
  private final SpacesCredentials credentials;
  private final HandshakeCertificates clientCertificates;
  private final String certificatePem;
  private final OkHttpClient httpClient;
  private final String runId;

  private S3ProxyServer(
      SpacesEndpoint httpsEndpoint,
      SpacesEndpoint httpEndpoint,
      SpacesCredentials credentials,
      HandshakeCertificates clientCertificates,
      String certificatePem,
      String runId) {
    this.httpsEndpoint = httpsEndpoint;
    this.httpEndpoint = httpEndpoint;
    this.credentials = credentials;
    this.clientCertificates = clientCertificates;
    this.certificatePem = certificatePem;
    this.httpClient =
        new OkHttpClient.Builder()
            .sslSocketFactory(
                clientCertificates.sslSocketFactory(), clientCertificates.trustManager())
            .build();
    this.runId = runId;
  }

  /** The shared server, started on first use. */
  public static S3ProxyServer get() {
    S3ProxyServer s = instance;
    if (s == null) {
      synchronized (S3ProxyServer.class) {
        s = instance;
        if (s == null) {
          s = start();
          instance = s;
        }
      }
    }
    return s;
  }

  /** The HTTPS endpoint, {@code https://127.0.0.1:<port>}. */
  public SpacesEndpoint endpoint() {
    return httpsEndpoint;
  }

  /** The plain HTTP endpoint on loopback, {@code http://127.0.0.1:<port>}. */
  public SpacesEndpoint httpEndpoint() {
    return httpEndpoint;
  }

  /** The credentials s3proxy accepts (generated per run). */
  public SpacesCredentials credentials() {
    return credentials;
  }

  /** An OkHttp client that trusts the server's certificate and sends no credentials. */
  public OkHttpClient anonymousClient() {
    return httpClient;
  }

  /** The certificates a client needs to trust the server. */
  public HandshakeCertificates clientCertificates() {
    return clientCertificates;
  }

  /** The server certificate in PEM form, to trust it from another process. */
  public String certificatePem() {
    return certificatePem;
  }

  /** A {@link Spaces} client for this server with its credentials. */
  public Spaces spaces() {
    return Spaces.builder().credentials(credentials).httpClient(httpClient).build();
  }

  /** A {@link Spaces} client for this server whose requests {@code recorder} sees on the wire. */
  public Spaces spaces(RecordingInterceptor recorder) {
    return Spaces.builder()
        .credentials(credentials)
        .httpClient(httpClient.newBuilder().addNetworkInterceptor(recorder).build())
        .build();
  }

  /** A new, unused bucket name. */
  public String newBucketName(String prefix) {
    return prefix + "-" + runId + "-" + BUCKETS.incrementAndGet();
  }

  /** A reference to a (new) bucket on the HTTPS endpoint. */
  public BucketRef newBucket(String prefix) {
    return BucketRef.of(newBucketName(prefix), REGION, httpsEndpoint);
  }

  /** A spec for the bucket {@code ref} names, on its region and endpoint. */
  public static BucketSpec.Builder bucketSpec(BucketRef ref) {
    return BucketSpec.builder().name(ref.name()).region(ref.region()).endpoint(ref.endpoint());
  }

  /**
   * Creates a new bucket with the default (private, versioned) spec.
   *
   * @param spaces the client that creates it
   * @param prefix the start of its name
   * @return the created bucket's reference
   */
  public BucketRef createBucket(Spaces spaces, String prefix) {
    return buckets(spaces).create(bucketSpec(newBucket(prefix)).build()).ref();
  }

  /** The buckets of the HTTPS endpoint (region {@code nyc3}), managed with {@code spaces}. */
  public BucketService buckets(Spaces spaces) {
    return spaces.buckets(REGION, httpsEndpoint);
  }

  private static S3ProxyServer start() {
    String jar = System.getProperty(EmbeddedS3.JAR_PROPERTY);
    if (jar == null) {
      throw new IllegalStateException(
          "system property "
              + EmbeddedS3.JAR_PROPERTY
              + " is not set; run the tests with Maven, which copies s3proxy to target/s3proxy/");
    }
    try {
      String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
      Path dir = Files.createTempDirectory(Path.of("target"), "s3proxy-");
      EmbeddedS3 server = EmbeddedS3.start(Path.of(jar), dir);
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder().addTrustedCertificate(server.certificate()).build();
      return new S3ProxyServer(
          SpacesEndpoint.of(server.endpoint()),
          SpacesEndpoint.of(server.plainHttpEndpoint()),
          SpacesCredentials.of(server.accessKeyId(), server.secretAccessKey()),
          trust,
          server.certificatePem(),
          runId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
