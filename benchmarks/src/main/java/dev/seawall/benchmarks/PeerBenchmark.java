package dev.seawall.benchmarks;

import dev.seawall.core.DigitalOcean;
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
 * Seawall against the Java peer client ({@link Peer}): one GET of a droplet or a firewall over
 * https on loopback, through Seawall's service ({@code get}) and through the peer's {@code
 * getDropletInfo(Integer)} / {@code getFirewallInfo(String)} (Apache HttpClient 4.5 + Gson into its
 * POJOs). The peer only speaks https, so both sides do. Both in the same run and against the same
 * child-JVM server, so {@code -prof gc} compares the two clients' allocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PeerBenchmark {
  /** {@code droplet} or {@code firewall}. */
  @Param({"droplet", "firewall"})
  public String resource;

  private LoopbackServer.Child server;
  private DigitalOcean client;
  private ServiceGets services;
  private Peer peer;

  /** Starts the https server and both clients. */
  @Setup(Level.Trial)
  public void start() {
    server = LoopbackServer.Child.start(true, 200);
    server.trustItByDefault();
    client = Clients.seawall(server.url());
    services = new ServiceGets(client);
    peer = new Peer(server.url(), Clients.TOKEN);
    // Fail fast, before measuring, if a side cannot read the fixtures.
    seawallService();
    peer();
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    peer.close();
    server.close();
  }

  /** {@code Compute.droplets(client).get(id)} or {@code Networking.firewalls(client).get(id)}. */
  @Benchmark
  public Object seawallService() {
    return services.get(resource);
  }

  /** The peer's {@code getDropletInfo(Integer)} or {@code getFirewallInfo(String)}. */
  @Benchmark
  public Object peer() {
    return resource.equals("droplet")
        ? peer.droplet((int) Fixtures.DROPLET_ID)
        : peer.firewall(Fixtures.FIREWALL_ID);
  }
}
