package dev.seawall.benchmarks;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.droplet.Droplet;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.firewall.internal.FirewallWire;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-request overhead: one GET of a droplet or a firewall over loopback and its decoding, through
 * Seawall's service ({@code get}), Seawall's low-level {@code api().call} and the floor (plain
 * OkHttp + Moshi into a record). The server runs in a child JVM ({@link LoopbackServer}), so {@code
 * -prof gc} counts the client's allocation only. Run with {@code -t 1} and {@code -t 4}.
 *
 * <p>{@code seawallApiCall} on a firewall decodes into the internal wire record ({@code
 * FirewallWire}, networking's {@code internal} package, used here only to measure): the service's
 * {@code get} is that plus the mapping to the read model, so the difference between the two rows is
 * the mapper's cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RequestBenchmark {
  /** {@code droplet} or {@code firewall}. */
  @Param({"droplet", "firewall"})
  public String resource;

  /** {@code http} or {@code https} (self-signed certificate trusted by the JVM's default trust). */
  @Param({"http", "https"})
  public String scheme;

  private LoopbackServer.Child server;
  private DigitalOcean client;
  private ServiceGets services;
  private Floor floor;
  private ApiRequest dropletRequest;
  private ApiRequest firewallRequest;

  /** Starts the server and the clients. */
  @Setup(Level.Trial)
  public void start() {
    server = LoopbackServer.Child.start(scheme.equals("https"), 200);
    server.trustItByDefault();
    String url = server.url();
    client = Clients.seawall(url);
    services = new ServiceGets(client);
    floor = new Floor(url, Clients.TOKEN);
    dropletRequest =
        ApiRequest.of(ComputeOperations.DROPLETS_GET)
            .pathParam("droplet_id", Fixtures.DROPLET_ID)
            .build();
    firewallRequest =
        ApiRequest.of(NetworkingOperations.FIREWALLS_GET)
            .pathParam("firewall_id", Fixtures.FIREWALL_ID)
            .build();
    // Fail fast, before measuring, if a side cannot read the fixtures.
    seawallService();
    seawallApiCall();
    floor();
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    floor.close();
    server.close();
  }

  /** {@code Compute.droplets(client).get(id)} or {@code Networking.firewalls(client).get(id)}. */
  @Benchmark
  public Object seawallService() {
    return services.get(resource);
  }

  /** {@code client.api().call(request, envelope, type)}: transport and decoding, no mapping. */
  @Benchmark
  public Object seawallApiCall() {
    return resource.equals("droplet")
        ? client.api().<Droplet>call(dropletRequest, "droplet", Droplet.class)
        : client.api().<FirewallWire>call(firewallRequest, "firewall", FirewallWire.class);
  }

  /** Plain OkHttp + Moshi into a record with the same fields. */
  @Benchmark
  public Object floor() {
    return resource.equals("droplet")
        ? floor.droplet(Fixtures.DROPLET_ID)
        : floor.firewall(Fixtures.FIREWALL_ID);
  }
}
