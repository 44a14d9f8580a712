package dev.seawall.testkit;

import dev.seawall.testkit.internal.ErrorBodies;
import dev.seawall.testkit.internal.NoDelayServerSockets;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MockWebServer} dispatcher that validates every request against the official DigitalOcean
 * OpenAPI specification before answering it.
 *
 * <p>A request that violates the specification is recorded and answered with {@code 400} and a
 * DigitalOcean-shaped error body listing the violations (header {@code
 * x-seawall-contract-violations} holds their count), so the library under test fails loudly. The
 * queued response is <em>not</em> consumed in that case. Because code under test may swallow the
 * {@code 400}, tests must also check {@link #violations()}; the {@link ContractValidation} JUnit
 * extension does that after every test.
 *
 * <p>Without a delegate it behaves like MockWebServer's default {@link QueueDispatcher}, so {@code
 * server.enqueue(response)} keeps working:
 *
 * <pre>{@code
 * MockWebServer server = new MockWebServer();
 * ContractValidatingDispatcher contract = ContractValidatingDispatcher.install(server);
 * server.start();
 * server.enqueue(new MockResponse.Builder().code(200).body("{\"account\":{}}").build());
 * // ... exercise the library ...
 * contract.assertNoViolations();
 * }</pre>
 *
 * <p>With a delegate ({@link #wrapping}) it validates and then hands valid requests to the
 * delegate.
 */
public final class ContractValidatingDispatcher extends QueueDispatcher {
  /** Response header with the number of violations of a rejected request. */
  public static final String VIOLATIONS_HEADER = "x-seawall-contract-violations";

  private final OpenApiContract contract;
  private final @Nullable Dispatcher delegate;
  private final List<ContractViolation> violations = new ArrayList<>();

  private ContractValidatingDispatcher(OpenApiContract contract, @Nullable Dispatcher delegate) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.delegate = delegate;
  }

  /** A queue dispatcher ({@code server.enqueue(...)} works) that validates every request. */
  public static ContractValidatingDispatcher queue(OpenApiContract contract) {
    return new ContractValidatingDispatcher(contract, null);
  }

  /** A dispatcher that validates every request and passes valid ones to {@code delegate}. */
  public static ContractValidatingDispatcher wrapping(
      OpenApiContract contract, Dispatcher delegate) {
    return new ContractValidatingDispatcher(contract, Objects.requireNonNull(delegate, "delegate"));
  }

  /**
   * Installs a validating queue dispatcher on {@code server} using the shared contract ({@link
   * OpenApiContract#require()}: the calling test is skipped, or fails under {@code CI=true}, when
   * the specification is absent).
   */
  public static ContractValidatingDispatcher install(MockWebServer server) {
    ContractValidatingDispatcher dispatcher = queue(OpenApiContract.require());
    server.setDispatcher(dispatcher);
    return dispatcher;
  }

  /**
   * A started server on the loopback interface with a validating queue dispatcher. Close it after
   * the test.
   *
   * @throws IOException when the server cannot bind
   */
  public static MockWebServer startServer(ContractValidatingDispatcher dispatcher)
      throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(NoDelayServerSockets.INSTANCE);
    server.setDispatcher(dispatcher);
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  /** Validates {@code request}; answers 400 when it violates the spec, else dispatches it. */
  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    List<ContractViolation> found = contract.validate(request);
    if (!found.isEmpty()) {
      synchronized (violations) {
        violations.addAll(found);
      }
      String requestId = UUID.randomUUID().toString();
      return new MockResponse.Builder()
          .code(400)
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .setHeader("x-request-id", requestId)
          .setHeader(VIOLATIONS_HEADER, found.size())
          .body(
              FakeJson.write(
                  ErrorBodies.body("bad_request", ErrorBodies.contractMessage(found), requestId)))
          .build();
    }
    return delegate == null ? super.dispatch(request) : delegate.dispatch(request);
  }

  /**
   * Queues a response (queue mode only).
   *
   * @throws IllegalStateException when this dispatcher wraps a delegate
   */
  @Override
  public void enqueue(MockResponse response) {
    if (delegate != null) {
      throw new IllegalStateException(
          "This ContractValidatingDispatcher wraps " + delegate + "; it has no queue");
    }
    super.enqueue(response);
  }

  @Override
  public MockResponse peek() {
    return delegate == null ? super.peek() : delegate.peek();
  }

  @Override
  public void close() {
    if (delegate != null) {
      delegate.close();
    }
    super.close();
  }

  /** The contract requests are validated against. */
  public OpenApiContract contract() {
    return contract;
  }

  /** Every violation recorded so far, in arrival order. */
  public List<ContractViolation> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  /**
   * Returns the violations recorded so far and forgets them, for tests that provoke violations on
   * purpose.
   */
  public List<ContractViolation> takeViolations() {
    synchronized (violations) {
      List<ContractViolation> taken = List.copyOf(violations);
      violations.clear();
      return taken;
    }
  }

  /**
   * Fails when any request violated the specification.
   *
   * @throws AssertionError listing every violation
   */
  public void assertNoViolations() {
    List<ContractViolation> current = violations();
    if (!current.isEmpty()) {
      throw new AssertionError(describe(current, contract));
    }
  }

  static String describe(List<ContractViolation> violations, OpenApiContract contract) {
    StringBuilder text =
        new StringBuilder()
            .append(violations.size())
            .append(" request violation(s) of the DigitalOcean OpenAPI spec (")
            .append(contract.source())
            .append("):");
    int n = 1;
    for (ContractViolation violation : violations) {
      text.append("\n  ")
          .append(n++)
          .append(". ")
          .append(violation.toString().replace("\n", "\n     "));
    }
    return text.toString();
  }
}
