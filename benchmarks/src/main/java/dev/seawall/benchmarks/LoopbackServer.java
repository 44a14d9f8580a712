package dev.seawall.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The server the request and listing benchmarks talk to, run in a child JVM so that its CPU time
 * and allocation are not counted in the benchmark's {@code -prof gc} numbers: a MockWebServer on
 * {@code 127.0.0.1} that answers {@code GET /v2/droplets/{id}} with {@link Fixtures#DROPLET},
 * {@code GET /v2/firewalls/{id}} with {@link Fixtures#FIREWALL} and {@code GET /v2/droplets?page=N}
 * with page N of a listing of {@code --total} droplets, with DigitalOcean's rate-limit headers.
 * Sockets send at once ({@code TCP_NODELAY}).
 *
 * <p>{@code java ... LoopbackServer [--https] [--total N]} prints one line {@code LISTENING <url>
 * [<truststore.p12>]} and serves until its standard input closes. With {@code --https} it presents
 * a fresh self-signed certificate (okhttp-tls) and writes a PKCS12 trust store holding only that
 * certificate (password {@link #TRUST_STORE_PASSWORD}).
 */
public final class LoopbackServer {
  /** Password of the trust store written with {@code --https}. */
  public static final String TRUST_STORE_PASSWORD = "benchmarks";

  private LoopbackServer() {}

  /** Runs the server; see the class comment. */
  public static void main(String[] args) throws Exception {
    boolean https = false;
    int total = 10_000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--https" -> https = true;
        case "--total" -> total = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelay());
    String trustStore = "";
    if (https) {
      HeldCertificate held =
          new HeldCertificate.Builder()
              .commonName("localhost")
              .addSubjectAlternativeName("127.0.0.1")
              .addSubjectAlternativeName("localhost")
              .ecdsa256()
              .duration(1, TimeUnit.DAYS)
              .build();
      // HTTP/1.1 on both schemes, so http and https differ by TLS only.
      server.setProtocols(List.of(Protocol.HTTP_1_1));
      server.useHttps(
          new HandshakeCertificates.Builder().heldCertificate(held).build().sslSocketFactory());
      Path file = Files.createTempFile("seawall-bench-trust", ".p12");
      file.toFile().deleteOnExit();
      writeTrustStore(held, file);
      trustStore = " " + file;
    }
    AtomicLong served = new AtomicLong();
    Pages pages = new Pages(total);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            served.incrementAndGet();
            return answer(request, pages);
          }
        });
    server.start(InetAddress.getLoopbackAddress(), 0);
    String url = server.url("/").toString();
    pages.baseUrl = url.substring(0, url.length() - 1);
    Thread drain = new Thread(() -> drain(server), "drain-recorded-requests");
    drain.setDaemon(true);
    drain.start();
    System.out.println("LISTENING " + pages.baseUrl + trustStore);
    System.out.flush();
    // Serve until the parent closes our standard input (or dies).
    while (System.in.read() >= 0) {
      // keep serving
    }
    server.close();
  }

  /** MockWebServer keeps every request it served; drop them so a long run keeps a flat heap. */
  private static void drain(MockWebServer server) {
    try {
      while (true) {
        server.takeRequest();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Pages {
    private final int total;
    private final ConcurrentHashMap<Integer, String> bodies = new ConcurrentHashMap<>();
    private volatile String baseUrl = "";

    Pages(int total) {
      this.total = total;
    }

    String page(int page) {
      return bodies.computeIfAbsent(page, p -> Fixtures.dropletPage(baseUrl, p, total));
    }
  }

  private static MockResponse answer(RecordedRequest request, Pages pages) {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    String body;
    if (path.equals("/v2/droplets")) {
      String page = url.queryParameter("page");
      int number = page == null ? 1 : Integer.parseInt(page);
      if (number < 1 || number > Fixtures.pages(pages.total)) {
        return json(404, "{\"id\":\"not_found\",\"message\":\"no such page\"}");
      }
      body = pages.page(number);
    } else if (path.startsWith("/v2/droplets/")) {
      body = Fixtures.DROPLET;
    } else if (path.startsWith("/v2/firewalls/")) {
      body = Fixtures.FIREWALL;
    } else {
      return json(404, "{\"id\":\"not_found\",\"message\":\"not served by the benchmark\"}");
    }
    return json(200, body);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("ratelimit-limit", "5000")
        .addHeader("ratelimit-remaining", "4999")
        .addHeader("ratelimit-reset", Long.toString(Instant.now().getEpochSecond() + 60))
        .addHeader("x-request-id", "5f9e1c3e-bench")
        .body(body)
        .build();
  }

  private static void writeTrustStore(HeldCertificate held, Path file)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("loopback", held.certificate());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, TRUST_STORE_PASSWORD.toCharArray());
    }
  }

  /** Accepted sockets send at once: MockWebServer writes headers and body separately. */
  private static final class NoDelay extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * A {@link LoopbackServer} in a child JVM (same Java, same class path), stopped by {@link
   * #close()}.
   */
  public static final class Child implements AutoCloseable {
    private final Process process;
    private final String url;
    private final String trustStore;

    private Child(Process process, String url, String trustStore) {
      this.process = process;
      this.url = url;
      this.trustStore = trustStore;
    }

    /**
     * Starts the server and waits for its {@code LISTENING} line.
     *
     * @param https serve TLS with a fresh self-signed certificate
     * @param total droplets in the listing
     */
    public static Child start(boolean https, int total) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1g");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(LoopbackServer.class.getName());
      if (https) {
        command.add("--https");
      }
      command.add("--total");
      command.add(Integer.toString(total));
      try {
        Process process =
            new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("LISTENING ")) {
          process.destroyForcibly();
          throw new IllegalStateException("loopback server did not start: " + line);
        }
        String[] parts = line.split(" ");
        return new Child(process, parts[1], parts.length > 2 ? parts[2] : "");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123} (no trailing slash). */
    public String url() {
      return url;
    }

    /**
     * Makes this JVM's default trust (used by OkHttp clients without their own trust manager, so by
     * Seawall and the floor alike) the server's certificate only. Call before building clients.
     */
    public void trustItByDefault() {
      if (trustStore.isEmpty()) {
        return;
      }
      System.setProperty("javax.net.ssl.trustStore", trustStore);
      System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
      System.setProperty("javax.net.ssl.trustStorePassword", TRUST_STORE_PASSWORD);
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException e) {
        process.destroyForcibly();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
