package dev.seawall.cli;

import dev.seawall.cli.terraform.PlanScopes;
import dev.seawall.cli.terraform.TerraformPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code seawall terraform ...}: commands on Terraform plans. */
@Command(
    name = "terraform",
    mixinStandardHelpOptions = true,
    description = "Commands on Terraform plans ('terraform show -json PLANFILE > plan.json').",
    subcommands = {TerraformCommand.Scopes.class})
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
}
