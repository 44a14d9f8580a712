package dev.seawall.cli;

import dev.seawall.cli.terraform.PlanScopes;
import dev.seawall.cli.terraform.TerraformPlan;
import dev.seawall.cli.terraform.TerraformScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seawall terraform ...}: commands on Terraform plans. */
@Command(
    name = "terraform",
    mixinStandardHelpOptions = true,
    description =
        "Commands on Terraform plans and states ('terraform show -json PLANFILE > plan.json'):"
            + " scan (Seawall's rules) and scopes (the minimal token).",
    subcommands = {TerraformCommand.Scopes.class, TerraformCommand.Scan.class})
final class TerraformCommand implements Runnable {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code seawall terraform scopes PLAN.json}. */
  @Command(
      name = "scopes",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the minimal custom token scopes needed to apply a Terraform plan: the scopes the"
            + " DigitalOcean provider's operations need (never the legacy api:read/api:write),"
            + " and the scopes DigitalOcean's token form requires alongside them.",
        "Exit code 1 when the plan names digitalocean_* resources Seawall does not know."
      })
  static final class Scopes implements Callable<Integer> {
    @Parameters(paramLabel = "PLAN.json", description = "output of 'terraform show -json PLANFILE'")
    private Path plan;

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(plan)) {
        throw new IllegalArgumentException("no such plan file: " + plan);
      }
      PlanScopes scopes =
          PlanScopes.of(TerraformPlan.parse(Files.readString(plan, StandardCharsets.UTF_8)));
      scopes.lines().forEach(spec.commandLine().getOut()::println);
      return scopes.complete() ? SeawallCli.OK : SeawallCli.INCOMPLETE;
    }
  }

  /** {@code seawall terraform scan PLAN.json [--source-dir DIR]}. */
  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description = {
        "Checks the digitalocean_* resources of a Terraform plan or state against Seawall's rules"
            + " (the same auditors as 'seawall audit') and writes the findings as a table, JSON or"
            + " SARIF.",
        "PLAN.json is the output of 'terraform show -json PLANFILE' (planned_values) or of"
            + " 'terraform show -json' (the state's values). Values known only after apply are"
            + " never read as missing: a reference to a resource of the plan counts.",
        "With --source-dir, each finding points at the 'resource \"type\" \"name\"' line of the"
            + " .tf file that declares it, and a comment inside the block such as"
            + " '# seawall:accept SW-FW-001 SEC-142: public status page' accepts that rule's"
            + " findings on that resource with that justification (a SARIF suppression).",
        "Standard error names the resources of types Seawall has no rules for yet. Exit code 4"
            + " when an open finding reaches --fail-on; 1 when a resource could not be read."
      })
  static final class Scan implements Callable<Integer> {
    @Parameters(
        paramLabel = "PLAN.json",
        description = "output of 'terraform show -json PLANFILE' or 'terraform show -json'")
    private Path plan;

    @Option(
        names = "--source-dir",
        paramLabel = "DIR",
        description =
            "the directory of the .tf files (searched recursively, .terraform/ skipped): findings"
                + " get file and line, and '# seawall:accept RULE-ID justification' comments count")
    private @Nullable Path sourceDir;

    @Mixin private ReportOptions report = new ReportOptions();

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(plan)) {
        throw new IllegalArgumentException("no such plan file: " + plan);
      }
      TerraformScan scan =
          TerraformScan.of(
              Files.readString(plan, StandardCharsets.UTF_8), plan.toString(), sourceDir);
      scan.notes().forEach(note -> spec.commandLine().getErr().println("seawall: " + note));
      spec.commandLine().getErr().flush();
      SeawallCli root = (SeawallCli) spec.root().userObject();
      int code =
          report.write(
              scan.report(), spec.commandLine().getOut(), report.interactive(root.environment()));
      return code == SeawallCli.OK && !scan.complete() ? SeawallCli.INCOMPLETE : code;
    }
  }
}
