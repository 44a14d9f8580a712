package dev.seawall.cli;

import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The report options {@code seawall audit}, {@code seawall scan} and {@code seawall terraform scan}
 * share ({@code --format}, {@code --output}, {@code --fail-on}, {@code --batch-mode}), and writing
 * the report with them.
 */
final class ReportOptions {
  /** The report formats. */
  enum Format {
    table,
    json,
    sarif
  }

  /** The least severe open finding that fails the command. */
  enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    note(Severity.NOTE),
    none(null);

    private final @Nullable Severity threshold;

    FailOn(@Nullable Severity threshold) {
      this.threshold = threshold;
    }
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table (for people, grouped by severity), json, or sarif (SARIF 2.1.0 for code"
              + " scanning). Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  @Nullable Path output;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "SEVERITY",
      description =
          "Exit with code 4 when an open (not accepted) finding of this severity or a worse one"
              + " is reported: error, warning, note, or none. Default: ${DEFAULT-VALUE}.")
  FailOn failOn = FailOn.error;

  @Option(
      names = {"-B", "--batch-mode"},
      description = "No colour and no progress, as in a CI log (also when not on a terminal).")
  boolean batchMode;

  /**
   * Whether the output may carry colour and progress: on a terminal, not in batch mode, and without
   * {@code NO_COLOR} or {@code TERM=dumb}.
   */
  boolean interactive(Map<String, String> environment) {
    return !batchMode
        && output == null
        && System.console() != null
        && !environment.containsKey("NO_COLOR")
        && !"dumb".equals(environment.get("TERM"));
  }

  /**
   * Writes the report in the chosen format to the chosen place.
   *
   * @param report the report
   * @param out standard output
   * @param ansi whether a table may be coloured
   * @return {@link SeawallCli#FINDINGS} when a finding at or above {@code --fail-on} is open,
   *     otherwise {@link SeawallCli#OK}
   * @throws IOException if the output file cannot be written
   */
  int write(PolicyReport report, PrintWriter out, boolean ansi) throws IOException {
    String text =
        switch (format) {
          case table -> report.toTable(ansi);
          case json -> report.toJson() + "\n";
          case sarif -> report.toSarif() + "\n";
        };
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    Severity threshold = failOn.threshold;
    return threshold != null && report.hasOpenFindings(threshold)
        ? SeawallCli.FINDINGS
        : SeawallCli.OK;
  }

  @Override
  public String toString() {
    return "ReportOptions[format=" + format.name().toLowerCase(Locale.ROOT) + "]";
  }
}
