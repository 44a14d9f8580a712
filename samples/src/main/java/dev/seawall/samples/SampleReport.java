package dev.seawall.samples;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.PlanStep;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
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

  /**
   * One row of the summary.
   *
   * @param outcome {@code planned}, {@code created}, {@code updated}, {@code unchanged}, {@code
   *     failed}, {@code skipped} or {@code refused}
   * @param changes the changed fields, as the plan shows them (never secret values)
   */
  record Row(
      String kind, String name, String id, String status, String outcome, List<String> changes) {
    boolean created() {
      return outcome.equals("created");
    }
  }

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
      String outcome = plan.isValid() ? "planned" : "refused";
      List<String> changes = List.of();
      var live = plan.resource(key);
      if (live.isPresent()) {
        outcome =
            live.get().action() == Diff.Action.REFUSED
                ? "refused"
                : "planned: " + live.get().action().label();
        changes = live.get().diff().changes().stream().map(Object::toString).toList();
      }
      rows.put(
          key,
          new Row(
              key.kind(),
              key.name(),
              live.flatMap(ResourcePlan::id).orElse(""),
              outcome,
              outcome,
              changes));
    }
    boolean succeeded = result == null ? plan.isValid() : result.succeeded();
    if (result != null) {
      for (AppliedResource applied : result.applied()) {
        ResourceKey key = applied.key();
        rows.put(
            key,
            new Row(
                key.kind(),
                key.name(),
                applied.id(),
                applied.status(),
                applied.outcome(),
                applied.diff().action() == Diff.Action.UPDATE
                    ? applied.diff().changes().stream().map(Object::toString).toList()
                    : List.of()));
      }
      for (ApplyResult.Failure failure : result.failed()) {
        ResourceKey key = failure.key();
        rows.put(key, new Row(key.kind(), key.name(), "", "failed", "failed", List.of()));
      }
      for (ResourceKey key : result.skipped()) {
        rows.put(
            key,
            new Row(
                key.kind(), key.name(), "", "skipped (a dependency failed)", "skipped", List.of()));
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
      item.put("outcome", row.outcome());
      item.put("created", row.created());
      item.put("changes", row.changes());
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
      plan.resource(step.key())
          .ifPresent(
              live -> {
                item.put("action", live.action().label());
                item.put("changes", live.diff().changes().stream().map(Object::toString).toList());
                item.put(
                    "liveOperations",
                    live.operations().stream().map(Operation::operationId).distinct().toList());
              });
      steps.add(item);
    }
    root.put("plan", steps);
    root.put("planMode", plan.mode().name().toLowerCase(java.util.Locale.ROOT));
    root.put("requiredScopes", List.copyOf(plan.requiredScopes()));
    root.put("tokenFormAlsoRequires", List.copyOf(plan.tokenScopes().formRequires()));
    root.put("scopesWithUndocumentedRequirements", List.copyOf(plan.tokenScopes().undocumented()));
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

  /**
   * Prints the summary table: resource, name, id, status and outcome (created, updated with the
   * changed fields, unchanged, failed, skipped).
   */
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
          row.status().equals(row.outcome())
              ? row.status()
              : row.status() + " (" + row.outcome() + ")";
      out.printf(format, row.kind(), row.name(), row.id().isEmpty() ? "-" : row.id(), status);
      for (String change : row.changes()) {
        out.printf(format, "", "", "", "  " + change);
      }
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
