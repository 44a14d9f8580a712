package dev.seawall.cli;

import dev.seawall.cli.scan.FileScan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code seawall scan FILE_OR_DIR...}: Seawall's rules over the Functions projects and Kubernetes
 * manifests of a repository ({@link FileScan}), written as a table, JSON or SARIF.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the files teams keep in their repositories against Seawall's rules and writes the"
          + " findings as a table, JSON or SARIF: Functions projects (project.yml or project.yaml,"
          + " as doctl serverless deploy reads them: SW-FN-001 web exposure, SW-FN-002 anonymous"
          + " web functions, SW-FN-003 raw HTTP, SW-FN-005 secret literals) and Kubernetes"
          + " manifests (every other *.yaml/*.yml, one or many documents: SW-K8S-009, a Service"
          + " of type LoadBalancer without TLS; other kinds are ignored).",
      "Directories are walked; .git, node_modules, target and Helm chart templates are skipped."
          + " Findings point at file and line relative to --source-dir, and a comment line such as"
          + " '# seawall:accept SW-K8S-009 OPS-7: internal load balancer' right above a finding's"
          + " line accepts it with that justification (a SARIF suppression).",
      "Exit code 4 when an open finding reaches --fail-on; 3 when a path does not exist or a file"
          + " is not YAML (the message names file and line)."
    })
final class ScanCommand implements Callable<Integer> {
  @ParentCommand private SeawallCli root;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE_OR_DIR",
      arity = "1..*",
      description = "files to scan, or directories to search for project.yml and *.yaml/*.yml")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = "--source-dir",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "the directory the report's paths are relative to, e.g. the repository's root for code"
              + " scanning (default: the current directory); every path must be inside it")
  private Path sourceDir = Path.of(".");

  @Mixin private ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    boolean interactive = report.interactive(root.environment());
    FileScan scan = FileScan.of(paths, sourceDir);
    if (interactive) {
      scan.files()
          .forEach(
              f ->
                  err.println(
                      "  scanned "
                          + f.path()
                          + " ("
                          + f.kind().label()
                          + "): "
                          + f.findings()
                          + (f.findings() == 1 ? " finding" : " findings")));
    }
    scan.notes().forEach(note -> err.println("seawall: " + note));
    err.println(summary(scan));
    err.flush();
    return report.write(scan.report(), spec.commandLine().getOut(), interactive);
  }

  private static String summary(FileScan scan) {
    long projects =
        scan.files().stream().filter(f -> f.kind() == FileScan.Kind.FUNCTIONS_PROJECT).count();
    long manifests = scan.files().size() - projects;
    return "Scanned "
        + count(scan.files().size(), "file")
        + ": "
        + count(projects, "Functions project")
        + ", "
        + count(manifests, "Kubernetes manifest file")
        + ".";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
