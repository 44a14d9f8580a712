package dev.seawall.consumers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A committed Node.js project (package.json, package-lock.json, scripts) copied into a folder under
 * {@code target/} and installed there with the machine's {@code npm ci}, so the versions are the
 * pinned ones. {@link #require} skips the calling test when {@code node} or {@code npm} is missing,
 * and fails it instead under {@code CI=true}.
 */
final class NodeProject {
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);

  private final Path source;
  private final Path directory;
  private final Path npm;
  private final Path node;

  private NodeProject(Path source, Path directory, Path npm, Path node) {
    this.source = source;
    this.directory = directory;
    this.npm = npm;
    this.node = node;
  }

  /** The output and exit code of a finished process. */
  record Run(int exitCode, String output) {}

  /**
   * The project committed in {@code source}, to be installed into {@code directory}.
   *
   * @throws org.opentest4j.TestAbortedException when node or npm is missing outside CI
   * @throws IllegalStateException when node or npm is missing under {@code CI=true}
   */
  static NodeProject require(Path source, Path directory) {
    Optional<Path> npm = onPath("npm");
    Optional<Path> node = onPath("node");
    if (npm.isEmpty() || node.isEmpty()) {
      String message =
          "node and npm are needed to install and run " + source + " but were not found on PATH";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + " (CI=true: .ci/run installs them)");
      }
      Assumptions.abort(message + "; skipping (install Node.js 20+ to run it)");
    }
    return new NodeProject(source, directory, npm.get(), node.get());
  }

  /**
   * Copies the committed files and runs {@code npm ci} unless the same lock file is installed.
   *
   * @throws IllegalStateException when npm fails
   */
  NodeProject install() throws IOException, InterruptedException {
    Files.createDirectories(directory);
    try (var files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(
            file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path lock = directory.resolve("package-lock.json");
    Path installed = directory.resolve("node_modules/.seawall-installed-lock.json");
    if (Files.isRegularFile(installed) && Files.mismatch(lock, installed) == -1) {
      return this;
    }
    Run run =
        run(
            List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"),
            Map.of(),
            INSTALL_TIMEOUT);
    if (run.exitCode() != 0) {
      throw new IllegalStateException("npm ci failed in " + directory + ":\n" + run.output());
    }
    Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
    return this;
  }

  /** Runs {@code node script} in the project folder with extra environment variables. */
  Run node(String script, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    return run(List.of(node.toString(), script), environment, timeout);
  }

  private Run run(List<String> command, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(directory, "run-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(command))
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException(
          String.join(" ", command) + " did not finish within " + timeout + ":\n" + read(log));
    }
    return new Run(process.exitValue(), read(log));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
