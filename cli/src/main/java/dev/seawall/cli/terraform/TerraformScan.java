package dev.seawall.cli.terraform;

import dev.seawall.cli.scan.AcceptComment;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Location;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code seawall terraform scan}: the Seawall rules over the {@code digitalocean_*} resources of a
 * Terraform plan or state ({@code terraform show -json} output), as one {@link PolicyReport}.
 *
 * <p>Each finding is located at the {@code resource "type" "name"} line of the {@code .tf} file
 * that declares the resource when a source directory is given (a relative path with forward
 * slashes, and a 1-based line), otherwise at the plan file (no line). With a source directory, a
 * {@code # seawall:accept SW-FW-001 SEC-142: public status page} (or {@code //}) comment inside a
 * resource block accepts that rule's findings on that resource with that justification; they are
 * reported as suppressed, not open.
 *
 * <p>Each finding's remediation names the Terraform attribute to change ({@code
 * TerraformRemediation}), not the builder opt-out of {@link
 * dev.seawall.core.policy.Rule#remediation()} nor the Seawall call of {@link
 * dev.seawall.core.policy.Rule#auditRemediation()}, which a Terraform configuration has no use for.
 *
 * <pre>{@code
 * TerraformScan scan = TerraformScan.of(Files.readString(plan), "plan.json", Path.of("infra"));
 * scan.notes().forEach(System.err::println);
 * System.out.print(scan.report().toSarif());
 * }</pre>
 */
public final class TerraformScan {
  private final PolicyReport report;
  private final List<String> notes;
  private final boolean complete;

  private TerraformScan(PolicyReport report, List<String> notes, boolean complete) {
    this.report = report;
    this.notes = List.copyOf(notes);
    this.complete = complete;
  }

  /**
   * Scans a plan or state.
   *
   * @param json the output of {@code terraform show -json PLANFILE} (a plan) or {@code terraform
   *     show -json} (a state)
   * @param planPath the plan file as the user named it: the location of findings without a source
   *     directory
   * @param sourceDir the directory of the {@code .tf} files, or null
   * @return the scan
   * @throws IllegalArgumentException if the text is not Terraform's JSON output, or {@code
   *     sourceDir} is not a directory
   * @throws IOException if a {@code .tf} file cannot be read
   */
  public static TerraformScan of(String json, String planPath, @Nullable Path sourceDir)
      throws IOException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(planPath, "planPath");
    PlanAudit.Result result = PlanAudit.run(PlanResources.read(json));
    @Nullable SourceIndex index = sourceDir == null ? null : SourceIndex.scan(sourceDir);
    List<String> notes = new ArrayList<>();
    PolicyReport.Builder report = PolicyReport.builder().remediation(TerraformRemediation::forRule);
    Location planFile = Location.file(planPath, 0);
    for (PlanAudit.Checked checked : result.checked()) {
      PlanResource resource = checked.resource();
      Optional<SourceIndex.Declaration> declaration =
          index == null
              ? Optional.empty()
              : index.find(resource.module(), resource.type(), resource.name());
      if (index != null && declaration.isEmpty()) {
        notes.add(
            resource.address()
                + ": no resource \""
                + resource.type()
                + "\" \""
                + resource.name()
                + "\" block under "
                + sourceDir
                + "; its findings point at the plan file");
      }
      report.addAll(
          checked.violations(),
          declaration.map(d -> Location.file(d.path(), d.line())).orElse(planFile));
      declaration.ifPresent(d -> acknowledge(report, checked, d, notes));
    }
    if (index != null) {
      notes.addAll(index.problems());
    }
    if (!result.withoutRules().isEmpty()) {
      TreeSet<String> types = new TreeSet<>();
      result.withoutRules().forEach(r -> types.add(r.type()));
      notes.add(
          result.withoutRules().size()
              + " resources of types Seawall has no rules for yet: "
              + String.join(", ", types));
    }
    for (PlanAudit.Unchecked unchecked : result.unchecked()) {
      notes.add("could not check " + unchecked.resource().address() + ": " + unchecked.reason());
    }
    return new TerraformScan(report.build(), notes, result.unchecked().isEmpty());
  }

  private static void acknowledge(
      PolicyReport.Builder report,
      PlanAudit.Checked checked,
      SourceIndex.Declaration declaration,
      List<String> notes) {
    for (AcceptComment s : declaration.suppressions()) {
      Optional<AcknowledgedRisk> accepted = s.risk(declaration.path(), notes);
      if (accepted.isEmpty()) {
        continue;
      }
      AcknowledgedRisk risk = accepted.get();
      TreeSet<String> resources = new TreeSet<>();
      for (Violation v : checked.violations()) {
        if (v.ruleId().equals(s.ruleId())) {
          resources.add(v.resource());
        }
      }
      if (resources.isEmpty()) {
        resources.add(checked.label());
      }
      Location at = Location.file(declaration.path(), s.line());
      resources.forEach(r -> report.acknowledge(r, risk, at));
    }
  }

  /** The report: every finding, open or accepted. */
  public PolicyReport report() {
    return report;
  }

  /**
   * What standard error should say: resources of types without rules, resources that could not be
   * checked, declarations not found, malformed {@code seawall:accept} comments. One line each.
   */
  public List<String> notes() {
    return notes;
  }

  /** Whether every resource of a checked type could be read (false: exit code 1 at best). */
  public boolean complete() {
    return complete;
  }
}
