package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.testing.S3ProxyServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 64 MiB upload (and download) completes in a JVM whose heap is capped at 32 MiB: the upload
 * streams, holding about one part in memory. Runs {@link BoundedMemoryUpload} in a child JVM.
 */
class BoundedMemoryUploadTest {
  private static final long SIZE = 64L * 1024 * 1024;
  private static final long MAX_HEAP = 32L * 1024 * 1024;

  @Test
  void put_64MiBWithHeapCappedAt32MiB_completesAndRoundTrips() throws Exception {
    S3ProxyServer server = S3ProxyServer.get();
    BucketRef ref;
    try (Spaces spaces = server.spaces()) {
      ref = server.createBucket(spaces, "bounded");
    }
    long seed = System.nanoTime();
    String expected = GeneratedStream.sha256(new GeneratedStream(seed, SIZE));
    Path pem = Files.createTempFile(Path.of("target"), "s3proxy-cert", ".pem");
    Files.writeString(pem, server.certificatePem());

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + (MAX_HEAP / (1024 * 1024)) + "m");
    command.add("-cp");
    command.add(classPath());
    command.add(BoundedMemoryUpload.class.getName());
    command.add(ref.endpoint().toString());
    command.add(ref.name());
    command.add(ref.region());
    command.add(Long.toString(SIZE));
    command.add(Long.toString(seed));
    command.add(pem.toAbsolutePath().toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    SpacesCredentials credentials = server.credentials();
    builder.environment().put(SpacesCredentials.ACCESS_KEY_ID_VARIABLE, credentials.accessKeyId());
    builder
        .environment()
        .put(SpacesCredentials.SECRET_ACCESS_KEY_VARIABLE, credentials.secretAccessKey());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    long maxMemory = Long.parseLong(line(output, "maxMemory="));
    assertThat(maxMemory).isLessThanOrEqualTo(MAX_HEAP).isLessThan(SIZE);
    assertThat(line(output, "size=")).isEqualTo(Long.toString(SIZE));
    assertThat(line(output, "sha256=")).isEqualTo(expected);
  }

  private static String line(String output, String prefix) {
    return output
        .lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + prefix + " in:\n" + output));
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path")
            .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }
}
