package dev.seawall.samples;

import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.OpenApiContract;
import dev.seawall.testkit.fakes.FakeCertificates;
import dev.seawall.testkit.fakes.FakeDatabases;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import okhttp3.tls.HeldCertificate;

/**
 * Runs the in-memory {@link FakeDigitalOcean} as a standalone loopback server with every resource
 * Seawall manages (every testkit fake, including tags, certificates and load balancers), prints its
 * URL and keeps state in memory until stopped (Ctrl-C). Point any DigitalOcean-compatible tool at
 * it: {@code HardenedStack --api-url URL}, {@code doctl --api-url URL}, or Terraform's {@code
 * api_endpoint}.
 *
 * <p>Arguments: {@code --port N} (default 0: any free port), {@code --token T} (accept only this
 * bearer token; default any non-blank token), {@code --no-contract} (skip OpenAPI validation; by
 * default requests are validated when the specification is found; a violation is logged and
 * answered as DigitalOcean would, see {@link FakeDigitalOcean.Builder#logAndAnswer()}). Waits are
 * real time here: certificates are issued after 2 seconds, database clusters are online after 3,
 * load balancers are active after 5.
 */
public final class FakeDigitalOceanServer {
  static final String USAGE =
      "usage: FakeDigitalOceanServer [--port N] [--token T] [--no-contract]";

  private FakeDigitalOceanServer() {}

  /**
   * Starts the server and serves until the process is stopped.
   *
   * @param args see the class description
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    FakeDigitalOcean fake;
    try {
      fake = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-digitalocean-stop"));
    new CountDownLatch(1).await();
  }

  /**
   * Starts the server and prints {@code FakeDigitalOcean listening on http://127.0.0.1:PORT}.
   *
   * @throws IllegalArgumentException for an unknown or malformed argument
   */
  static FakeDigitalOcean start(String[] args, PrintStream out) {
    FakeDigitalOcean.Builder builder =
        FakeDigitalOcean.builder()
            .allResources()
            .addResource(
                new FakeDatabases()
                    .caPem(
                        new HeldCertificate.Builder()
                            .certificateAuthority(0)
                            .commonName("FakeDigitalOcean database CA")
                            .build()
                            .certificatePem())
                    .onlineAfter(Duration.ofSeconds(3)))
            .addResource(new FakeCertificates(Duration.ofSeconds(2)))
            .addResource(new FakeLoadBalancers(Duration.ofSeconds(5)))
            .logAndAnswer()
            .onProblem(problem -> System.err.println("PROBLEM: " + problem))
            .onNote(note -> System.err.println("NOTE (DigitalOcean accepts this): " + note));
    boolean validate = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> builder.port(port(value(args, ++i)));
        case "--token" -> builder.token(value(args, ++i));
        case "--no-contract" -> validate = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Optional<OpenApiContract> contract =
        validate ? OpenApiContract.ifAvailable() : Optional.empty();
    contract.ifPresentOrElse(builder::contract, builder::withoutContract);
    FakeDigitalOcean fake = builder.build().start();
    out.println(
        "FakeDigitalOcean listening on "
            + fake.url()
            + (contract.isPresent() ? " (requests validated against the OpenAPI spec)" : ""));
    out.println(
        "Try: DIGITALOCEAN_TOKEN=dop_v1_$(openssl rand -hex 32) HardenedStack --api-url "
            + fake.url());
    out.flush();
    return fake;
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number, was " + text);
    }
  }
}
