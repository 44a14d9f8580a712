package dev.seawall.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code seawall}: Seawall's command line. Subcommands: {@code audit} (every resource of an account
 * checked with Seawall's rules), {@code scan FILE_OR_DIR...} (the same rules over Functions {@code
 * project.yml} files and Kubernetes manifests), {@code terraform scan PLAN.json} (the same rules
 * over a Terraform plan or state), {@code terraform scopes PLAN.json} (the minimal token for
 * applying a Terraform plan) and {@code fake-server} (the in-memory DigitalOcean for rehearsals).
 * {@code --help} works on every level.
 *
 * <p>Exit codes: {@value #OK} success; {@value #INCOMPLETE} the result is incomplete (a plan names
 * DigitalOcean resources Seawall does not know, or a resource could not be checked); {@value
 * #USAGE} usage error (unknown option, missing argument); {@value #INPUT} the input cannot be read
 * or is not what the command expects; {@value #FINDINGS} an open finding at or above {@code
 * --fail-on}; {@value #API} the DigitalOcean API refused or failed.
 */
@Command(
    name = "seawall",
    mixinStandardHelpOptions = true,
    versionProvider = SeawallCli.Version.class,
    description =
        "Secure DigitalOcean provisioning: account audits, scans of repository files (Functions"
            + " projects, Kubernetes manifests) and Terraform plans, minimal token scopes and a"
            + " local DigitalOcean.",
    subcommands = {
      AuditCommand.class,
      ScanCommand.class,
      TerraformCommand.class,
      FakeServerCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:incomplete: the plan names DigitalOcean resources Seawall does not know, or a resource"
          + " could not be checked",
      "2:usage error",
      "3:the input cannot be read or is not what the command expects",
      "4:findings: an open finding at or above --fail-on (audit, scan, terraform scan)",
      "5:the DigitalOcean API refused or failed (audit): the message says why"
    })
public final class SeawallCli implements Runnable {
  /** Success. */
  public static final int OK = 0;

  /** The result is incomplete. */
  public static final int INCOMPLETE = 1;

  /** Usage error. */
  public static final int USAGE = 2;

  /** Unreadable or unexpected input. */
  public static final int INPUT = 3;

  /** An open finding at or above {@code --fail-on}. */
  public static final int FINDINGS = 4;

  /** The API refused or failed. */
  public static final int API = 5;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  private SeawallCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The environment variables the commands read (the token, Spaces keys, {@code NO_COLOR}). */
  Map<String, String> environment() {
    return environment;
  }

  /** Without a subcommand: the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs the command line with the given environment variables instead of the process's.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param environment variable names to values, e.g. {@code DIGITALOCEAN_TOKEN}
   * @return the exit code
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
    CommandLine line = new CommandLine(new SeawallCli(environment));
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(
        e ->
            e instanceof CommandLine.ParameterException
                ? USAGE
                : e instanceof IllegalArgumentException || e instanceof java.io.IOException
                    ? INPUT
                    : e instanceof dev.seawall.core.SeawallException ? API : INCOMPLETE);
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("seawall: " + e.getMessage());
          return commandLine.getExitCodeExceptionMapper().getExitCode(e);
        });
    return line.execute(args);
  }

  /**
   * The entry point of {@code java -jar seawall.jar}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    if (code != OK || args.length == 0 || !args[0].equals("fake-server")) {
      System.exit(code);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SeawallCli.class.getPackage().getImplementationVersion();
      return new String[] {"seawall " + (version == null ? "dev" : version)};
    }
  }
}
