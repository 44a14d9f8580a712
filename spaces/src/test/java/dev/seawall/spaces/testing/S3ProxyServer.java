package dev.seawall.spaces.testing;

import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A real S3 server for tests: s3proxy 4.1.0 with the {@code transient-nio2} (in-memory) backend,
 * started once per test JVM as a separate process from its self-contained jar (its dependencies
 * never join our classpath). It serves HTTPS on 127.0.0.1 with a certificate generated per run, and
 * plain HTTP on another port; SigV4 credentials are generated per run. The jar path comes from the
 * system property {@code seawall.s3proxyJar} (set by the module's pom).
 */
public final class S3ProxyServer {
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

  /** A new, unused bucket name. */
  public String newBucketName(String prefix) {
    return prefix + "-" + runId + "-" + BUCKETS.incrementAndGet();
  }

  /** A reference to a (new) bucket on the HTTPS endpoint. */
  public BucketRef newBucket(String prefix) {
    return BucketRef.of(newBucketName(prefix), "nyc3", httpsEndpoint);
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
    return spaces.buckets().create(bucketSpec(newBucket(prefix)).build()).ref();
  }

  private static S3ProxyServer start() {
    String jar = System.getProperty("seawall.s3proxyJar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "s3proxy jar not found (system property seawall.s3proxyJar="
              + jar
              + "); run the tests with Maven, which copies it to target/s3proxy/");
    }
    try {
      SecureRandom random = new SecureRandom();
      String runId = HexFormat.of().formatHex(random.generateSeed(3));
      Path dir = Files.createTempDirectory(Path.of("target"), "s3proxy-");
      HeldCertificate certificate =
          new HeldCertificate.Builder()
              .commonName("localhost")
              .addSubjectAlternativeName("127.0.0.1")
              .addSubjectAlternativeName("localhost")
              .duration(1, TimeUnit.DAYS)
              .build();
      String storePassword = HexFormat.of().formatHex(random.generateSeed(16));
      Path keystore = dir.resolve("keystore.p12");
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "s3proxy",
          certificate.keyPair().getPrivate(),
          storePassword.toCharArray(),
          new Certificate[] {certificate.certificate()});
      try (OutputStream out = Files.newOutputStream(keystore)) {
        store.store(out, storePassword.toCharArray());
      }
      int httpsPort = freePort();
      int httpPort = freePort();
      SpacesCredentials credentials =
          SpacesCredentials.of(
              "DO00" + HexFormat.of().formatHex(random.generateSeed(8)).toUpperCase(),
              HexFormat.of().formatHex(random.generateSeed(20)));
      Path properties = dir.resolve("s3proxy.properties");
      Files.writeString(
          properties,
          String.join(
              "\n",
              "s3proxy.secure-endpoint=https://127.0.0.1:" + httpsPort,
              "s3proxy.endpoint=http://127.0.0.1:" + httpPort,
              "s3proxy.keystore-path=" + keystore.toAbsolutePath(),
              "s3proxy.keystore-password=" + storePassword,
              "s3proxy.authorization=aws-v4",
              "s3proxy.identity=" + credentials.accessKeyId(),
              "s3proxy.credential=" + credentials.secretAccessKey(),
              "jclouds.provider=transient-nio2",
              "jclouds.identity=unused",
              "jclouds.credential=unused",
              "jclouds.filesystem.basedir=" + dir.resolve("data").toAbsolutePath(),
              ""));
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-jar",
                  jar,
                  "--properties",
                  properties.toAbsolutePath().toString())
              .redirectErrorStream(true)
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      awaitStarted(process);
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder()
              .addTrustedCertificate(certificate.certificate())
              .build();
      return new S3ProxyServer(
          SpacesEndpoint.of("https://127.0.0.1:" + httpsPort),
          SpacesEndpoint.of("http://127.0.0.1:" + httpPort),
          credentials,
          trust,
          certificate.certificatePem(),
          runId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until s3proxy logs that its server started (reading its output, not sleeping). */
  private static void awaitStarted(Process process) {
    CountDownLatch started = new CountDownLatch(1);
    Deque<String> tail = new ArrayDeque<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 40) {
                      tail.removeFirst();
                    }
                  }
                  if (line.contains("Started") && line.contains("Server@")) {
                    started.countDown();
                  }
                }
              } catch (IOException e) {
                // process ended
              }
            },
            "s3proxy-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!started.await(90, TimeUnit.SECONDS) || !process.isAlive()) {
        process.destroy();
        List<String> lines;
        synchronized (tail) {
          lines = List.copyOf(tail);
        }
        throw new IllegalStateException(
            "s3proxy did not start; last output:\n" + String.join("\n", lines));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IllegalStateException("interrupted while starting s3proxy", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
