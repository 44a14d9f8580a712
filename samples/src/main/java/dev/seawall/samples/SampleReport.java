package dev.seawall.samples;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.PlanStep;
import dev.seawall.core.stack.ResourceKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a sample run did, printed as a table and written as {@code seawall-report.json} and {@code
 * seawall-report.sarif}. Holds no secrets: only names, ids, statuses, scopes and policy text.
 */
final class SampleReport {
  /** The JSON report's file name. */
  static final String JSON_FILE = "seawall-report.json";

  /** The SARIF report's file name. */
  static final String SARIF_FILE = "seawall-report.sarif";

  private static final JsonAdapter<Object> JSON =
      new Moshi.Builder().build().adapter(Object.class).indent("  ");

  /** One row of the summary. */
  record Row(String kind, String name, String id, String status, boolean created) {}

  private final String mode;
  private final Plan plan;
  private final List<Row> rows;
  private final PolicyReport policy;
  private final long apiCalls;
  private final boolean succeeded;

  private SampleReport(
      String mode,
      Plan plan,
      List<Row> rows,
      PolicyReport policy,
      long apiCalls,
      boolean succeeded) {
    this.mode = mode;
    this.plan = plan;
    this.rows = List.copyOf(rows);
    this.policy = policy;
    this.apiCalls = apiCalls;
    this.succeeded = succeeded;
  }

  /**
   * Builds the report.
   *
   * @param result what apply did; {@code null} when nothing was applied (plan only, invalid plan)
   */
  static SampleReport of(String mode, Plan plan, @Nullable ApplyResult result, long apiCalls) {
    Map<ResourceKey, Row> rows = new LinkedHashMap<>();
    for (PlanStep step : plan.steps()) {
      ResourceKey key = step.key();
      rows.put(
          key, new Row(key.kind(), key.name(), "", plan.isValid() ? "planned" : "refused", false));
    }
    boolean succeeded = result == null ? plan.isValid() : result.succeeded();
    if (result != null) {
      for (AppliedResource applied : result.applied()) {
        ResourceKey key = applied.key();
        rows.put(
            key,
            new Row(key.kind(), key.name(), applied.id(), applied.status(), applied.created()));
      }
      for (ApplyResult.Failure failure : result.failed()) {
        ResourceKey key = failure.key();
        rows.put(key, new Row(key.kind(), key.name(), "", "failed", false));
      }
      for (ResourceKey key : result.skipped()) {
        rows.put(key, new Row(key.kind(), key.name(), "", "skipped (a dependency failed)", false));
      }
    }
    PolicyReport.Builder findings = PolicyReport.builder().addAll(plan.violations());
    for (Map.Entry<ResourceKey, List<AcknowledgedRisk>> risks :
        plan.acknowledgedRisks().entrySet()) {
      findings.acknowledgeAll(risks.getKey().toString(), risks.getValue());
    }
    findings.add(
        CoreRules.SW_TOK_001.violation(
            "token",
            "this plan needs only these token scopes: "
                + String.join(", ", plan.requiredScopes())
                + "; run it with a custom-scoped token holding exactly them"));
    return new SampleReport(
        mode, plan, new ArrayList<>(rows.values()), findings.build(), apiCalls, succeeded);
  }

  List<Row> rows() {
    return rows;
  }

  PolicyReport policy() {
    return policy;
  }

  /** The JSON report. */
  String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tool", PolicyReport.TOOL_NAME);
    root.put("version", policy.toolVersion());
    root.put("mode", mode);
    root.put("succeeded", succeeded);
    List<Object> resources = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", row.kind());
      item.put("name", row.name());
      item.put("id", row.id());
      item.put("status", row.status());
      item.put("created", row.created());
      resources.add(item);
    }
    root.put("resources", resources);
    List<Object> steps = new ArrayList<>();
    for (PlanStep step : plan.steps()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("order", step.order());
      item.put("resource", step.key().toString());
      item.put("dependsOn", step.dependsOn().stream().map(ResourceKey::toString).sorted().toList());
      item.put("operations", step.operationIds());
      steps.add(item);
    }
    root.put("plan", steps);
    root.put("requiredScopes", List.copyOf(plan.requiredScopes()));
    List<Object> findings = new ArrayList<>();
    for (Finding finding : policy.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("ruleId", finding.ruleId());
      item.put("severity", finding.severity().name());
      item.put("resource", finding.resource());
      item.put("message", finding.message());
      item.put("acknowledged", finding.acknowledged());
      item.put("justification", finding.justificationText());
      findings.add(item);
    }
    root.put("findings", findings);
    root.put("apiCalls", apiCalls);
    return JSON.toJson(root) + "\n";
  }

  /** Writes {@value #JSON_FILE} and {@value #SARIF_FILE} into {@code dir}. */
  List<Path> write(Path dir) {
    Path json = dir.resolve(JSON_FILE);
    Path sarif = dir.resolve(SARIF_FILE);
    SampleFiles.writePublic(json, toJson());
    SampleFiles.writePublic(sarif, policy.toSarif() + "\n");
    return List.of(json, sarif);
  }

  /** Prints the summary table: resource, name, id, status. */
  void printTable(PrintStream out) {
    String[] header = {"RESOURCE", "NAME", "ID", "STATUS"};
    int[] width = {header[0].length(), header[1].length(), header[2].length()};
    for (Row row : rows) {
      width[0] = Math.max(width[0], row.kind().length());
      width[1] = Math.max(width[1], row.name().length());
      width[2] = Math.max(width[2], row.id().length());
    }
    String format = "  %-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n";
    out.printf(format, (Object[]) header);
    for (Row row : rows) {
      String status =
          row.created()
              ? row.status() + " (created)"
              : row.id().isEmpty() ? row.status() : row.status() + " (unchanged)";
      out.printf(format, row.kind(), row.name(), row.id().isEmpty() ? "-" : row.id(), status);
    }
  }

  /** Prints the policy findings, acknowledged risks included. */
  void printFindings(PrintStream out) {
    List<Finding> all = policy.findings();
    long acknowledged = all.stream().filter(Finding::acknowledged).count();
    out.println("Policy findings (" + all.size() + ", " + acknowledged + " acknowledged):");
    for (Finding finding : all) {
      out.println(
          "  "
              + finding.ruleId()
              + " "
              + finding.severity()
              + " "
              + finding.resource()
              + ": "
              + finding.message()
              + (finding.acknowledged()
                  ? " [acknowledged: " + finding.justificationText() + "]"
                  : ""));
    }
    if (acknowledged == 0) {
      out.println("  acknowledged risks: none; every resource keeps its secure default");
    }
  }
}
