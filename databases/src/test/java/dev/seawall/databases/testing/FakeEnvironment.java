package dev.seawall.databases.testing;

import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDatabases;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fresh {@link FakeDigitalOcean} serving {@link FakeDatabases} on a {@link TestClock}, and a
 * client talking to it. Every request is validated against the official OpenAPI specification;
 * {@link #close()} fails the test if the fake saw a problem. The VPC {@value #VPC} and the droplet
 * {@value #DROPLET} exist (the fake refuses references to missing ones, as DigitalOcean does).
 */
public final class FakeEnvironment implements AutoCloseable {
  /** A VPC that exists in the fake, in {@code nyc3}. */
  public static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";

  /** A droplet that exists in the fake, in {@link #VPC}, tagged {@code orders-api}. */
  public static final long DROPLET = 3164444L;

  private final TestClock clock = new TestClock();
  private final FakeDatabases databases;
  private final FakeDigitalOcean fake;
  private final DigitalOcean client;

  private FakeEnvironment(FakeDatabases databases) {
    this.databases = databases;
    this.fake = FakeDigitalOcean.builder().clock(clock).addResource(databases).build().start();
    FakeVpcs.seed(fake.state(), VPC, "data", "nyc3", "10.20.0.0/24", false);
    FakeDroplets.seed(fake.state(), DROPLET, "orders-api-1", "nyc3", VPC, List.of("orders-api"));
    this.client = newClient();
  }

  /** Starts an environment with default fake databases. */
  public static FakeEnvironment start() {
    return new FakeEnvironment(new FakeDatabases());
  }

  /** Starts an environment with configured fake databases. */
  public static FakeEnvironment start(FakeDatabases databases) {
    return new FakeEnvironment(databases);
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

  /** The fake databases resource. */
  public FakeDatabases databases() {
    return databases;
  }

  /** The clock shared by client and fake. */
  public TestClock clock() {
    return clock;
  }

  /** The requests routed to an operation, in order. */
  public List<FakeCall> calls(String operationId) {
    return fake.calls(operationId);
  }

  /** How many writes (requests other than GET) the fake has received so far. */
  public long writes() {
    return fake.calls().stream().filter(call -> !call.method().equals("GET")).count();
  }

  /** The JSON body of a call as a tree (maps, lists, Long numbers). */
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
