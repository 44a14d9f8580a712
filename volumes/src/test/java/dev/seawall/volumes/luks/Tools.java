package dev.seawall.volumes.luks;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real tools the LUKS tests need (sh, shellcheck, cloud-init, cryptsetup, blkid, mkfs). A
 * missing tool skips the test with a message, unless the environment variable {@code CI} is {@code
 * true}: then it fails, so CI can never pass by skipping.
 */
final class Tools {
  /** Search path for tools; cryptsetup and mkfs live in sbin directories. */
  private static final List<String> SEARCH_PATH = searchPath();

  private static final String DEBIAN_PACKAGES =
      "apt-get install shellcheck cloud-init cryptsetup-bin xfsprogs e2fsprogs util-linux";

  private Tools() {}

  /** The absolute path of {@code tool}; skips (or, on CI, fails) the test when it is missing. */
  static Path require(String tool) {
    for (String dir : SEARCH_PATH) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message =
        tool + " is not installed; this test runs the real tool (Debian: " + DEBIAN_PACKAGES + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true and " + message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /**
   * Runs a command and waits for it (at most two minutes).
   *
   * @param directory the working directory
   * @param environment variables added to a minimal environment
   * @param stdin bytes written to standard input
   * @param command the command and its arguments
   */
  static Result run(
      Path directory, Map<String, String> environment, byte[] stdin, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", String.join(":", SEARCH_PATH));
    builder.environment().put("LC_ALL", "C");
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      CompletableFuture<byte[]> out = readAsync(process.getInputStream());
      CompletableFuture<byte[]> err = readAsync(process.getErrorStream());
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      } catch (IOException ignored) {
        // The process did not read its input; its exit status tells what happened.
      }
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("timed out: " + command);
      }
      return new Result(
          process.exitValue(),
          new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs a command without input or extra environment. */
  static Result run(Path directory, String... command) {
    return run(directory, Map.of(), new byte[0], List.of(command));
  }

  /**
   * Sources a generated script without running it ({@code SEAWALL_LUKS_FUNCTIONS_ONLY=1}) and runs
   * one of its functions with {@code sh} (dash on Debian).
   */
  static Result stage(Path directory, Path script, byte[] stdin, String function, String... args) {
    List<String> command = new ArrayList<>();
    command.add(require("sh").toString());
    command.add("-c");
    command.add(". \"$1\"; shift; \"$@\"");
    command.add("sh");
    command.add(script.toString());
    command.add(function);
    command.addAll(List.of(args));
    return run(directory, Map.of("SEAWALL_LUKS_FUNCTIONS_ONLY", "1"), stdin, command);
  }

  private static CompletableFuture<byte[]> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static List<String> searchPath() {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(":")) {
        if (!dir.isEmpty()) {
          dirs.add(dir);
        }
      }
    }
    for (String dir :
        List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
      if (!dirs.contains(dir)) {
        dirs.add(dir);
      }
    }
    return List.copyOf(dirs);
  }

  /** The outcome of a command. */
  record Result(int exitCode, String stdout, String stderr) {
    /** Both streams, for assertion messages. */
    String describe() {
      return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }
}
