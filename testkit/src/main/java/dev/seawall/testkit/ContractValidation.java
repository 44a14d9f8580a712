package dev.seawall.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit 5 extension that checks every request of a test against the official DigitalOcean OpenAPI
 * specification and fails the test after it ran when any request violated it, even when the code
 * under test swallowed the {@code 400} it got back.
 *
 * <p>Register it with {@link ContractTest @ContractTest} (or
 * {@code @ExtendWith(ContractValidation.class)}), or as a field to configure the fake:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ContractValidation contract =
 *     ContractValidation.withFake(fake -> fake.allResources().actionDelay(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>Test and {@code @BeforeEach} methods may declare these parameters; each test gets fresh
 * instances, closed after it:
 *
 * <ul>
 *   <li>{@link MockWebServer}: started on loopback with a {@link ContractValidatingDispatcher} in
 *       queue mode, so {@code server.enqueue(...)} works;
 *   <li>{@link ContractValidatingDispatcher}: that server's dispatcher (e.g. to {@link
 *       ContractValidatingDispatcher#takeViolations()} in a test that provokes violations);
 *   <li>{@link FakeDigitalOcean}: started, validating against the contract, clocked by the test's
 *       {@link TestClock};
 *   <li>{@link TestClock}: the test's clock (shared with the fake; give it to the client too);
 *   <li>{@link OpenApiContract}: the shared contract.
 * </ul>
 *
 * <p>Before each test the extension calls {@link OpenApiContract#require()}: without the
 * specification file the test is skipped, or fails under {@code CI=true}. After each test it fails
 * with every request violation of the server and every {@linkplain FakeDigitalOcean#problems()
 * problem} of the fake. Do not combine {@code @ContractTest} with a registered field instance in
 * one class (JUnit would see two resolvers for the same parameters).
 */
public final class ContractValidation
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ContractValidation.class);
  private static final Set<Class<?>> SUPPORTED =
      Set.of(
          MockWebServer.class,
          ContractValidatingDispatcher.class,
          FakeDigitalOcean.class,
          TestClock.class,
          OpenApiContract.class);

  private final Consumer<FakeDigitalOcean.Builder> fakeCustomizer;

  /** The extension with a default fake (built-in routes only). */
  public ContractValidation() {
    this(builder -> {});
  }

  private ContractValidation(Consumer<FakeDigitalOcean.Builder> fakeCustomizer) {
    this.fakeCustomizer = fakeCustomizer;
  }

  /**
   * The extension with {@code customizer} applied to every test's {@link FakeDigitalOcean} builder,
   * after the test's clock and the contract were set on it.
   */
  public static ContractValidation withFake(Consumer<FakeDigitalOcean.Builder> customizer) {
    return new ContractValidation(Objects.requireNonNull(customizer, "customizer"));
  }

  /**
   * Loads the contract, skipping the test when the file is absent (failing under {@code CI=true}).
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    OpenApiContract.require();
  }

  /** Closes this test's servers and fails it when any request violated the specification. */
  @Override
  public void afterEach(ExtensionContext context) {
    Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
    if (session != null) {
      session.finish();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getTestMethod().isPresent()
        && SUPPORTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Session session =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Session.class, key -> new Session(fakeCustomizer), Session.class);
    Class<?> type = parameter.getParameter().getType();
    try {
      if (type == MockWebServer.class) {
        return session.server();
      } else if (type == ContractValidatingDispatcher.class) {
        session.server();
        return Objects.requireNonNull(session.dispatcher);
      } else if (type == FakeDigitalOcean.class) {
        return session.fake();
      } else if (type == TestClock.class) {
        return session.clock;
      } else {
        return OpenApiContract.require();
      }
    } catch (UncheckedIOException e) {
      throw new ParameterResolutionException("Could not start a server for " + type, e);
    }
  }

  /** One test's servers and clock. */
  static final class Session implements AutoCloseable {
    final TestClock clock = new TestClock();
    private final Consumer<FakeDigitalOcean.Builder> fakeCustomizer;
    private @Nullable MockWebServer server;
    private @Nullable ContractValidatingDispatcher dispatcher;
    private @Nullable FakeDigitalOcean fake;

    Session(Consumer<FakeDigitalOcean.Builder> fakeCustomizer) {
      this.fakeCustomizer = fakeCustomizer;
    }

    synchronized MockWebServer server() {
      if (server == null) {
        dispatcher = ContractValidatingDispatcher.queue(OpenApiContract.require());
        try {
          server = ContractValidatingDispatcher.startServer(dispatcher);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return server;
    }

    synchronized FakeDigitalOcean fake() {
      if (fake == null) {
        FakeDigitalOcean.Builder builder =
            FakeDigitalOcean.builder().clock(clock).contract(OpenApiContract.require());
        fakeCustomizer.accept(builder);
        fake = builder.build().start();
      }
      return fake;
    }

    /**
     * Closes everything and throws when anything violated the specification.
     *
     * @throws AssertionFailedError listing the violations and problems
     */
    void finish() {
      close();
      List<String> failures = new ArrayList<>();
      if (dispatcher != null && !dispatcher.violations().isEmpty()) {
        failures.add(
            ContractValidatingDispatcher.describe(dispatcher.violations(), dispatcher.contract()));
      }
      if (fake != null && !fake.problems().isEmpty()) {
        failures.add(FakeDigitalOcean.describeProblems(fake.problems()));
      }
      if (!failures.isEmpty()) {
        throw new AssertionFailedError(String.join("\n", failures));
      }
    }

    @Override
    public synchronized void close() {
      if (server != null) {
        server.close();
      }
      if (fake != null) {
        fake.close();
      }
    }
  }
}
