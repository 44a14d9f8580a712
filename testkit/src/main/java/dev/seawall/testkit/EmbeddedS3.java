package dev.seawall.testkit;

import dev.seawall.testkit.internal.LoopbackTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import org.jspecify.annotations.Nullable;

/**
 * A real S3 server on loopback for tests and offline rehearsals: <a
 * href="https://github.com/gaul/s3proxy">s3proxy</a> 4.1.0 with the in-memory {@code
 * transient-nio2} backend (it enforces SigV4, presigned-URL expiry, SSE-C, ACLs and versioning),
 * run as a separate process from its self-contained {@code jar-with-dependencies}, so its
 * dependencies never join the caller's class path.
 *
 * <pre>{@code
 * try (EmbeddedS3 s3 = EmbeddedS3.start()) {          // jar from -Dseawall.s3proxyJar
 *   Spaces spaces = Spaces.builder()
 *       .credentials(SpacesCredentials.of(s3.accessKeyId(), s3.secretAccessKey()))
 *       .httpClient(s3.httpClient())
 *       .build();
 *   BucketSpec.builder().name("b").region("nyc3").endpoint(SpacesEndpoint.of(s3.endpoint()));
 * }
 * }</pre>
 *
 * <p>The server listens on {@code https://127.0.0.1:<random port>} (SSE-C requires HTTPS) with a
 * self-signed certificate for {@code 127.0.0.1} and {@code localhost}, made per start in-process
 * (okhttp-tls {@code HeldCertificate}; s3proxy reads it from an owner-only PKCS12 keystore in the
 * working directory); clients trust it through {@link #httpClient()}, {@link #sslSocketFactory()}
 * and {@link #trustManager()} (nothing is added to the JVM's default trust). Access key and secret
 * are generated per start. Readiness is detected from s3proxy's log line, never by sleeping; the
 * log is not forwarded (only its tail appears in the error of a failed start). {@link #close()}
 * stops the process and deletes its working directory.
 *
 * <p>Add the jar to a build with {@code maven-dependency-plugin:copy} of {@code
 * org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies} and pass its path in the system property
 * {@value #JAR_PROPERTY}.
 */
public final class EmbeddedS3 implements AutoCloseable {
  /** The system property holding the path of the s3proxy jar-with-dependencies: {@value}. */
  public static final String JAR_PROPERTY = "seawall.s3proxyJar";

  /**
   * The system property holding the maximum heap of the s3proxy process, in the form of {@code
   * -Xmx} ({@code 512m}, {@code 2g}): {@value}. Default {@value #DEFAULT_MAX_HEAP}. Its in-memory
   * store holds every object and multipart part and gives memory back slowly, so several uploads of
   * N MiB need several times N MiB (the Spaces benchmark gives it 8 × N).
   */
  public static final String MAX_HEAP_PROPERTY = "seawall.s3proxyMaxHeap";

  /** The maximum heap of the s3proxy process unless {@value #MAX_HEAP_PROPERTY} says otherwise. */
  public static final String DEFAULT_MAX_HEAP = "512m";

  /** How long {@link #start} waits for s3proxy to report that it serves: 90 seconds. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private static final String ALIAS = "s3proxy";

  private final Process process;
  private final Path directory;
  private final String endpoint;
  private final String plainHttpEndpoint;
  private final String accessKeyId;
  private final String secretAccessKey;
  private final X509Certificate certificate;
  private final X509TrustManager trustManager;
  private final SSLSocketFactory sslSocketFactory;
  private final Thread shutdownHook;
  private volatile @Nullable OkHttpClient httpClient;

  private EmbeddedS3(
      Process process,
      Path directory,
      String endpoint,
      String plainHttpEndpoint,
      String accessKeyId,
      String secretAccessKey,
      X509Certificate certificate,
      X509TrustManager trustManager,
      SSLSocketFactory sslSocketFactory,
      Thread shutdownHook) {
    this.process = process;
    this.directory = directory;
    this.endpoint = endpoint;
    this.plainHttpEndpoint = plainHttpEndpoint;
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.certificate = certificate;
    this.trustManager = trustManager;
    this.sslSocketFactory = sslSocketFactory;
    this.shutdownHook = shutdownHook;
  }

  /**
   * Starts s3proxy from the jar named by the system property {@value #JAR_PROPERTY}, with a new
   * temporary working directory.
   *
   * @throws IllegalStateException if the property is unset or the file is missing (the message says
   *     how to provide it), or s3proxy does not start within {@link #START_TIMEOUT}
   */
  public static EmbeddedS3 start() {
    String jar = System.getProperty(JAR_PROPERTY, "");
    if (jar.isBlank()) {
      throw new IllegalStateException(
          "The s3proxy jar is not configured: set -D"
              + JAR_PROPERTY
              + "=<path of org.gaul:s3proxy:4.1.0:jar-with-dependencies>, e.g. copied to"
              + " target/s3proxy/s3proxy.jar by maven-dependency-plugin");
    }
    try {
      return start(Path.of(jar), Files.createTempDirectory("seawall-s3-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a working directory for s3proxy", e);
    }
  }

  /**
   * Starts s3proxy.
   *
   * @param jar the s3proxy 4.1.0 jar-with-dependencies
   * @param workDirectory a directory for the keystore, configuration and data; created if missing,
   *     deleted by {@link #close()}
   * @throws IllegalStateException if the jar is missing, or s3proxy does not start within {@link
   *     #START_TIMEOUT}
   */
  public static EmbeddedS3 start(Path jar, Path workDirectory) {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(workDirectory, "workDirectory");
    maxHeap(); // a malformed setting fails before anything starts
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "s3proxy jar not found at "
              + jar.toAbsolutePath()
              + "; build the module with Maven first (maven-dependency-plugin copies"
              + " org.gaul:s3proxy:4.1.0:jar-with-dependencies there)");
    }
    try {
      Path dir = Files.createDirectories(workDirectory).toAbsolutePath();
      restrict(dir, "rwx------");
      SecureRandom random = new SecureRandom();
      String storePassword = HexFormat.of().formatHex(random.generateSeed(16));
      Path keystore = dir.resolve("keystore.p12");
      LoopbackTls tls = LoopbackTls.create();
      tls.writeKeystore(keystore, ALIAS, storePassword.toCharArray());
      HandshakeCertificates trust = tls.clientCertificates();

      int port = freePort();
      int plainPort = freePort();
      String accessKeyId =
          "DO00" + HexFormat.of().formatHex(random.generateSeed(8)).toUpperCase(Locale.ROOT);
      String secret = Base64.getEncoder().withoutPadding().encodeToString(random.generateSeed(30));
      Path properties = dir.resolve("s3proxy.properties");
      Files.writeString(properties, "");
      restrict(properties, "rw-------");
      Files.writeString(
          properties,
          String.join(
              "\n",
              "s3proxy.secure-endpoint=https://127.0.0.1:" + port,
              "s3proxy.endpoint=http://127.0.0.1:" + plainPort,
              "s3proxy.keystore-path=" + keystore,
              "s3proxy.keystore-password=" + storePassword,
              "s3proxy.authorization=aws-v4",
              "s3proxy.identity=" + accessKeyId,
              "s3proxy.credential=" + secret,
              "jclouds.provider=transient-nio2",
              "jclouds.identity=unused",
              "jclouds.credential=unused",
              "jclouds.filesystem.basedir=" + dir.resolve("data"),
              ""));
      Process process =
          new ProcessBuilder(
                  javaTool("java"),
                  "-Xmx" + maxHeap(),
                  "-jar",
                  jar.toAbsolutePath().toString(),
                  "--properties",
                  properties.toString())
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .start();
      Thread hook = new Thread(process::destroyForcibly, "embedded-s3-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        awaitStarted(process);
      } catch (RuntimeException e) {
        process.destroyForcibly();
        Runtime.getRuntime().removeShutdownHook(hook);
        deleteTree(dir);
        throw e;
      }
      return new EmbeddedS3(
          process,
          dir,
          "https://127.0.0.1:" + port,
          "http://127.0.0.1:" + plainPort,
          accessKeyId,
          secret,
          tls.certificate(),
          trust.trustManager(),
          trust.sslSocketFactory(),
          hook);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start s3proxy", e);
    }
  }

  /**
   * The {@value #MAX_HEAP_PROPERTY} setting, or {@value #DEFAULT_MAX_HEAP}.
   *
   * @throws IllegalArgumentException if it is not a number of bytes with an optional {@code k},
   *     {@code m} or {@code g}
   */
  static String maxHeap() {
    String heap = System.getProperty(MAX_HEAP_PROPERTY, DEFAULT_MAX_HEAP).strip();
    if (!heap.matches("[1-9][0-9]{0,9}[kKmMgG]?")) {
      throw new IllegalArgumentException(
          MAX_HEAP_PROPERTY
              + " must be a heap size such as 512m or 2g (as for -Xmx), was '"
              + heap
              + "'");
    }
    return heap;
  }

  /** The HTTPS endpoint, {@code https://127.0.0.1:<port>} (no trailing slash). */
  public String endpoint() {
    return endpoint;
  }

  /**
   * The plain HTTP endpoint on loopback, {@code http://127.0.0.1:<port>}: only for tests that check
   * how a client treats plain HTTP (Seawall accepts it on loopback only, SW-SP-007).
   */
  public String plainHttpEndpoint() {
    return plainHttpEndpoint;
  }

  /** The access key id the server accepts (generated per start; not a secret). */
  public String accessKeyId() {
    return accessKeyId;
  }

  /** The secret access key the server accepts (generated per start). Never log it. */
  public String secretAccessKey() {
    return secretAccessKey;
  }

  /** The server's self-signed certificate. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The server's certificate in PEM form, to trust it from another process. */
  public String certificatePem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A trust manager that trusts only the server's certificate. */
  public X509TrustManager trustManager() {
    return trustManager;
  }

  /** A socket factory whose TLS trusts only the server's certificate. */
  public SSLSocketFactory sslSocketFactory() {
    return sslSocketFactory;
  }

  /**
   * An OkHttp client that trusts only the server's certificate, e.g. for {@code
   * Spaces.builder().httpClient(...)}. Shared; {@link #close()} shuts its threads down.
   */
  public OkHttpClient httpClient() {
    OkHttpClient client = httpClient;
    if (client == null) {
      synchronized (this) {
        client = httpClient;
        if (client == null) {
          client =
              new OkHttpClient.Builder().sslSocketFactory(sslSocketFactory, trustManager).build();
          httpClient = client;
        }
      }
    }
    return client;
  }

  /** Whether the s3proxy process is running. */
  public boolean isRunning() {
    return process.isAlive();
  }

  /**
   * Stops s3proxy, releases the threads and connections of {@link #httpClient()} and deletes the
   * working directory (keystore, configuration). Idempotent.
   */
  @Override
  public void close() {
    OkHttpClient client = httpClient;
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
    deleteTree(directory);
  }

  /** Shows the endpoint and access key id, never the secret. */
  @Override
  public String toString() {
    return "EmbeddedS3[" + endpoint + ", accessKeyId=" + accessKeyId + "]";
  }

  /** Waits until s3proxy logs that its server started, reading its output (never sleeping). */
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
                // the process ended; the waiter notices
              }
            },
            "embedded-s3-output");
    reader.setDaemon(true);
    reader.start();
    boolean ready;
    try {
      ready = started.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting s3proxy", e);
    }
    if (!ready || !process.isAlive()) {
      List<String> lines;
      synchronized (tail) {
        lines = List.copyOf(tail);
      }
      throw new IllegalStateException(
          "s3proxy did not start within "
              + START_TIMEOUT.toSeconds()
              + " s; last output:\n"
              + String.join("\n", lines));
    }
  }

  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void restrict(Path path, String permissions) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedS3::deleteQuietly);
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort
    }
  }
}
