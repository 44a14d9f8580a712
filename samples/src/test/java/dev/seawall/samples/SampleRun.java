package dev.seawall.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of the main sample against a {@link SampleEnvironment}: its exit status and
 * what it printed.
 *
 * @param status the exit status {@link HardenedStack#run} returned
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record SampleRun(int status, String out, String err) {

  /**
   * Runs the sample with {@code --output-dir output} and {@code flags}.
   *
   * @param flags further command-line flags, e.g. {@code --with-app}
   */
  static SampleRun of(SampleEnvironment environment, Path output, String... flags) {
    List<String> args = new ArrayList<>(List.of("--output-dir", output.toString()));
    args.addAll(List.of(flags));
    SampleOptions options = SampleOptions.parse(args.toArray(String[]::new), output);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = HardenedStack.run(options, environment, stdout, stderr);
    }
    return new SampleRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
