package dev.seawall.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's logic on canned results; no benchmark runs here and no timing is asserted. */
class ReportTest {
  private static String entry(
      String method, String params, int threads, double score, double bytes) {
    return """
        {"jmhVersion":"1.37","benchmark":"dev.seawall.benchmarks.%s","mode":"avgt",
         "threads":%d,"params":{%s},
         "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"us/op"},
         "secondaryMetrics":{"gc.alloc.rate":{"score":1.0,"scoreUnit":"MB/sec"},
           "gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op"}}}"""
        .formatted(method, threads, params, score, bytes);
  }

  private static final String FIREWALL_HTTP = "\"resource\":\"firewall\",\"scheme\":\"http\"";

  @Test
  void parseJmh_whenJmhJson_readsMethodParamsThreadsScoreAndAllocation() {
    List<Report.JmhResult> results =
        Report.parseJmh(
            "[" + entry("RequestBenchmark.floor", FIREWALL_HTTP, 4, 250.5, 20000) + "]");

    assertThat(results)
        .containsExactly(
            new Report.JmhResult(
                "RequestBenchmark.floor",
                Map.of("resource", "firewall", "scheme", "http"),
                4,
                250.5,
                "us/op",
                Optional.of(20000.0)));
  }

  @Test
  void rows_whenSeawallAndFloorMeasured_giveTimeAndAllocationRatios() {
    List<Report.JmhResult> jmh =
        Report.parseJmh(
            "["
                + entry("RequestBenchmark.floor", FIREWALL_HTTP, 1, 200, 20000)
                + ","
                + entry("RequestBenchmark.seawallService", FIREWALL_HTTP, 1, 220, 45000)
                + "]");

    List<Report.Row> rows = Report.rows(jmh, Map.of(), Map.of(), Map.of());

    assertThat(rows)
        .filteredOn(r -> r.what().equals("GET firewall, service get http, 1 thread"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.seawall()).isEqualTo("220 us/op, 45.0 KB/op");
              assertThat(row.reference()).isEqualTo("200 us/op, 20.0 KB/op");
              assertThat(row.timeRatio()).isEqualTo("1.10");
              assertThat(row.allocRatio()).isEqualTo("2.25");
            });
  }

  @Test
  void rows_whenPeerMeasured_giveSeawallOverPeerForEachResource() {
    List<Report.JmhResult> jmh =
        Report.parseJmh(
            "["
                + entry("PeerBenchmark.seawallService", "\"resource\":\"droplet\"", 1, 900, 24000)
                + ","
                + entry("PeerBenchmark.peer", "\"resource\":\"droplet\"", 1, 1200, 120000)
                + "]");

    List<Report.Row> rows = Report.rows(jmh, Map.of(), Map.of(), Map.of());

    assertThat(rows)
        .filteredOn(r -> r.what().contains("peer client"))
        .extracting(Report.Row::what, Report.Row::timeRatio, Report.Row::allocRatio)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "GET droplet, service get vs peer client (digitalocean-api-client 2.17), https,"
                    + " 1 thread",
                "0.75",
                "0.20"),
            org.assertj.core.groups.Tuple.tuple(
                "GET firewall, service get vs peer client (digitalocean-api-client 2.17), https,"
                    + " 1 thread",
                "-",
                "-"));
    assertThat(rows)
        .filteredOn(r -> r.what().startsWith("GET firewall, service get vs peer"))
        .singleElement()
        .satisfies(r -> assertThat(r.seawall()).isEqualTo("not measured"));
  }

  @Test
  void rows_whenNothingMeasured_keepEveryRowAndSayNotMeasured() {
    List<Report.Row> rows = Report.rows(List.of(), Map.of(), Map.of(), Map.of());

    assertThat(rows).hasSizeGreaterThan(20).allSatisfy(r -> assertThat(r.target()).isNotBlank());
    assertThat(rows)
        .filteredOn(r -> r.what().startsWith("rate limiter"))
        .singleElement()
        .satisfies(r -> assertThat(r.seawall()).isEqualTo("not measured"));
  }

  @Test
  void rows_whenProgramsRan_reportRateLimitListingAndStack() {
    List<Report.Row> rows =
        Report.rows(
            List.of(),
            Map.of(
                "virtualSeconds",
                "180",
                "allowedSeconds",
                "180",
                "fractionOfAllowedRate",
                "1.0",
                "status429",
                "0"),
            Map.of("seawallRequests", "50", "floorRequests", "50"),
            map(
                "stackWallSeconds",
                "6",
                "naiveWallSeconds",
                "12",
                "stackCalls",
                "44",
                "naiveCalls",
                "34",
                "resources",
                "11",
                "secondApplyReads",
                "19",
                "secondApplyWrites",
                "0",
                "livePlanReads",
                "15",
                "livePlanWrites",
                "0",
                "parallelism",
                "4",
                "latencyMillis",
                "50",
                "provisioningSeconds",
                "2"));

    assertThat(rows)
        .extracting(Report.Row::what, Report.Row::timeRatio)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "rate limiter: 1,000 requests against 250/min (virtual time)", "rate 1.00"),
            org.assertj.core.groups.Tuple.tuple("list 10,000 droplets: requests", "1.00"),
            org.assertj.core.groups.Tuple.tuple(
                "stack apply (parallelism 4) vs naive sequential script: wall time (s)"
                    + " (11 resources, 50 ms per request, 2 s provisioning)",
                "0.50"),
            org.assertj.core.groups.Tuple.tuple(
                "live plan: reads for 11 resources", "reads/resource 1.36"),
            org.assertj.core.groups.Tuple.tuple(
                "stack apply vs naive sequential script: API calls", "1.29"),
            org.assertj.core.groups.Tuple.tuple(
                "second apply: reads, writes for 11 resources", "reads/resource 1.73"));
  }

  @Test
  void rows_whenColdStartRan_reportMedianRatioAndSizes() {
    List<Report.Row> rows =
        Report.rows(
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            map(
                "runs", "5",
                "seawallMainMillis", "390",
                "floorMainMillis", "300",
                "seawallProcessMillis", "800",
                "floorProcessMillis", "640",
                "coreJarBytes", "400000",
                "coreWithDependenciesBytes", "4500000",
                "coreWithDependenciesJars", "12",
                "floorDependenciesBytes", "3000000"),
            Map.of());

    assertThat(rows)
        .filteredOn(r -> r.what().startsWith("cold start"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.what()).contains("median of 5 child JVMs");
              assertThat(r.seawall()).isEqualTo("390 ms (800 ms)");
              assertThat(r.timeRatio()).isEqualTo("1.30 (whole process 1.25)");
            });
    assertThat(rows)
        .filteredOn(r -> r.what().startsWith("size: seawall-core"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.seawall()).isEqualTo("4.50 MB in 12 jars (seawall-core itself 400 KB)");
              assertThat(r.reference()).startsWith("3.00 MB");
              assertThat(r.timeRatio()).isEqualTo("1.50");
            });
  }

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void rows_whenSpacesRan_reportThroughputRatiosAndPeakHeap() {
    List<Report.Row> rows =
        Report.rows(
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            map(
                "mebibytes", "64",
                "seawallUploadMiBps", "19.0",
                "seawallDownloadMiBps", "80.0",
                "seawallPeakHeapMiB", "60.0",
                "minioUploadMiBps", "20.0",
                "minioDownloadMiBps", "100.0",
                "minioPeakHeapMiB", "50.0"));

    assertThat(rows)
        .filteredOn(r -> r.what().startsWith("Spaces SSE-C 64 MiB"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.seawall())
                  .isEqualTo("up 19.0 MiB/s, down 80.0 MiB/s, peak heap 60.0 MiB");
              assertThat(r.timeRatio()).isEqualTo("upload 0.95, download 0.80");
              assertThat(r.allocRatio()).isEqualTo("peak heap 1.20");
            });
  }

  @Test
  void render_whenRows_writesOneMarkdownTableWithEscapedCells() {
    String md = Report.render(List.of(new Report.Row("a|b", "1", "2", "0.50", "-", "≤ 1.1")));

    assertThat(md.lines().toList())
        .containsExactly(
            "| # | measurement | Seawall | reference | ratio (time or count) | allocation ratio |"
                + " target |",
            "|---|---|---|---|---|---|---|",
            "| 1 | a\\|b | 1 | 2 | 0.50 | - | ≤ 1.1 |");
  }

  @Test
  void ratio_whenReferenceIsZeroOrNaN_isADash() {
    assertThat(Report.ratio(1, 0)).isEqualTo("-");
    assertThat(Report.ratio(Double.NaN, 1)).isEqualTo("-");
    assertThat(Report.ratio(3, 2)).isEqualTo("1.50");
  }

  @Test
  void bytesAndSignificant_whenValuesOfEverySize_keepThreeDigits() {
    assertThat(Report.bytes(152)).isEqualTo("152 B/op");
    assertThat(Report.bytes(15_336)).isEqualTo("15.3 KB/op");
    assertThat(Report.bytes(2_400_000)).isEqualTo("2.40 MB/op");
    assertThat(Report.significant(0.114)).isEqualTo("0.114");
  }

  @Test
  void main_whenResultsDirectory_writesReportFile(@TempDir Path dir) throws Exception {
    new Results()
        .put("virtualSeconds", 180)
        .put("allowedSeconds", 180)
        .put("fractionOfAllowedRate", 1.0)
        .put("status429", 0)
        .write(dir, "ratelimit");
    Path out = dir.resolve("report.md");

    Report.main(new String[] {dir.toString(), out.toString(), "# header\n\n"});

    assertThat(Files.readString(out))
        .startsWith("# header\n\n| # |")
        .contains("| 180 s, 0 × 429 | 180 s (fastest allowed) | rate 1.00 |");
  }
}
