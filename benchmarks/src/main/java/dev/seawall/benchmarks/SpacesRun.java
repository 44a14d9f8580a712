package dev.seawall.benchmarks;

import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SpacesObject;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.testkit.EmbeddedS3;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.ServerSideEncryption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;

/**
 * Spaces SSE-C throughput and heap: one upload and one download of {@value #DEFAULT_MIB} MiB (or
 * the size given) with a customer-provided key, against {@link EmbeddedS3} (s3proxy over https),
 * through Seawall ({@code ObjectService.put(spec, InputStream, size)} and {@code download(key,
 * sseKey)}) and through MinIO's client directly ({@code putObject}/{@code getObject} with the same
 * 8 MiB parts), each side in a child JVM with {@code -Xmx128m}. The content is generated while it
 * is sent and the download is read into a 64 KiB buffer, so neither side holds the object. The
 * child records the times and the peak use of the heap's memory pools. s3proxy gets faster with
 * every transfer it serves, so one unmeasured child per side runs first and the two measured rounds
 * alternate the order of the sides.
 *
 * <p>The s3proxy jar comes from {@code -Dseawall.s3proxyJar} (run.sh passes the one in {@code
 * ~/.m2}). s3proxy's in-memory store ({@code transient-nio2}, the one that enforces SSE-C) holds
 * every object and its multipart parts in its own heap, and does not give the memory back at once
 * (each child still deletes its object after the download, untimed). So unless {@code
 * -Dseawall.s3proxyMaxHeap} says otherwise the run gives s3proxy 8 × the size (at least {@link
 * EmbeddedS3#DEFAULT_MAX_HEAP}): {@code SpacesRun dir 256} runs the 256 MiB with a 2 GiB
 * s3proxy (1 GiB failed: the third upload timed out). The default size is 64 MiB, which is quicker.
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.SpacesRun [results-dir] [MiB]} writes {@code
 * spaces.tsv}.
 */
public final class SpacesRun {
  static final int DEFAULT_MIB = 64;
  static final long PART_SIZE = 8L * 1024 * 1024;
  static final String REGION = "nyc3";

  private SpacesRun() {}

  /** Runs it; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path dir = Results.dir(args);
    int mib = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_MIB;
    if (System.getProperty(EmbeddedS3.MAX_HEAP_PROPERTY) == null) {
      System.setProperty(EmbeddedS3.MAX_HEAP_PROPERTY, Math.max(512, 8 * mib) + "m");
    }
    Results results =
        new Results()
            .put("mebibytes", mib)
            .put("childHeap", "-Xmx128m")
            .put("s3proxyMaxHeap", System.getProperty(EmbeddedS3.MAX_HEAP_PROPERTY));
    try (EmbeddedS3 s3 = EmbeddedS3.start()) {
      Path pem = Files.createTempFile("seawall-bench-s3-", ".pem");
      try {
        Files.writeString(pem, s3.certificatePem(), StandardCharsets.UTF_8);
        Spaces spaces =
            Spaces.builder()
                .credentials(SpacesCredentials.of(s3.accessKeyId(), s3.secretAccessKey()))
                .httpClient(s3.httpClient())
                .build();
        SpacesEndpoint endpoint = SpacesEndpoint.of(s3.endpoint());
        spaces
            .buckets(REGION, endpoint)
            .create(BucketSpec.builder().name("bench").region(REGION).endpoint(endpoint).build());
        List<String> common =
            List.of(s3.endpoint(), s3.accessKeyId(), s3.secretAccessKey(), pem.toString(), "bench");
        // s3proxy runs faster with every transfer it serves (its JIT warms up), so a later child
        // is faster whatever its side: one unmeasured child per side first, then the measured
        // rounds in alternating order (Seawall, MinIO, MinIO, Seawall).
        child("seawall", common, mib, -1);
        child("minio", common, mib, -1);
        List<double[]> seawall = new ArrayList<>();
        List<double[]> minio = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
          boolean seawallFirst = round % 2 == 0;
          double[] first = child(seawallFirst ? "seawall" : "minio", common, mib, round);
          double[] second = child(seawallFirst ? "minio" : "seawall", common, mib, round);
          seawall.add(seawallFirst ? first : second);
          minio.add(seawallFirst ? second : first);
        }
        record("seawall", seawall, mib, results);
        record("minio", minio, mib, results);
      } finally {
        Files.deleteIfExists(pem);
      }
    }
    results.write(dir, "spaces");
  }

  private static void record(String side, List<double[]> runs, int mib, Results results) {
    // The better of the rounds: the first child also warms s3proxy's JIT.
    double upload = runs.stream().mapToDouble(r -> r[0]).min().orElseThrow();
    double download = runs.stream().mapToDouble(r -> r[1]).min().orElseThrow();
    double peak = runs.stream().mapToDouble(r -> r[2]).max().orElseThrow();
    results
        .put(side + "UploadMiBps", fixed(mib / (upload / 1000)))
        .put(side + "DownloadMiBps", fixed(mib / (download / 1000)))
        .put(side + "PeakHeapMiB", fixed(peak / (1024 * 1024)));
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** One child: {upload ms, download ms, peak heap bytes}. */
  private static double[] child(String side, List<String> common, int mib, int round)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Child.class.getName());
    command.add(side);
    command.addAll(common);
    command.add(side + "-" + round + ".bin");
    command.add(String.valueOf(mib));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(side + " child failed: " + output);
    }
    String[] lines = output.strip().split("\n");
    String[] fields = lines[lines.length - 1].strip().split(" ");
    System.out.println(side + " round " + round + ": " + lines[lines.length - 1]);
    return new double[] {
      Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])
    };
  }

  /**
   * The child: {@code seawall|minio endpoint accessKey secret pemFile bucket key MiB}; prints
   * {@code uploadMillis downloadMillis peakHeapBytes}.
   */
  public static final class Child {
    private Child() {}

    /** See the class comment. */
    public static void main(String[] args) throws Exception {
      String side = args[0];
      String endpoint = args[1];
      String accessKey = args[2];
      String secret = args[3];
      String pem = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8);
      String bucket = args[5];
      String key = args[6];
      long size = Long.parseLong(args[7]) * 1024 * 1024;
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder()
              .addTrustedCertificate(Certificates.decodeCertificatePem(pem))
              .build();
      OkHttpClient http =
          new OkHttpClient.Builder()
              .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
              .build();
      SseCustomerKey sseKey = SseCustomerKey.generate();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long uploadNanos;
      long downloadNanos;
      if (side.equals("seawall")) {
        Spaces spaces =
            Spaces.builder()
                .credentials(SpacesCredentials.of(accessKey, secret))
                .httpClient(http)
                .build();
        var objects = spaces.objects(BucketRef.of(bucket, REGION, SpacesEndpoint.of(endpoint)));
        long started = System.nanoTime();
        objects.put(
            PutObjectSpec.builder().key(key).sseCustomerKey(sseKey).build(),
            new Generated(size),
            size);
        uploadNanos = System.nanoTime() - started;
        started = System.nanoTime();
        try (SpacesObject object = objects.download(key, sseKey)) {
          drain(object.content(), size);
        }
        downloadNanos = System.nanoTime() - started;
        objects.delete(key); // s3proxy keeps objects in its heap: one at a time
      } else {
        MinioClient minio =
            MinioClient.builder()
                .endpoint(endpoint)
                .region(REGION)
                .credentials(accessKey, secret)
                .httpClient(http)
                .build();
        ServerSideEncryption.CustomerKey ssec =
            new ServerSideEncryption.CustomerKey(new SecretKeySpec(sseKey.keyBytes(), "AES"));
        long started = System.nanoTime();
        minio.putObject(
            PutObjectArgs.builder().bucket(bucket).object(key).stream(
                    new Generated(size), size, PART_SIZE)
                .sse(ssec)
                .build());
        uploadNanos = System.nanoTime() - started;
        started = System.nanoTime();
        try (InputStream in =
            minio.getObject(
                GetObjectArgs.builder().bucket(bucket).object(key).ssec(ssec).build())) {
          drain(in, size);
        }
        downloadNanos = System.nanoTime() - started;
        minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
      }
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println(uploadNanos / 1_000_000 + " " + downloadNanos / 1_000_000 + " " + peak);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      System.exit(0);
    }

    private static void drain(InputStream in, long expected) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
      }
      if (total != expected) {
        throw new IOException("read " + total + " bytes, expected " + expected);
      }
    }
  }

  /** {@code size} bytes of a simple pattern, made as they are read (nothing held). */
  static final class Generated extends InputStream {
    private final long size;
    private long position;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return position < size ? (int) (position++ * 31 & 0xff) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (position++ * 31);
      }
      return n;
    }
  }
}
