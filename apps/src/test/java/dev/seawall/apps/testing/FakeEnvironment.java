package dev.seawall.apps.testing;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeApps;
import dev.seawall.testkit.fakes.FakeDatabases;
import dev.seawall.testkit.fakes.FakeFunctions;
import dev.seawall.testkit.fakes.FakeOperations;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fresh {@link FakeDigitalOcean} serving {@link FakeApps}, {@link FakeDatabases} and {@link
 * FakeFunctions} on a {@link TestClock}, and a client talking to it. Every request is validated
 * against the official OpenAPI specification; {@link #close()} fails the test if the fake saw a
 * problem.
 */
public final class FakeEnvironment implements AutoCloseable {
  private final TestClock clock = new TestClock();
  private final FakeDatabases databases = new FakeDatabases();
  private final FakeApps apps = new FakeApps();
  private final FakeFunctions functions = new FakeFunctions();
  private final FakeDigitalOcean fake;
  private final DigitalOcean client;

  private FakeEnvironment() {
    this.fake =
        FakeDigitalOcean.builder()
            .clock(clock)
            .addResource(apps)
            .addResource(databases)
            .addResource(functions)
            .build()
            .start();
    this.client = newClient();
  }

  /** Starts an environment. */
  public static FakeEnvironment start() {
    return new FakeEnvironment();
  }

  /** A generated secret value, different on every call, that looks like nothing in particular. */
  public static String generatedSecret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return "s3cr3t-" + HexFormat.of().formatHex(bytes);
  }

  /**
   * Runs {@code body} with standard error (where every logger writes, at debug) captured.
   *
   * @return what was written to standard error meanwhile
   */
  public static String capturingStandardError(Runnable body) {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      body.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A new client on the same fake (a separate process, with nothing kept in memory). */
  public DigitalOcean newClient() {
    return TestClients.client(fake, clock);
  }

  /** The client. */
  public DigitalOcean client() {
    return client;
  }

  /** The fake API. */
  public FakeDigitalOcean fake() {
    return fake;
  }

  /** The fake apps (deployment pace and outcome). */
  public FakeApps apps() {
    return apps;
  }

  /** The test's clock, shared by the fake and the clients. */
  public TestClock clock() {
    return clock;
  }

  /** The fake databases. */
  public FakeDatabases databases() {
    return databases;
  }

  /**
   * Creates a PostgreSQL cluster trusting the tag {@code web}, through the API.
   *
   * @return its id
   */
  @SuppressWarnings("unchecked")
  public String createCluster(String name) {
    Map<String, Object> body =
        Map.of(
            "name", name,
            "engine", "pg",
            "version", "17",
            "region", "nyc3",
            "size", "db-s-1vcpu-1gb",
            "num_nodes", 1,
            "rules", List.of(Map.of("type", "tag", "value", "web")));
    Map<String, Object> cluster =
        (Map<String, Object>)
            client
                .api()
                .call(
                    ApiRequest.of(FakeOperations.DATABASES_CREATE_CLUSTER).body(body).build(),
                    "database",
                    Map.class);
    return String.valueOf(cluster.get("id"));
  }

  /** The requests routed to an operation, in order. */
  public List<FakeCall> calls(String operationId) {
    return fake.calls(operationId);
  }

  /** How many writes (requests other than GET) the fake has received so far. */
  public long writes() {
    return fake.calls().stream().filter(call -> !call.method().equals("GET")).count();
  }

  /** The JSON body of a call as a tree. */
  public static @Nullable Object body(FakeCall call) {
    return FakeJson.parse(call.body());
  }

  @Override
  public void close() {
    try {
      fake.verifyNoProblems();
    } finally {
      client.close();
      fake.close();
    }
  }
}
