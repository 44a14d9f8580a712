package dev.seawall.cli;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditListener;
import dev.seawall.core.audit.AuditResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code seawall audit}: lists every resource of the account the token belongs to and checks it
 * with Seawall's rules ({@link Audit}), then writes the report as a table, JSON or SARIF.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audits every resource of a DigitalOcean account with Seawall's rules: firewalls, VPCs,"
          + " load balancers, domains, reserved IPs, projects, droplets, volumes, database"
          + " clusters and their trusted sources, Kubernetes clusters, apps, Spaces keys, and"
          + " Spaces buckets when Spaces keys are given.",
      "Reads only: a custom token with the read scopes printed on stderr suffices.",
      "Environment: DIGITALOCEAN_TOKEN (required), SPACES_ACCESS_KEY_ID and"
          + " SPACES_SECRET_ACCESS_KEY (optional, to audit buckets), NO_COLOR."
    })
final class AuditCommand implements Callable<Integer> {
  @ParentCommand private SeawallCli root;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "The API's base URL (default: DIGITALOCEAN_API_URL, else https://api.digitalocean.com);"
              + " e.g. the URL of 'seawall fake-server'.")
  private @Nullable String apiUrl;

  @Option(
      names = "--spaces-region",
      paramLabel = "REGION",
      split = ",",
      description =
          "Spaces regions whose buckets are listed (repeat or separate with commas; default:"
              + " every Spaces region, one request each).")
  private List<String> spacesRegions = new ArrayList<>();

  @Option(
      names = "--spaces-endpoint",
      paramLabel = "URL",
      description =
          "An S3 endpoint used instead of https://REGION.digitaloceanspaces.com (an"
              + " S3-compatible rehearsal server; give its region with --spaces-region).")
  private @Nullable String spacesEndpoint;

  @Mixin private ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws IOException {
    Map<String, String> environment = new HashMap<>(root.environment());
    if (apiUrl != null) {
      environment.put(DigitalOcean.API_URL_VARIABLE, apiUrl);
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean interactive = report.interactive(environment);
    try (DigitalOcean client = client(environment)) {
      Audit audit =
          AuditOptions.apply(Audit.builder(client), environment, spacesRegions, spacesEndpoint)
              .listener(new Progress(err, interactive))
              .build();
      err.println("Token scopes this audit needs: " + String.join(" ", audit.readScopes()));
      AuditResult result = audit.run();
      err.println(summary(result));
      return report.write(result.report(), spec.commandLine().getOut(), interactive);
    }
  }

  private static DigitalOcean client(Map<String, String> environment) {
    try {
      return DigitalOcean.fromEnvironment(environment);
    } catch (dev.seawall.core.SeawallException e) {
      // No token: the command's input is missing, not an API failure.
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static String summary(AuditResult result) {
    String counts =
        result.resources().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    StringBuilder text =
        new StringBuilder("Audited ")
            .append(result.resourceCount())
            .append(" resources")
            .append(counts.isEmpty() ? "" : " (" + counts + ")")
            .append('.');
    result
        .skipped()
        .forEach(
            (kind, why) -> text.append("\nNot audited: ").append(kind).append(": ").append(why));
    return text.toString();
  }

  /** Progress on stderr: each kind when listed; running counts only on a terminal. */
  private record Progress(PrintWriter err, boolean interactive) implements AuditListener {
    @Override
    public void listed(String kind, long count, boolean done) {
      if (done) {
        err.println("  listed " + count + " " + kind + (count == 1 ? "" : "s"));
      } else if (interactive) {
        err.println("  listing " + kind + "s: " + count + " so far");
      }
      err.flush();
    }

    @Override
    public void skipped(String kind, String reason) {
      err.println("  skipped " + kind + "s: " + reason);
      err.flush();
    }
  }
}
