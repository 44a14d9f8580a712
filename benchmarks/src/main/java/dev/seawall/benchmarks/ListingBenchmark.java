package dev.seawall.benchmarks;

import dev.seawall.compute.Compute;
import dev.seawall.compute.droplet.DropletService;
import dev.seawall.core.DigitalOcean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Listing {@value #TOTAL} droplets ({@value Fixtures#PER_PAGE} per page, following {@code
 * links.pages.next}): Seawall's {@code Compute.droplets(client).listAll()} stream vs the floor's
 * page loop. One operation is the whole listing; {@code -prof gc} gives the bytes allocated per
 * listing. The request counts and the smallest heap come from {@link ListingRun}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ListingBenchmark {
  /** Droplets in the listing. */
  public static final int TOTAL = 10_000;

  private LoopbackServer.Child server;
  private DigitalOcean client;
  private DropletService droplets;
  private Floor floor;

  /** Starts the server and the clients. */
  @Setup(Level.Trial)
  public void start() {
    server = LoopbackServer.Child.start(false, TOTAL);
    client = Clients.seawall(server.url());
    droplets = Compute.droplets(client);
    floor = new Floor(server.url(), Clients.TOKEN);
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    floor.close();
    server.close();
  }

  /** Seawall: {@code listAll()} consumed one droplet at a time. */
  @Benchmark
  public void seawallListAll(Blackhole blackhole) {
    droplets.listAll().forEach(blackhole::consume);
  }

  /** The floor: plain OkHttp + Moshi, page by page. */
  @Benchmark
  public void floorListAll(Blackhole blackhole) {
    floor.listDroplets(blackhole::consume);
  }
}
