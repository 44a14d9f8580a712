package dev.seawall.benchmarks;

import com.squareup.moshi.Moshi;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.ApiToken;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.FakeDigitalOcean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cold start to the first request, and the size of {@code seawall-core} with its runtime
 * dependencies.
 *
 * <p>Cold start: {@value #RUNS} fresh child JVMs per side, interleaved (Seawall, floor, Seawall,
 * ...), each sending one {@code GET /v2/account} to a {@link FakeDigitalOcean} in this JVM and
 * decoding the answer: Seawall through {@code DigitalOcean.builder()...build()} and {@code
 * api().call(...)}; the floor through a new {@code OkHttpClient} and Moshi into a {@code Map}. The
 * child prints the milliseconds from entering {@code main} to the decoded answer (class loading,
 * client set-up, connection, request); this JVM also records the whole child process (JVM boot to
 * exit). Medians of each. Both children have the same class path.
 *
 * <p>Size: the jars on {@code target/core-classpath.txt} (written by {@code run.sh} with {@code mvn
 * dependency:build-classpath -pl core -DincludeScope=runtime}) plus the {@code seawall-core} jar on
 * this class path; the reference is the floor's share of them (OkHttp, Okio, Kotlin's standard
 * library and its annotations, Moshi).
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.ColdStartRun [results-dir] [runs]} writes {@code
 * coldstart.tsv}.
 */
public final class ColdStartRun {
  static final int RUNS = 7;

  private ColdStartRun() {}

  /** Runs it; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path dir = Results.dir(args);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
    Results results = new Results().put("runs", runs);
    try (FakeDigitalOcean fake = FakeDigitalOcean.builder().withoutContract().build().start()) {
      List<Double> seawallMain = new ArrayList<>();
      List<Double> floorMain = new ArrayList<>();
      List<Double> seawallProcess = new ArrayList<>();
      List<Double> floorProcess = new ArrayList<>();
      // One unmeasured child each first: the OS file cache, as on a machine that ran Java before.
      child("seawall", fake.url());
      child("floor", fake.url());
      for (int i = 0; i < runs; i++) {
        double[] s = child("seawall", fake.url());
        seawallMain.add(s[0]);
        seawallProcess.add(s[1]);
        double[] f = child("floor", fake.url());
        floorMain.add(f[0]);
        floorProcess.add(f[1]);
      }
      results
          .put("seawallMainMillis", round(median(seawallMain)))
          .put("floorMainMillis", round(median(floorMain)))
          .put("seawallProcessMillis", round(median(seawallProcess)))
          .put("floorProcessMillis", round(median(floorProcess)));
    }
    sizes(dir.resolveSibling("core-classpath.txt"), results);
    results.write(dir, "coldstart");
  }

  /**
   * The Seawall child (its own class, so the floor's child never loads or verifies Seawall's
   * classes): prints the microseconds from {@code main} to the decoded answer.
   */
  public static final class SeawallProbe {
    private SeawallProbe() {}

    /** {@code SeawallProbe URL}. */
    public static void main(String[] args) {
      long entered = System.nanoTime();
      seawall(args[0]);
      System.out.println((System.nanoTime() - entered) / 1_000);
    }

    private static void seawall(String url) {
      try (DigitalOcean client =
          DigitalOcean.builder()
              .token(ApiToken.of("dop_v1_" + "0".repeat(64)))
              .baseUrl(url)
              .build()) {
        Object account =
            client
                .api()
                .call(ApiRequest.of(CoreOperations.ACCOUNT_GET).build(), "account", Map.class);
        if (account == null) {
          throw new IllegalStateException("no account");
        }
      }
    }
  }

  /** The floor's child: plain OkHttp and Moshi; prints as {@link SeawallProbe} does. */
  public static final class FloorProbe {
    private FloorProbe() {}

    /** {@code FloorProbe URL}. */
    public static void main(String[] args) throws IOException {
      long entered = System.nanoTime();
      floor(args[0]);
      System.out.println((System.nanoTime() - entered) / 1_000);
    }

    private static void floor(String url) throws IOException {
      OkHttpClient http = new OkHttpClient();
      Request request =
          new Request.Builder()
              .url(url + "/v2/account")
              .header("Authorization", "Bearer dop_v1_" + "0".repeat(64))
              .build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        Map<?, ?> body =
            new Moshi.Builder().build().adapter(Map.class).fromJson(response.body().source());
        if (body == null || !body.containsKey("account")) {
          throw new IllegalStateException("no account");
        }
      } finally {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    }
  }

  /** One child JVM: {main-to-answer ms, whole process ms}. */
  private static double[] child(String side, String url) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            (side.equals("seawall") ? SeawallProbe.class : FloorProbe.class).getName(),
            url);
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    double processMillis = (System.nanoTime() - started) / 1e6;
    if (status != 0) {
      throw new IllegalStateException(side + " child failed (" + status + "): " + output);
    }
    String[] lines = output.strip().split("\n");
    return new double[] {Long.parseLong(lines[lines.length - 1].strip()) / 1e3, processMillis};
  }

  /** Records the jar sizes; nothing when the dependency list is missing. */
  static void sizes(Path coreClasspath, Results results) {
    if (!Files.exists(coreClasspath)) {
      System.err.println("no " + coreClasspath + ": sizes not measured (run.sh writes it)");
      return;
    }
    try {
      List<String> jars =
          new ArrayList<>(
              Arrays.asList(
                  Files.readString(coreClasspath, StandardCharsets.UTF_8).strip().split(":")));
      Arrays.stream(System.getProperty("java.class.path").split(":"))
          .filter(p -> Path.of(p).getFileName().toString().startsWith("seawall-core"))
          .findFirst()
          .ifPresent(jars::add);
      long total = 0;
      long floor = 0;
      long core = 0;
      for (String jar : jars) {
        long size = Files.size(Path.of(jar));
        total += size;
        String name = Path.of(jar).getFileName().toString();
        if (isFloor(name)) {
          floor += size;
        }
        if (name.startsWith("seawall-core")) {
          core = size;
        }
      }
      results
          .put("coreJarBytes", core)
          .put("coreWithDependenciesBytes", total)
          .put("coreWithDependenciesJars", jars.size())
          .put("floorDependenciesBytes", floor)
          .put(
              "jars",
              String.join(
                  " ", jars.stream().map(j -> Path.of(j).getFileName().toString()).toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The floor's own dependencies: OkHttp, Okio, Kotlin's standard library (+ annotations), Moshi.
   */
  static boolean isFloor(String jarName) {
    return jarName.startsWith("okhttp-")
        || jarName.startsWith("okio-")
        || jarName.startsWith("kotlin-stdlib")
        || jarName.startsWith("annotations-")
        || jarName.startsWith("moshi-");
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String round(double millis) {
    return String.format(Locale.ROOT, "%.0f", millis);
  }
}
