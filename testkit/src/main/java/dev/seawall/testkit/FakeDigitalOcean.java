package dev.seawall.testkit;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.fakes.ClientOperations;
import dev.seawall.testkit.fakes.FakeOperations;
import dev.seawall.testkit.fakes.FakeResources;
import dev.seawall.testkit.internal.ErrorBodies;
import dev.seawall.testkit.internal.NoDelayServerSockets;
import dev.seawall.testkit.internal.RollingRateLimits;
import dev.seawall.testkit.internal.RouteTable;
import dev.seawall.testkit.internal.Selector;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * A stateful, in-memory DigitalOcean API on a loopback {@link MockWebServer}, for tests that drive
 * Seawall end to end without a real account.
 *
 * <pre>{@code
 * TestClock clock = new TestClock();
 * try (FakeDigitalOcean fake =
 *     FakeDigitalOcean.builder().clock(clock).actionDelay(Duration.ofSeconds(30))
 *         .allResources().build().start()) {
 *   DigitalOcean client = DigitalOcean.builder().token(ApiToken.of("dop_v1_" + "0".repeat(64)))
 *       .baseUrl(fake.url()).clock(clock).sleeper(clock.sleeper()).build();
 *   // ... use the client ...
 *   assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
 *   fake.verifyNoProblems();
 * }
 * }</pre>
 *
 * <p>What every request goes through, in order:
 *
 * <ol>
 *   <li><b>Contract</b>: validated against the official OpenAPI specification (when one is
 *       configured; by default the shared {@link OpenApiContract} if its file exists). Violations
 *       are recorded as {@linkplain #problems() problems}; what DigitalOcean accepts although the
 *       specification does not (a query parameter the operation does not define) is a {@linkplain
 *       #contractNotes() note}.
 *   <li><b>Token</b>: a missing, blank or non-bearer {@code Authorization} (or, when {@link
 *       Builder#token} is set, any other token) gets {@code 401 unauthorized}.
 *   <li>A request with contract violations gets the error DigitalOcean answers ({@code 404} for an
 *       unknown path, {@code 405} for a method the path does not allow, {@code 422
 *       unprocessable_entity} for a body that does not fit the schema, {@code 400 bad_request}
 *       otherwise) with a message listing them; its handler does not run.
 *   <li><b>Rate limit</b>: {@link Builder#rateLimit} requests per rolling window, counted on the
 *       fake's clock (default 5000 per hour; DigitalOcean also allows only 250 per minute, add that
 *       window to test pacing); over it, {@code 429 too_many_requests} with {@code Retry-After}
 *       until the window has room.
 *   <li><b>Injected faults</b> ({@link #failNext}, {@link #rateLimitNext}, {@link #respondNext},
 *       {@link #disconnectNext}), first registered first.
 *   <li><b>Route</b>: the {@link FakeHandler} registered for method and path template. A request
 *       without a route gets {@code 404} and is recorded as a problem (the fake is missing a
 *       resource, not the API).
 * </ol>
 *
 * <p>Every response carries {@code x-request-id}, {@code ratelimit-limit}, {@code
 * ratelimit-remaining} and {@code ratelimit-reset} (epoch seconds); errors have DigitalOcean's
 * shape {@code {"id": "not_found", "message": "...", "request_id": "..."}}. Handler responses are
 * validated against the specification too (unless {@link Builder#validateResponses} is off), so a
 * {@link FakeResource} cannot drift from the real API unnoticed.
 *
 * <p>Built in: {@code GET /v2/account}, {@code GET /v2/actions}, {@code GET
 * /v2/actions/{action_id}} with the lifecycle described in {@link FakeActions}. Everything else
 * comes from {@link FakeResource}s: the testkit's own (package {@code dev.seawall.testkit.fakes};
 * {@link Builder#allResources()} adds all of them) or your own.
 *
 * <p>Requests are handled one at a time (after the {@linkplain Builder#latency latency}, which
 * concurrent requests wait out together). Run it standalone with {@link #main}.
 */
public final class FakeDigitalOcean implements AutoCloseable {
  private static final Pattern BEARER = Pattern.compile("(?i)^bearer\\s+(\\S.*)$");

  private final Object lock = new Object();
  private final Clock clock;
  private final FakeState state;
  private final RouteTable<FakeHandler> routes = new RouteTable<>();
  private final @Nullable OpenApiContract contract;
  private final boolean validateResponses;
  private final @Nullable String token;
  private final RollingRateLimits rateLimits;
  private final InetAddress address;
  private final int port;
  private final Consumer<String> problemListener;
  private final Consumer<String> noteListener;
  private final boolean logAndAnswer;
  private final Duration latency;

  private final List<Fault> faults = new ArrayList<>();
  private final List<FakeCall> calls = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<ContractViolation> notes = new ArrayList<>();
  private long requestCounter;
  private @Nullable MockWebServer server;

  private FakeDigitalOcean(Builder builder, @Nullable OpenApiContract contract) {
    this.clock = builder.clock;
    this.state = new FakeState(builder.clock, builder.actionDelay, builder.actionPolls);
    this.contract = contract;
    this.validateResponses = builder.validateResponses;
    this.token = builder.token;
    this.rateLimits =
        new RollingRateLimits(
            builder.rateLimits.isEmpty()
                ? List.of(new RollingRateLimits.Window(5000, Duration.ofHours(1)))
                : builder.rateLimits);
    this.address = builder.address;
    this.port = builder.port;
    this.problemListener = builder.problemListener;
    this.noteListener = builder.noteListener;
    this.logAndAnswer = builder.logAndAnswer;
    this.latency = builder.latency;
    FakeRoutes registrar = new Registrar();
    new BuiltInResources().register(registrar, state);
    for (FakeResource resource : builder.resources) {
      resource.register(registrar, state);
    }
  }

  /** A builder with the defaults described on its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving on the configured loopback address and port.
   *
   * @return this, for {@code try (var fake = builder().build().start())}
   * @throws IllegalStateException when already started
   * @throws UncheckedIOException when the port cannot be bound
   */
  public FakeDigitalOcean start() {
    synchronized (lock) {
      if (server != null) {
        throw new IllegalStateException("FakeDigitalOcean is already started");
      }
      MockWebServer started = new MockWebServer();
      started.setServerSocketFactory(NoDelayServerSockets.INSTANCE);
      started.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
              // Outside the lock: concurrent requests wait at the same time, as on a network.
              if (!latency.isZero()) {
                Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
              }
              return handle(request);
            }
          });
      try {
        started.start(address, port);
      } catch (IOException e) {
        throw new UncheckedIOException("FakeDigitalOcean could not listen on port " + port, e);
      }
      server = started;
      return this;
    }
  }

  /**
   * The base URL to give the client, e.g. {@code http://127.0.0.1:40123} (no trailing slash).
   *
   * @throws IllegalStateException when not started
   */
  public String url() {
    MockWebServer running = running();
    String url =
        new HttpUrl.Builder()
            .scheme("http")
            .host(address.getHostAddress())
            .port(running.getPort())
            .build()
            .toString();
    return url.substring(0, url.length() - 1);
  }

  /**
   * The port the fake listens on.
   *
   * @throws IllegalStateException when not started
   */
  public int port() {
    return running().getPort();
  }

  /** Stops serving. Idempotent. Recorded calls and problems stay readable. */
  @Override
  public void close() {
    MockWebServer running;
    synchronized (lock) {
      running = server;
    }
    if (running != null) {
      running.close();
    }
  }

  /**
   * The in-memory state, to seed or inspect between requests (not while the client is still waiting
   * for a response).
   */
  public FakeState state() {
    return state;
  }

  /** The contract requests are validated against, empty when validation is off. */
  public Optional<OpenApiContract> contract() {
    return Optional.ofNullable(contract);
  }

  // ------------------------------------------------------------------ fault injection

  /**
   * Answers the next request matching {@code selector} with a DigitalOcean-shaped error, without
   * running its handler.
   *
   * @param selector an operationId ({@code firewalls_create}), a path prefix ({@code
   *     /v2/firewalls}), a method and a path prefix ({@code POST /v2/firewalls}, as the fake's log
   *     prints requests) or {@code *} for any request
   * @param status the HTTP status, 400-599
   * @throws IllegalArgumentException if the selector is malformed or can match no route of this
   *     fake (a misspelt operationId or path would otherwise never fire)
   */
  public FakeDigitalOcean failNext(String selector, int status) {
    return failNext(selector, status, 1);
  }

  /** Like {@link #failNext(String, int)} for the next {@code times} matching requests. */
  public FakeDigitalOcean failNext(String selector, int status, int times) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599: " + status);
    }
    return addFault(new Fault(selector, times, FaultKind.ERROR, status, null, null));
  }

  /** Like {@link #failNext(String, int)} for requests of {@code operation}. */
  public FakeDigitalOcean failNext(Operation operation, int status) {
    return failNext(operation.operationId(), status);
  }

  /**
   * Answers the next {@code times} requests matching {@code selector} with {@code 429
   * too_many_requests} and {@code ratelimit-remaining: 0}, without {@code Retry-After} (clients
   * must wait until {@code ratelimit-reset}).
   */
  public FakeDigitalOcean rateLimitNext(String selector, int times) {
    return addFault(new Fault(selector, times, FaultKind.ERROR, 429, null, null));
  }

  /** Like {@link #rateLimitNext(String, int)} with a {@code Retry-After} header (whole seconds). */
  public FakeDigitalOcean rateLimitNext(String selector, int times, Duration retryAfter) {
    return addFault(new Fault(selector, times, FaultKind.ERROR, 429, retryAfter, null));
  }

  /**
   * Runs the handler of the next request matching {@code selector} (so its effect happens) but
   * closes the connection instead of answering: the "POST reached the server, the response was
   * lost" case.
   */
  public FakeDigitalOcean disconnectNext(String selector) {
    return addFault(new Fault(selector, 1, FaultKind.DISCONNECT, 0, null, null));
  }

  /**
   * Answers the next request matching {@code selector} with {@code response} exactly as given (e.g.
   * an HTML 502 page or a truncated body); no headers are added and no handler runs.
   */
  public FakeDigitalOcean respondNext(String selector, MockResponse response) {
    return addFault(
        new Fault(
            selector,
            1,
            FaultKind.RAW,
            response.getCode(),
            null,
            Objects.requireNonNull(response, "response")));
  }

  // ------------------------------------------------------------------ call log

  /** Every request received so far, in order. */
  public List<FakeCall> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  /**
   * The requests matching {@code selector} (operationId, path prefix, {@code METHOD /path} or
   * {@code *}).
   *
   * @throws IllegalArgumentException if the selector is malformed
   */
  public List<FakeCall> calls(String selector) {
    Selector parsed = Selector.parse(selector);
    return calls().stream()
        .filter(c -> parsed.selects(c.method(), c.path(), c.operationId()))
        .toList();
  }

  /**
   * How many requests matched {@code selector} (operationId, path prefix, {@code METHOD /path} or
   * {@code *}).
   */
  public int callCount(String selector) {
    return calls(selector).size();
  }

  /** How many requests were routed to {@code operation}. */
  public int callCount(Operation operation) {
    return callCount(operation.operationId());
  }

  // ------------------------------------------------------------------ problems

  /** The recorded request violations of the specification. */
  public List<ContractViolation> contractViolations() {
    synchronized (lock) {
      List<ContractViolation> violations = new ArrayList<>();
      for (Problem problem : problems) {
        if (problem.violation != null) {
          violations.add(problem.violation);
        }
      }
      return List.copyOf(violations);
    }
  }

  /**
   * What the specification does not allow but DigitalOcean accepts, recorded for information and
   * never a {@linkplain #problems() problem}: query parameters an operation does not define ({@code
   * per_page} on a single GET), and, with {@link Builder#logAndAnswer()}, unknown JSON properties.
   */
  public List<ContractViolation> contractNotes() {
    synchronized (lock) {
      return List.copyOf(notes);
    }
  }

  /**
   * Everything that should fail a test, described: requests violating the specification, requests
   * without a route, handler exceptions and handler responses violating the specification.
   */
  public List<String> problems() {
    synchronized (lock) {
      return problems.stream().map(p -> p.text).toList();
    }
  }

  /** Returns {@link #problems()} and forgets them, for tests that provoke them on purpose. */
  public List<String> takeProblems() {
    synchronized (lock) {
      List<String> taken = problems();
      problems.clear();
      return taken;
    }
  }

  /**
   * Fails when any problem was recorded.
   *
   * @throws AssertionError listing every problem
   */
  public void verifyNoProblems() {
    List<String> current = problems();
    if (!current.isEmpty()) {
      throw new AssertionError(describeProblems(current));
    }
  }

  static String describeProblems(List<String> problems) {
    StringBuilder text =
        new StringBuilder("FakeDigitalOcean recorded ")
            .append(problems.size())
            .append(" problem(s):");
    int n = 1;
    for (String problem : problems) {
      text.append("\n  ").append(n++).append(". ").append(problem.replace("\n", "\n     "));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "FakeDigitalOcean["
          + (server == null ? "not started" : "port " + server.getPort())
          + ", contract "
          + (contract == null ? "off" : "on")
          + "]";
    }
  }

  // ------------------------------------------------------------------ standalone

  /** The standalone usage text. */
  static final String USAGE =
      "usage: FakeDigitalOcean [--port N] [--token T] [--no-contract] [--built-ins-only]\n"
          + "  --port N          listen on 127.0.0.1:N (default 0: any free port)\n"
          + "  --token T         accept only this bearer token (default: any non-blank token)\n"
          + "  --no-contract     skip OpenAPI validation (default: validate when the spec is"
          + " found)\n"
          + "  --built-ins-only  serve only account and actions (default: every testkit fake:\n"
          + "                    droplets, SSH keys, VPCs, firewalls, volumes, databases,\n"
          + "                    Spaces keys, tags, certificates, load balancers)\n"
          + "FakeResource implementations listed in META-INF/services/"
          + FakeResource.class.getName()
          + " on the class path are served too (one of the same class replaces the default).";

  /**
   * Runs the fake standalone on 127.0.0.1 until the process is stopped, printing its URL ({@code
   * FakeDigitalOcean listening on http://127.0.0.1:PORT ...}) on standard output. Arguments: {@code
   * --port N} (default 0 = any free port), {@code --token T} (accept only this token), {@code
   * --no-contract} (skip OpenAPI validation; by default it validates when the spec is found, see
   * {@link OpenApiContract}), {@code --built-ins-only} (serve only account and actions), {@code
   * --help}. By default it serves every testkit fake ({@link Builder#allResources()}), plus every
   * {@link FakeResource} registered for {@link java.util.ServiceLoader} on the class path (so more
   * fakes can be added to a standalone run; one of the same class as a testkit fake replaces it).
   * Contract violations are logged and answered as DigitalOcean would ({@link
   * Builder#logAndAnswer()}); problems and notes are printed to standard error as they happen.
   *
   * @throws IllegalArgumentException for an unknown or malformed argument (the message shows the
   *     usage)
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    Optional<FakeDigitalOcean> started = startStandalone(args, System.out, System.err);
    if (started.isEmpty()) {
      return;
    }
    FakeDigitalOcean fake = started.get();
    Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-digitalocean-stop"));
    new CountDownLatch(1).await();
  }

  /**
   * Starts the fake exactly as {@link #main} does and prints its URL on {@code out}; for tests that
   * drive another tool against the standalone configuration in-process. Contract violations are
   * logged and answered as DigitalOcean would ({@link Builder#logAndAnswer()}): each problem is
   * printed on {@code err} as {@code PROBLEM: ...}, each {@linkplain #contractNotes() note} as
   * {@code NOTE (DigitalOcean accepts this): ...}. Close the returned fake when done.
   *
   * @param args the arguments of {@link #main}
   * @return the started fake; empty after {@code --help} (the usage is printed on {@code out})
   * @throws IllegalArgumentException for an unknown or malformed argument (the message shows the
   *     usage)
   */
  public static Optional<FakeDigitalOcean> startStandalone(
      String[] args, PrintStream out, PrintStream err) {
    Builder builder =
        builder()
            .logAndAnswer()
            .onProblem(problem -> err.println("PROBLEM: " + problem))
            .onNote(note -> err.println("NOTE (DigitalOcean accepts this): " + note));
    boolean validate = true;
    boolean allResources = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--built-ins-only" -> allResources = false;
        case "--port" -> builder.port(port(argument(args, ++i, "--port")));
        case "--token" -> builder.token(argument(args, ++i, "--token"));
        case "--no-contract" -> validate = false;
        case "--help", "-h" -> {
          out.println(USAGE);
          return Optional.empty();
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
      }
    }
    List<String> discovered = new ArrayList<>();
    if (allResources) {
      builder.allResources();
    }
    for (FakeResource resource : java.util.ServiceLoader.load(FakeResource.class)) {
      builder.addResource(resource);
      discovered.add(resource.getClass().getName());
    }
    Optional<OpenApiContract> contract =
        validate ? OpenApiContract.ifAvailable() : Optional.empty();
    contract.ifPresentOrElse(builder::contract, builder::withoutContract);
    FakeDigitalOcean fake = builder.build().start();
    out.println(
        "FakeDigitalOcean listening on "
            + fake.url()
            + (contract.isPresent()
                ? " (validating requests against " + contract.get().source() + ")"
                : " (no OpenAPI validation)")
            + (allResources ? "; serving all testkit fakes" : "; built-in routes only")
            + (discovered.isEmpty() ? "" : "; resources: " + String.join(", ", discovered)));
    out.flush();
    return Optional.of(fake);
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number 0-65535, was '" + text + "'");
    }
  }

  private static String argument(String[] args, int index, String name) {
    if (index >= args.length) {
      throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
    }
    return args[index];
  }

  // ------------------------------------------------------------------ dispatch

  private MockWebServer running() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("FakeDigitalOcean is not started; call start()");
      }
      return server;
    }
  }

  private FakeDigitalOcean addFault(Fault fault) {
    routable(fault.selector);
    if (fault.remaining < 1) {
      throw new IllegalArgumentException("times must be >= 1: " + fault.remaining);
    }
    synchronized (lock) {
      faults.add(fault);
    }
    return this;
  }

  /**
   * Parses a selector and checks that it can match a route of this fake.
   *
   * @throws IllegalArgumentException if it is malformed or matches no route
   */
  private Selector routable(String text) {
    Selector selector = Selector.parse(text);
    boolean routed =
        selector.equals(Selector.ANY)
            || (selector.operationId() != null
                ? routes.hasOperation(selector.operationId())
                : routes.prefixMatches(selector.method(), selector.pathPrefix()));
    if (!routed) {
      throw new IllegalArgumentException(
          "request selector '"
              + text
              + "' matches no route of this fake, so it would never apply; check the"
              + " operationId or path (routes come from the registered resources, e.g."
              + " allResources())");
    }
    return selector;
  }

  private MockResponse handle(RecordedRequest recorded) {
    synchronized (lock) {
      requestCounter++;
      String requestId =
          UUID.nameUUIDFromBytes(
                  ("seawall-fake-request-" + requestCounter).getBytes(StandardCharsets.UTF_8))
              .toString();
      HttpUrl url = recorded.getUrl();
      ByteString rawBody = recorded.getBody();
      String body = rawBody == null ? "" : rawBody.utf8();
      Optional<RouteTable.Match<FakeHandler>> match =
          routes.match(recorded.getMethod(), url.pathSegments());
      Exchange exchange =
          new Exchange(
              requestId,
              recorded.getMethod().toUpperCase(Locale.ROOT),
              url,
              body,
              match.map(m -> m.route().operationId()).orElse(""),
              clock.instant());

      List<ContractViolation> violations = checkContract(recorded);

      if (!authorized(recorded.getHeaders().get("Authorization"))) {
        return finish(exchange, FakeResponse.error(401), false, false);
      }
      if (!violations.isEmpty()) {
        int status = ErrorBodies.statusFor(violations);
        return finish(
            exchange,
            FakeResponse.error(
                    status, ErrorBodies.idFor(status), ErrorBodies.contractMessage(violations))
                .withHeader(
                    ContractValidatingDispatcher.VIOLATIONS_HEADER,
                    String.valueOf(violations.size())),
            false,
            false);
      }
      Optional<RollingRateLimits.Refusal> refused = rateLimits.admit(clock.instant());
      if (refused.isPresent()) {
        return finish(
            exchange,
            FakeResponse.error(429)
                .withHeader("Retry-After", String.valueOf(refused.get().retryAfter().toSeconds())),
            false,
            false);
      }

      boolean disconnect = false;
      Fault fault = takeFault(exchange.method, exchange.operationId, url.encodedPath());
      if (fault != null) {
        switch (fault.kind) {
          case ERROR -> {
            FakeResponse error = FakeResponse.error(fault.status);
            if (fault.status == 429) {
              error = error.withHeader("ratelimit-remaining", "0");
            }
            if (fault.retryAfter != null) {
              error = error.withHeader("Retry-After", String.valueOf(fault.retryAfter.toSeconds()));
            }
            return finish(exchange, error, false, false);
          }
          case RAW -> {
            MockResponse raw = Objects.requireNonNull(fault.raw);
            log(exchange, raw.getCode(), true);
            return raw;
          }
          case DISCONNECT -> disconnect = true;
        }
      }

      if (match.isEmpty()) {
        String what = exchange.method + " " + url.encodedPath();
        record(
            new Problem(
                "FakeDigitalOcean has no route for "
                    + what
                    + "; register a FakeResource that handles it",
                null));
        return finish(
            exchange,
            FakeResponse.error(404, "not_found", "FakeDigitalOcean has no route for " + what + "."),
            false,
            disconnect);
      }
      RouteTable.Route<FakeHandler> route = match.get().route();
      FakeRequest request =
          new FakeRequest(
              HttpMethod.valueOf(exchange.method),
              url,
              recorded.getHeaders(),
              body,
              route.operationId(),
              route.template(),
              match.get().parameters(),
              requestId);
      FakeResponse response;
      try {
        response = route.handler().handle(request);
      } catch (FakeApiError error) {
        response =
            FakeResponse.error(error.status(), error.id(), String.valueOf(error.getMessage()));
      } catch (RuntimeException e) {
        record(new Problem("the handler for " + route.operationId() + " threw " + e, null));
        response = FakeResponse.error(500);
      }
      return finish(exchange, response, true, disconnect);
    }
  }

  /**
   * Checks the request against the contract; records its notes and violations and returns the
   * violations to answer with an error (in log-and-answer mode only those DigitalOcean refuses).
   */
  private List<ContractViolation> checkContract(RecordedRequest recorded) {
    if (contract == null) {
      return List.of();
    }
    ContractCheck check = contract.check(ContractRequest.of(recorded));
    List<ContractViolation> refused = new ArrayList<>();
    for (ContractViolation violation : check.violations()) {
      if (logAndAnswer && !violation.refusedByDigitalOcean()) {
        note(violation);
      } else {
        refused.add(violation);
        record(new Problem("request violates the OpenAPI spec: " + violation, violation));
      }
    }
    check.notes().forEach(this::note);
    return refused;
  }

  private void note(ContractViolation note) {
    notes.add(note);
    noteListener.accept(note.toString());
  }

  private boolean authorized(@Nullable String authorization) {
    if (authorization == null) {
      return false;
    }
    Matcher bearer = BEARER.matcher(authorization.strip());
    if (!bearer.matches()) {
      return false;
    }
    return token == null || token.equals(bearer.group(1).strip());
  }

  private @Nullable Fault takeFault(String method, String operationId, String path) {
    for (Fault fault : faults) {
      if (Selector.parse(fault.selector).selects(method, path, operationId)) {
        fault.remaining--;
        if (fault.remaining == 0) {
          faults.remove(fault);
        }
        return fault;
      }
    }
    return null;
  }

  private MockResponse finish(
      Exchange exchange, FakeResponse response, boolean validate, boolean disconnect) {
    Headers.Builder headers = new Headers.Builder();
    String json = "";
    Optional<Object> body = response.body();
    if (body.isPresent()) {
      Object value = body.get();
      if (response.isError() && value instanceof Map<?, ?> error) {
        Map<Object, Object> withId = new LinkedHashMap<>(error);
        withId.put("request_id", exchange.requestId);
        value = withId;
      }
      json = FakeJson.write(value);
      headers.set("Content-Type", "application/json; charset=utf-8");
    }
    Instant now = clock.instant();
    headers.set("x-request-id", exchange.requestId);
    headers.set("ratelimit-limit", String.valueOf(rateLimits.limit()));
    headers.set("ratelimit-remaining", String.valueOf(rateLimits.remaining(now)));
    headers.set("ratelimit-reset", String.valueOf(rateLimits.reset(now).getEpochSecond()));
    response.headers().forEach(headers::set);
    Headers built = headers.build();

    if (validate && validateResponses && contract != null) {
      for (ContractViolation violation :
          contract.validateResponse(
              exchange.method, exchange.url.encodedPath(), response.status(), built, json)) {
        record(
            new Problem(
                "FakeDigitalOcean answered with a response that violates the OpenAPI spec (fix"
                    + " the FakeResource): "
                    + violation,
                null));
      }
    }
    log(exchange, response.status(), !disconnect);

    MockResponse.Builder mock = new MockResponse.Builder().code(response.status()).headers(built);
    if (!json.isEmpty() || response.status() != 204) {
      mock.body(json); // a bodiless 202 still needs its Content-Length: 0
    }
    if (disconnect) {
      mock.onResponseStart(new SocketEffect.CloseSocket(true, false, false));
    }
    return mock.build();
  }

  private void log(Exchange exchange, int status, boolean delivered) {
    String query = exchange.url.encodedQuery();
    calls.add(
        new FakeCall(
            exchange.requestId,
            exchange.method,
            exchange.url.encodedPath(),
            query == null ? "" : query,
            exchange.operationId,
            exchange.body,
            status,
            delivered,
            exchange.receivedAt));
  }

  private void record(Problem problem) {
    problems.add(problem);
    problemListener.accept(problem.text);
  }

  private final class Registrar implements FakeRoutes {
    @Override
    public FakeRoutes on(Operation operation, FakeHandler handler) {
      routes.add(
          operation.method().name(), operation.pathTemplate(), operation.operationId(), handler);
      return this;
    }

    @Override
    public FakeRoutes on(HttpMethod method, String pathTemplate, FakeHandler handler) {
      String operationId =
          Stream.of(Catalog.installed().operations(), FakeOperations.all(), ClientOperations.all())
              .flatMap(List::stream)
              .filter(op -> op.method() == method && op.pathTemplate().equals(pathTemplate))
              .map(Operation::operationId)
              .findFirst()
              .orElse(method + " " + pathTemplate);
      routes.add(method.name(), pathTemplate, operationId, handler);
      return this;
    }
  }

  private record Exchange(
      String requestId,
      String method,
      HttpUrl url,
      String body,
      String operationId,
      Instant receivedAt) {}

  private record Problem(String text, @Nullable ContractViolation violation) {}

  private enum FaultKind {
    ERROR,
    RAW,
    DISCONNECT
  }

  private static final class Fault {
    final String selector;
    final FaultKind kind;
    final int status;
    final @Nullable Duration retryAfter;
    final @Nullable MockResponse raw;
    int remaining;

    Fault(
        String selector,
        int remaining,
        FaultKind kind,
        int status,
        @Nullable Duration retryAfter,
        @Nullable MockResponse raw) {
      this.selector = Objects.requireNonNull(selector, "selector");
      this.remaining = remaining;
      this.kind = kind;
      this.status = status;
      this.retryAfter = retryAfter;
      this.raw = raw;
    }
  }

  /** Configures a {@link FakeDigitalOcean}. Setters return the builder. */
  public static final class Builder {
    private final List<FakeResource> resources = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration actionDelay = Duration.ZERO;
    private int actionPolls;
    private Duration latency = Duration.ZERO;
    private final List<RollingRateLimits.Window> rateLimits = new ArrayList<>();
    private @Nullable String token;
    private @Nullable OpenApiContract contract;
    private boolean contractOff;
    private boolean validateResponses = true;
    private InetAddress address = InetAddress.getLoopbackAddress();
    private int port;
    private Consumer<String> problemListener = problem -> {};
    private Consumer<String> noteListener = note -> {};
    private boolean logAndAnswer;

    private Builder() {}

    /**
     * Adds a resource (its routes are registered at {@link #build()}). A resource of the same class
     * added earlier is replaced in place, so a configured instance can override one from {@link
     * #allResources()}: {@code allResources().addResource(new
     * FakeFirewalls(Duration.ofSeconds(10)))}. (Lambdas are always appended.)
     */
    public Builder addResource(FakeResource resource) {
      Objects.requireNonNull(resource, "resource");
      Class<?> type = resource.getClass();
      if (!type.isHidden() && !type.isSynthetic()) {
        for (int i = 0; i < resources.size(); i++) {
          if (resources.get(i).getClass() == type) {
            resources.set(i, resource);
            return this;
          }
        }
      }
      resources.add(resource);
      return this;
    }

    /** Replaces the resources. Default: none (only the built-in routes). */
    public Builder resources(List<? extends FakeResource> resources) {
      this.resources.clear();
      resources.forEach(this::addResource);
      return this;
    }

    /**
     * Adds every fake resource of the testkit ({@link FakeResources#all()}): droplets, SSH keys,
     * VPCs, Cloud Firewalls, volumes, managed databases and Spaces access keys, with default
     * settings. Resources added before of the same classes are replaced; add configured ones
     * afterwards to replace the defaults.
     */
    public Builder allResources() {
      FakeResources.all().forEach(this::addResource);
      return this;
    }

    /** The clock for timestamps, action lifecycles and rate-limit windows. Default: system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long after starting an action completes, on the fake's clock. Default: zero. */
    public Builder actionDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("actionDelay must not be negative: " + delay);
      }
      this.actionDelay = delay;
      return this;
    }

    /**
     * How long every request waits before it is handled, in <em>real</em> time (a sleep of the
     * server thread, whatever the {@link #clock}), like the round trip to DigitalOcean. Requests on
     * different connections wait at the same time, so a client that sends in parallel gains as it
     * would against the real API; a wait on a virtual clock could not show that. Default: zero.
     *
     * @throws IllegalArgumentException if {@code latency} is negative
     */
    public Builder latency(Duration latency) {
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative: " + latency);
      }
      this.latency = latency;
      return this;
    }

    /** How many polls of an action still answer {@code in-progress}. Default: 0. */
    public Builder actionPollsBeforeCompletion(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("polls must be >= 0: " + polls);
      }
      this.actionPolls = polls;
      return this;
    }

    /**
     * Adds a rolling window: at most {@code limit} requests in any {@code window} of the fake's
     * clock; over it, {@code 429} with {@code Retry-After} until the window has room. The first
     * call replaces the default of 5000 per hour; call it twice for DigitalOcean's two limits,
     * {@code rateLimit(250, Duration.ofMinutes(1)).rateLimit(5000, Duration.ofHours(1))}. The
     * {@code ratelimit-*} headers describe the longest window.
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1 or {@code window} is not
     *     positive
     */
    public Builder rateLimit(int limit, Duration window) {
      rateLimits.add(new RollingRateLimits.Window(limit, window));
      return this;
    }

    /** Accepts only this bearer token (others get 401). Default: any non-blank bearer token. */
    public Builder token(String token) {
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = token.strip();
      return this;
    }

    /** Validates requests (and handler responses) against {@code contract}. */
    public Builder contract(OpenApiContract contract) {
      this.contract = Objects.requireNonNull(contract, "contract");
      this.contractOff = false;
      return this;
    }

    /** Turns OpenAPI validation off. */
    public Builder withoutContract() {
      this.contract = null;
      this.contractOff = true;
      return this;
    }

    /**
     * Whether handler responses are validated against the contract too (status, body schema).
     * Default: true.
     */
    public Builder validateResponses(boolean validate) {
      this.validateResponses = validate;
      return this;
    }

    /** The port to listen on. Default: 0, any free port. Always on the loopback interface. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** Called with each problem as it is recorded (the standalone mode prints them). */
    public Builder onProblem(Consumer<String> listener) {
      this.problemListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Called with each {@linkplain #contractNotes() contract note} as it is recorded. */
    public Builder onNote(Consumer<String> listener) {
      this.noteListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Answers contract violations as DigitalOcean would, the standalone behaviour ({@link
     * FakeDigitalOcean#main}): a violation DigitalOcean refuses is still recorded as a problem and
     * answered with its status and error shape, while one it accepts (an unknown JSON property,
     * which Seawall's own check refuses) is recorded as a {@linkplain
     * FakeDigitalOcean#contractNotes() note} and the request is served. Default: off, so tests fail
     * on every violation.
     */
    public Builder logAndAnswer() {
      this.logAndAnswer = true;
      return this;
    }

    /**
     * Builds the fake (not started). Without {@link #contract} or {@link #withoutContract()} it
     * validates against the shared {@link OpenApiContract} when the file exists; when it does not,
     * validation is off, except under {@code CI=true} where a missing contract fails.
     *
     * @throws IllegalArgumentException when two resources route the same method and template
     * @throws IllegalStateException when the spec is absent under {@code CI=true}, or unreadable
     */
    public FakeDigitalOcean build() {
      OpenApiContract chosen = contract;
      if (chosen == null && !contractOff) {
        chosen = OpenApiContract.ifAvailable().orElse(null);
        if (chosen == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
          chosen = OpenApiContract.require();
        }
      }
      return new FakeDigitalOcean(this, chosen);
    }
  }
}
