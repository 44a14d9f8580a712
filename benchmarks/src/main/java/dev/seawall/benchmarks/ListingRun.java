package dev.seawall.benchmarks;

import dev.seawall.compute.Compute;
import dev.seawall.core.DigitalOcean;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the listing benchmark cannot say: the requests one listing of {@value
 * ListingBenchmark#TOTAL} droplets sends, and the smallest heap ({@code -Xmx}, tried from small to
 * large in a child JVM) with which a listing completes, for Seawall and for the floor.
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.ListingRun [results-dir]} writes {@code
 * listing-counts.tsv}.
 */
public final class ListingRun {
  /** The heaps tried, in MiB. */
  static final List<Integer> HEAPS_MIB = List.of(8, 12, 16, 24, 32, 48, 64, 96, 128, 256);

  private ListingRun() {}

  /** Runs it; see the class comment; {@code --child seawall|floor URL} is one listing. */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      System.exit(listOnce(args[1], args[2]) == ListingBenchmark.TOTAL ? 0 : 2);
    }
    try (LoopbackServer.Child server = LoopbackServer.Child.start(false, ListingBenchmark.TOTAL)) {
      Results results = new Results();
      try (DigitalOcean client = Clients.seawall(server.url())) {
        long count = Compute.droplets(client).listAll().count();
        results.put("seawallItems", count).put("seawallRequests", client.requestCount());
      }
      try (Floor floor = new Floor(server.url(), Clients.TOKEN)) {
        long count = floor.listDroplets(d -> {});
        results.put("floorItems", count).put("floorRequests", floor.requests());
      }
      results.put("seawallMinHeapMiB", smallestHeap("seawall", server.url()));
      results.put("floorMinHeapMiB", smallestHeap("floor", server.url()));
      results.write(Results.dir(args), "listing-counts");
    }
  }

  private static long listOnce(String side, String url) {
    if (side.equals("seawall")) {
      try (DigitalOcean client = Clients.seawall(url)) {
        return Compute.droplets(client).listAll().count();
      }
    }
    try (Floor floor = new Floor(url, Clients.TOKEN)) {
      return floor.listDroplets(d -> {});
    }
  }

  /** The first heap of {@link #HEAPS_MIB} with which a child JVM lists everything, or -1. */
  private static int smallestHeap(String side, String url)
      throws IOException, InterruptedException {
    for (int mib : HEAPS_MIB) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + mib + "m");
      command.add("-XX:+UseSerialGC");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(ListingRun.class.getName());
      command.add("--child");
      command.add(side);
      command.add(url);
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        continue;
      }
      if (process.exitValue() == 0) {
        return mib;
      }
    }
    return -1;
  }
}
