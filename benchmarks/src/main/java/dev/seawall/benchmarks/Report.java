package dev.seawall.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the results of a run (JMH JSON files and the programs' {@code .tsv} files in one directory)
 * into one Markdown table of ratios, Seawall over its reference (the floor, DigitalOcean's limit or
 * a naive script), with the targets beside them. Targets are recorded, never asserted. A
 * row whose measurement is missing says so instead of disappearing.
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.Report [results-dir] [report.md]} (defaults {@code
 * target/results}, {@code target/report.md}).
 */
public final class Report {
  private static final JsonAdapter<List<Map<String, Object>>> JMH_JSON =
      new Moshi.Builder()
          .build()
          .adapter(
              Types.newParameterizedType(
                  List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));

  private Report() {}

  /** Writes the report; see the class comment. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/results");
    Path out = Path.of(args.length > 1 ? args[1] : "target/report.md");
    String header = args.length > 2 ? args[2] : "";
    String markdown = header + render(rows(dir));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
    System.out.print(markdown);
  }

  /** One JMH result: the benchmark method, its parameters, threads, score and allocation. */
  public record JmhResult(
      String method,
      Map<String, String> params,
      int threads,
      double score,
      String unit,
      Optional<Double> bytesPerOp) {}

  /** One line of the table; absent cells are written as a dash. */
  public record Row(
      String what,
      String seawall,
      String reference,
      String timeRatio,
      String allocRatio,
      String target) {}

  /** Parses a JMH {@code -rf json} file's text. */
  @SuppressWarnings("unchecked")
  public static List<JmhResult> parseJmh(String json) {
    List<Map<String, Object>> entries;
    try {
      entries = JMH_JSON.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JmhResult> results = new ArrayList<>();
    if (entries == null) {
      return results;
    }
    for (Map<String, Object> entry : entries) {
      String benchmark = (String) entry.get("benchmark");
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      type = type.substring(type.lastIndexOf('.') + 1);
      Map<String, String> params = new java.util.TreeMap<>();
      Object rawParams = entry.get("params");
      if (rawParams instanceof Map<?, ?> map) {
        map.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
      }
      Map<String, Object> primary = (Map<String, Object>) entry.get("primaryMetric");
      Optional<Double> bytes = Optional.empty();
      Object secondary = entry.get("secondaryMetrics");
      if (secondary instanceof Map<?, ?> metrics
          && metrics.get("gc.alloc.rate.norm") instanceof Map<?, ?> norm
          && norm.get("score") instanceof Number n) {
        bytes = Optional.of(n.doubleValue());
      }
      results.add(
          new JmhResult(
              type + "." + method,
              params,
              ((Number) entry.get("threads")).intValue(),
              ((Number) primary.get("score")).doubleValue(),
              (String) primary.get("scoreUnit"),
              bytes));
    }
    return results;
  }

  /** Every row of the report from the files in {@code dir}. */
  public static List<Row> rows(Path dir) throws IOException {
    List<JmhResult> jmh = new ArrayList<>();
    for (String file : List.of("requests-t1", "requests-t4", "listing", "limiter", "peer")) {
      Path path = dir.resolve(file + ".json");
      if (Files.exists(path)) {
        jmh.addAll(parseJmh(Files.readString(path, StandardCharsets.UTF_8)));
      }
    }
    return rows(
        jmh,
        Results.read(dir, "ratelimit"),
        Results.read(dir, "listing-counts"),
        Results.read(dir, "stack"),
        Results.read(dir, "coldstart"),
        Results.read(dir, "spaces"));
  }

  /** {@link #rows(List, Map, Map, Map, Map, Map)} without the cold start and Spaces. */
  public static List<Row> rows(
      List<JmhResult> jmh,
      Map<String, String> rateLimit,
      Map<String, String> listingCounts,
      Map<String, String> stack) {
    return rows(jmh, rateLimit, listingCounts, stack, Map.of(), Map.of());
  }

  /** Every row of the report from parsed results (empty maps for programs that did not run). */
  public static List<Row> rows(
      List<JmhResult> jmh,
      Map<String, String> rateLimit,
      Map<String, String> listingCounts,
      Map<String, String> stack,
      Map<String, String> coldStart,
      Map<String, String> spaces) {
    List<Row> rows = new ArrayList<>();
    // 1. Per-request overhead.
    for (int threads : List.of(1, 4)) {
      for (String resource : List.of("droplet", "firewall")) {
        for (String scheme : List.of("http", "https")) {
          Map<String, String> params = Map.of("resource", resource, "scheme", scheme);
          Optional<JmhResult> floor = find(jmh, "RequestBenchmark.floor", params, threads);
          for (String[] variant :
              List.of(
                  new String[] {"seawallService", "service get"},
                  new String[] {"seawallApiCall", "api().call"})) {
            Optional<JmhResult> seawall =
                find(jmh, "RequestBenchmark." + variant[0], params, threads);
            rows.add(
                compare(
                    "GET %s, %s %s, %d thread%s"
                        .formatted(resource, variant[1], scheme, threads, threads == 1 ? "" : "s"),
                    seawall,
                    floor,
                    "≤ 1.1 (time and allocation)"));
          }
        }
      }
    }
    // 2. Listing.
    Map<String, String> noParams = Map.of();
    rows.add(
        compare(
            "list 10,000 droplets (one whole listing)",
            find(jmh, "ListingBenchmark.seawallListAll", noParams, 1),
            find(jmh, "ListingBenchmark.floorListAll", noParams, 1),
            "allocation ≤ 1.2"));
    rows.add(
        counts(
            "list 10,000 droplets: requests",
            listingCounts.get("seawallRequests"),
            listingCounts.get("floorRequests"),
            "50 (200 per page)"));
    rows.add(
        counts(
            "list 10,000 droplets: smallest heap that completes (MiB, child JVM)",
            listingCounts.get("seawallMinHeapMiB"),
            listingCounts.get("floorMinHeapMiB"),
            "flat heap"));
    // 3. Rate limiter.
    if (rateLimit.isEmpty()) {
      rows.add(
          missing("rate limiter: 1,000 requests against 250/min (virtual time)", "≥ 0.95, no 429"));
    } else {
      rows.add(
          new Row(
              "rate limiter: 1,000 requests against 250/min (virtual time)",
              "%s s, %s × 429"
                  .formatted(rateLimit.get("virtualSeconds"), rateLimit.get("status429")),
              "%s s (fastest allowed)".formatted(rateLimit.get("allowedSeconds")),
              "rate " + fixed(rateLimit.get("fractionOfAllowedRate")),
              "-",
              "rate ≥ 0.95, no 429"));
    }
    // Limiter cost per request by requests held.
    for (String recent : List.of("10", "1000", "4000")) {
      Optional<JmhResult> limiter =
          find(jmh, "LimiterBenchmark.acquireAndDone", Map.of("recent", recent), 1);
      Optional<JmhResult> tenHeld =
          find(jmh, "LimiterBenchmark.acquireAndDone", Map.of("recent", "10"), 1);
      rows.add(
          compare(
              "limiter pass with %s requests in the last hour (vs 10)".formatted(recent),
              limiter,
              tenHeld,
              "no growth with requests held"));
    }
    // 4. Stack apply.
    if (stack.isEmpty()) {
      rows.add(missing("stack apply vs naive sequential script: wall time", "≤ 0.5"));
      rows.add(missing("stack apply vs naive sequential script: API calls", "≤ 1.0"));
      rows.add(missing("second apply: reads per resource", "≤ 1 read per resource"));
      rows.add(missing("live plan: reads per resource", "≤ 1 read per resource (our reading)"));
    } else {
      String conditions =
          " (%s resources, %s ms per request, %s s provisioning)"
              .formatted(
                  stack.get("resources"),
                  stack.get("latencyMillis"),
                  stack.get("provisioningSeconds"));
      rows.add(
          counts(
              "stack apply (parallelism %s) vs naive sequential script: wall time (s)%s"
                  .formatted(stack.get("parallelism"), conditions),
              stack.get("stackWallSeconds"),
              stack.get("naiveWallSeconds"),
              "≤ 0.5"));
      rows.add(
          new Row(
              "stack apply vs naive sequential script: API calls",
              calls(stack, "stack"),
              calls(stack, "naive"),
              ratio(stack.get("stackCalls"), stack.get("naiveCalls")),
              "-",
              "≤ 1.0"));
      rows.add(
          new Row(
              "second apply: reads, writes for %s resources".formatted(stack.get("resources")),
              "%s reads, %s writes"
                  .formatted(stack.get("secondApplyReads"), stack.get("secondApplyWrites")),
              "%s resources".formatted(stack.get("resources")),
              "reads/resource " + ratio(stack.get("secondApplyReads"), stack.get("resources")),
              "-",
              "≤ 1 read per resource, 0 writes"));
      rows.add(
          new Row(
              "live plan: reads for %s resources".formatted(stack.get("resources")),
              "%s reads, %s writes"
                  .formatted(stack.get("livePlanReads"), stack.get("livePlanWrites")),
              "%s resources".formatted(stack.get("resources")),
              "reads/resource " + ratio(stack.get("livePlanReads"), stack.get("resources")),
              "-",
              "≤ 1 read per resource (our reading), 0 writes"));
    }
    // 5. Spaces.
    if (spaces.get("seawallUploadMiBps") == null || spaces.get("minioUploadMiBps") == null) {
      rows.add(
          missing(
              "Spaces SSE-C upload + download vs MinIO direct, child JVM -Xmx128m",
              "throughput ≥ 0.95, flat heap"));
    } else {
      rows.add(
          new Row(
              "Spaces SSE-C %s MiB upload + download vs MinIO direct, child JVM -Xmx128m (throughput: above 1 is better)"
                  .formatted(spaces.get("mebibytes")),
              transfer(spaces, "seawall"),
              transfer(spaces, "minio"),
              "upload "
                  + ratio(spaces.get("seawallUploadMiBps"), spaces.get("minioUploadMiBps"))
                  + ", download "
                  + ratio(spaces.get("seawallDownloadMiBps"), spaces.get("minioDownloadMiBps")),
              "peak heap "
                  + ratio(spaces.get("seawallPeakHeapMiB"), spaces.get("minioPeakHeapMiB")),
              "throughput ≥ 0.95, flat heap"));
    }
    // 6. Cold start and size.
    String coldStartWhat =
        "cold start: main() to first decoded answer, median of %s child JVMs (whole process)"
            .formatted(coldStart.getOrDefault("runs", "?"));
    if (coldStart.get("seawallMainMillis") == null || coldStart.get("floorMainMillis") == null) {
      rows.add(missing(coldStartWhat, "≤ 1.3"));
    } else {
      rows.add(
          new Row(
              coldStartWhat,
              "%s ms (%s ms)"
                  .formatted(
                      coldStart.get("seawallMainMillis"), coldStart.get("seawallProcessMillis")),
              "%s ms (%s ms), raw OkHttp + Moshi"
                  .formatted(coldStart.get("floorMainMillis"), coldStart.get("floorProcessMillis")),
              ratio(coldStart.get("seawallMainMillis"), coldStart.get("floorMainMillis"))
                  + " (whole process "
                  + ratio(
                      coldStart.get("seawallProcessMillis"), coldStart.get("floorProcessMillis"))
                  + ")",
              "-",
              "≤ 1.3"));
    }
    String sizeWhat = "size: seawall-core + its runtime dependencies (jars)";
    if (coldStart.get("coreWithDependenciesBytes") == null) {
      rows.add(missing(sizeWhat, "recorded"));
    } else {
      rows.add(
          new Row(
              sizeWhat,
              "%s in %s jars (seawall-core itself %s)"
                  .formatted(
                      size(coldStart.get("coreWithDependenciesBytes")),
                      coldStart.get("coreWithDependenciesJars"),
                      size(coldStart.get("coreJarBytes"))),
              "%s (OkHttp, Okio, Kotlin stdlib, Moshi)"
                  .formatted(size(coldStart.get("floorDependenciesBytes"))),
              ratio(
                  coldStart.get("coreWithDependenciesBytes"),
                  coldStart.get("floorDependenciesBytes")),
              "-",
              "recorded"));
    }
    // 7. The Java peer client (https only: it always builds https URLs).
    for (String resource : List.of("droplet", "firewall")) {
      Map<String, String> params = Map.of("resource", resource);
      rows.add(
          compare(
              "GET %s, service get vs peer client (digitalocean-api-client 2.17), https, 1 thread"
                  .formatted(resource),
              find(jmh, "PeerBenchmark.seawallService", params, 1),
              find(jmh, "PeerBenchmark.peer", params, 1),
              "comparison (the issue sets no number)"));
    }
    return rows;
  }

  private static Optional<JmhResult> find(
      List<JmhResult> jmh, String method, Map<String, String> params, int threads) {
    return jmh.stream()
        .filter(r -> r.method().equals(method))
        .filter(r -> r.threads() == threads)
        .filter(r -> r.params().entrySet().containsAll(params.entrySet()))
        .findFirst();
  }

  /** A row comparing two JMH results: time ratio and allocation ratio. */
  static Row compare(
      String what, Optional<JmhResult> seawall, Optional<JmhResult> reference, String target) {
    if (seawall.isEmpty() || reference.isEmpty()) {
      return missing(what, target);
    }
    JmhResult s = seawall.get();
    JmhResult r = reference.get();
    String alloc =
        s.bytesPerOp().isPresent() && r.bytesPerOp().isPresent()
            ? ratio(s.bytesPerOp().get(), r.bytesPerOp().get())
            : "-";
    return new Row(what, describe(s), describe(r), ratio(s.score(), r.score()), alloc, target);
  }

  private static Row counts(
      String what, @Nullable String seawall, @Nullable String reference, String target) {
    if (seawall == null || reference == null) {
      return missing(what, target);
    }
    return new Row(what, seawall, reference, ratio(seawall, reference), "-", target);
  }

  private static String transfer(Map<String, String> spaces, String side) {
    return "up %s MiB/s, down %s MiB/s, peak heap %s MiB"
        .formatted(
            spaces.get(side + "UploadMiBps"),
            spaces.get(side + "DownloadMiBps"),
            spaces.get(side + "PeakHeapMiB"));
  }

  private static String calls(Map<String, String> stack, String side) {
    return "%s (%s reads, %s writes)"
        .formatted(
            stack.get(side + "Calls"), stack.get(side + "Reads"), stack.get(side + "Writes"));
  }

  /** A byte count as KB or MB (1 KB = 1,000 B). */
  static String size(@Nullable String bytes) {
    try {
      return bytes == null ? "-" : bytes(Double.parseDouble(bytes)).replace("/op", "");
    } catch (NumberFormatException e) {
      return bytes;
    }
  }

  private static Row missing(String what, String target) {
    return new Row(what, "not measured", "-", "-", "-", target);
  }

  private static String describe(JmhResult result) {
    String time = "%s %s".formatted(significant(result.score()), result.unit());
    return result.bytesPerOp().map(b -> time + ", " + bytes(b)).orElse(time);
  }

  /** {@code seawall / reference} with two decimals, or a dash when it cannot be computed. */
  public static String ratio(double seawall, double reference) {
    if (reference == 0 || Double.isNaN(seawall) || Double.isNaN(reference)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", seawall / reference);
  }

  static String ratio(@Nullable String seawall, @Nullable String reference) {
    try {
      return seawall == null || reference == null
          ? "-"
          : ratio(Double.parseDouble(seawall), Double.parseDouble(reference));
    } catch (NumberFormatException e) {
      return "-";
    }
  }

  private static String fixed(@Nullable String value) {
    try {
      return value == null ? "-" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** Three significant digits, e.g. {@code 412}, {@code 41.2}, {@code 0.114}. */
  public static String significant(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** Bytes per operation as B, KB or MB (1 KB = 1,000 B). */
  public static String bytes(double value) {
    if (value >= 1_000_000) {
      return significant(value / 1_000_000) + " MB/op";
    }
    if (value >= 1_000) {
      return significant(value / 1_000) + " KB/op";
    }
    return significant(value) + " B/op";
  }

  /** The Markdown table. */
  public static String render(List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append(
        "| # | measurement | Seawall | reference | ratio (time or count) | allocation ratio | target |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    int n = 1;
    for (Row row : rows) {
      md.append("| ")
          .append(n++)
          .append(" | ")
          .append(cell(row.what()))
          .append(" | ")
          .append(cell(row.seawall()))
          .append(" | ")
          .append(cell(row.reference()))
          .append(" | ")
          .append(cell(row.timeRatio()))
          .append(" | ")
          .append(cell(row.allocRatio()))
          .append(" | ")
          .append(cell(row.target()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
