package dev.seawall.core.policy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings of a policy run — violations found by spec validation or by an {@link Auditor}, and
 * the risks acknowledged through opt-outs — rendered as JSON or as SARIF 2.1.0 so that code
 * scanning tools and CI pipelines can ingest them.
 *
 * <pre>{@code
 * PolicyReport report = PolicyReport.builder()
 *     .addAll(firewallAuditor.audit(existingFirewall))
 *     .acknowledgeAll("firewall/web", spec.acknowledgedRisks())
 *     .build();
 * Files.writeString(Path.of("seawall.sarif"), report.toSarif());
 * if (report.hasUnacknowledgedErrors()) { ... fail the pipeline ... }
 * }</pre>
 *
 * <p>A risk acknowledged for a resource marks every violation of the same rule on that resource, or
 * on one of its parts ({@code firewall/web.inboundRules[0]} is a part of {@code firewall/web}), as
 * acknowledged; an acknowledged risk that matches no violation is reported on its own, so nothing
 * accepted is silent. Findings are sorted (resource, rule id, open before acknowledged, message)
 * and duplicates dropped, so the output is stable for equal input.
 *
 * <p>A report holds only the text given to it (violation messages, resource names, justifications,
 * details) and the rule catalog's own text; it never reads specs, tokens or API responses.
 * Instances are immutable and thread-safe.
 */
public final class PolicyReport {
  /** The tool name written to JSON and SARIF: {@value}. */
  public static final String TOOL_NAME = "Seawall";

  /** The {@code $schema} written to SARIF logs: {@value}. */
  public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The SARIF version written: {@value}. */
  public static final String SARIF_VERSION = "2.1.0";

  private static final JsonAdapter<Object> JSON =
      new Moshi.Builder().build().adapter(Object.class).indent("  ");

  private static final String TOOL_VERSION = lookUpToolVersion();

  private final List<Finding> findings;
  private final Map<String, Rule> rules;
  private final String informationUri;
  private final java.util.function.Function<Rule, String> remediation;

  private PolicyReport(
      List<Finding> findings,
      Map<String, Rule> rules,
      String informationUri,
      java.util.function.Function<Rule, String> remediation) {
    this.findings = findings;
    this.rules = rules;
    this.informationUri = informationUri;
    this.remediation = remediation;
  }

  /** Starts an empty report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every finding, sorted and without duplicates; unmodifiable. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether the report holds a finding of severity {@link Severity#ERROR} that was not acknowledged
   * — the condition on which a pipeline should fail.
   */
  public boolean hasUnacknowledgedErrors() {
    return hasOpenFindings(Severity.ERROR);
  }

  /**
   * Whether the report holds an open (not acknowledged) finding of {@code threshold} or a more
   * serious severity: {@code hasOpenFindings(Severity.WARNING)} is true for an open error or
   * warning. What {@code seawall audit --fail-on} checks.
   *
   * @param threshold the least serious severity that counts
   * @return whether such a finding is open
   */
  public boolean hasOpenFindings(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return findings.stream()
        .anyMatch(f -> !f.acknowledged() && f.severity().compareTo(threshold) <= 0);
  }

  /**
   * The remediation shown for a finding: the rule's {@link Rule#auditRemediation()} in a report of
   * {@linkplain Builder#existingResources() existing resources}, the text {@link
   * Builder#remediation(java.util.function.Function)} chooses, otherwise its {@link
   * Rule#remediation()} (the builder and its opt-out).
   *
   * @param finding a finding of this report
   * @return the remediation text
   * @throws IllegalArgumentException if the finding's rule is not in this report
   */
  public String remediation(Finding finding) {
    Rule rule = rules.get(finding.ruleId());
    if (rule == null) {
      throw new IllegalArgumentException("not a finding of this report: " + finding.ruleId());
    }
    return remediationOf(rule);
  }

  /**
   * The report as a table for people: findings grouped by severity (errors first), each group
   * headed by its count, each finding with its rule, resource, location, message and remediation; a
   * last line with the counts. With {@code ansi}, severities are coloured with ANSI escape codes
   * (only for a terminal: callers pass {@code false} when the output is piped or in batch mode).
   *
   * @param ansi whether to colour the severity headings
   * @return the table, ending with a line break
   */
  public String toTable(boolean ansi) {
    return ReportTable.render(this, ansi);
  }

  /**
   * The Seawall version written to the reports: the {@code seawall-core} artifact version, or
   * {@code "unknown"} when it cannot be determined (classes not loaded from the released jar).
   */
  public String toolVersion() {
    return TOOL_VERSION;
  }

  /**
   * The report as pretty-printed JSON (two-space indent):
   *
   * <pre>{@code
   * {
   *   "tool": "Seawall",
   *   "version": "0.1.0",
   *   "findings": [
   *     {
   *       "ruleId": "SW-FW-001",
   *       "severity": "ERROR",
   *       "resource": "firewall/web.inboundRules[0]",
   *       "location": "digitalocean://firewall/bb4b2611-3d72-467b-8602-280330ecd65c",
   *       "line": 0,
   *       "message": "...",
   *       "remediation": "...",
   *       "acknowledged": true,
   *       "justification": "SEC-142: public status page"
   *     }
   *   ]
   * }
   * }</pre>
   *
   * {@code severity} is a {@link Severity} constant name; {@code location} and {@code line} are the
   * finding's {@link Location} ({@code line} 0 when it has none); {@code remediation} is {@link
   * #remediation(Finding)}; {@code justification} is {@code ""} for open findings. Keys always
   * appear, in this order.
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tool", TOOL_NAME);
    root.put("version", TOOL_VERSION);
    List<Object> items = new ArrayList<>();
    for (Finding finding : findings) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("ruleId", finding.ruleId());
      item.put("severity", finding.severity().name());
      item.put("resource", finding.resource());
      item.put("location", finding.location().uri());
      item.put("line", finding.location().line());
      item.put("message", finding.message());
      item.put("remediation", remediation(finding));
      item.put("acknowledged", finding.acknowledged());
      item.put("justification", finding.justificationText());
      items.add(item);
    }
    root.put("findings", items);
    return JSON.toJson(root);
  }

  /**
   * The report as a SARIF 2.1.0 log (pretty-printed JSON) with one run.
   *
   * <ul>
   *   <li>{@code runs[0].tool.driver}: name {@value #TOOL_NAME}, the tool version, the {@code
   *       informationUri} if one was set, and one {@code rules[]} entry per rule that has a
   *       finding, sorted by id: {@code id}, {@code name} ({@link Rule#name()}), {@code
   *       shortDescription} (title), {@code fullDescription} (rationale), {@code help} ({@link
   *       Rule#auditRemediation()} for existing resources, else {@link Rule#remediation()}), {@code
   *       defaultConfiguration.level} and {@code properties}: {@code tags} ({@code "security"} and
   *       the scanner equivalents, e.g. {@code CKV_DIO_4}) and {@code security-severity} (ERROR
   *       7.0, WARNING 4.0, NOTE 1.0, as code scanning expects).
   *   <li>{@code runs[0].results[]}: one per finding, with {@code ruleId}, {@code ruleIndex},
   *       {@code level} ({@link Severity#sarifLevel()}), {@code message.text}, one location with a
   *       {@code physicalLocation} (the finding's {@link Location}: {@code artifactLocation.uri},
   *       with {@code uriBaseId} {@code %SRCROOT%} for a relative file path, and {@code
   *       region.startLine} when it has a line) and {@code logicalLocations[0]} naming the
   *       resource; {@code partialFingerprints} {@code "seawall/v1"}: a SHA-256 of rule, resource
   *       and artifact (not the line), stable across runs and edits elsewhere in the file;
   *       acknowledged findings carry {@code suppressions: [{kind: "external", status: "accepted",
   *       justification}]}.
   * </ul>
   */
  public String toSarif() {
    List<String> ruleIds = new ArrayList<>(rules.keySet());
    List<Object> ruleEntries = new ArrayList<>();
    for (Rule rule : rules.values()) {
      ruleEntries.add(sarifRule(rule, remediationOf(rule)));
    }

    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", TOOL_NAME);
    driver.put("version", TOOL_VERSION);
    if (!informationUri.isEmpty()) {
      driver.put("informationUri", informationUri);
    }
    driver.put("rules", ruleEntries);

    List<Object> results = new ArrayList<>();
    for (Finding finding : findings) {
      results.add(sarifResult(finding, ruleIds.indexOf(finding.ruleId())));
    }

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);

    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SARIF_SCHEMA);
    log.put("version", SARIF_VERSION);
    log.put("runs", List.of(run));
    return JSON.toJson(log);
  }

  @Override
  public String toString() {
    long open = findings.stream().filter(f -> !f.acknowledged()).count();
    return "PolicyReport[" + findings.size() + " findings, " + open + " open]";
  }

  private String remediationOf(Rule rule) {
    String text = remediation.apply(rule);
    return text == null || text.isBlank() ? rule.remediation() : text;
  }

  private static Map<String, Object> sarifRule(Rule rule, String remediation) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", rule.id());
    entry.put("name", rule.name());
    entry.put("shortDescription", text(rule.title()));
    entry.put("fullDescription", text(rule.rationale()));
    entry.put("help", text(remediation));
    entry.put("defaultConfiguration", Map.of("level", rule.severity().sarifLevel()));
    List<String> tags = new ArrayList<>();
    tags.add("security");
    tags.addAll(rule.scannerEquivalents());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", tags);
    properties.put("security-severity", securitySeverity(rule.severity()));
    entry.put("properties", properties);
    return entry;
  }

  private static Map<String, Object> sarifResult(Finding finding, int ruleIndex) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", finding.severity().sarifLevel());
    result.put("message", text(finding.message()));
    Location location = finding.location();
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", location.uri());
    if (!java.net.URI.create(location.uri()).isAbsolute()) {
      artifact.put("uriBaseId", "%SRCROOT%");
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    if (location.hasLine()) {
      physical.put("region", Map.of("startLine", location.line()));
    }
    Map<String, Object> logical = new LinkedHashMap<>();
    logical.put("fullyQualifiedName", finding.resource());
    logical.put("kind", "resource");
    Map<String, Object> where = new LinkedHashMap<>();
    where.put("physicalLocation", physical);
    where.put("logicalLocations", List.of(logical));
    result.put("locations", List.of(where));
    result.put(
        "partialFingerprints",
        Map.of(
            "seawall/v1",
            fingerprint(finding.ruleId() + "\n" + finding.resource() + "\n" + location.uri())));
    if (finding.acknowledged()) {
      Map<String, Object> suppression = new LinkedHashMap<>();
      suppression.put("kind", "external");
      suppression.put("status", "accepted");
      suppression.put("justification", finding.justificationText());
      result.put("suppressions", List.of(suppression));
    }
    return result;
  }

  private static String fingerprint(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static Map<String, Object> text(String text) {
    return Map.of("text", text);
  }

  private static String securitySeverity(Severity severity) {
    switch (severity) {
      case ERROR:
        return "7.0";
      case WARNING:
        return "4.0";
      default:
        return "1.0";
    }
  }

  private static String lookUpToolVersion() {
    String path = "/META-INF/maven/dev.seawall/seawall-core/pom.properties";
    try (InputStream in = PolicyReport.class.getResourceAsStream(path)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").strip();
        if (!version.isEmpty()) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String manifest = PolicyReport.class.getPackage().getImplementationVersion();
    return manifest == null || manifest.isBlank() ? "unknown" : manifest;
  }

  /**
   * Collects violations and acknowledged risks. Order of calls does not matter; {@link #build()}
   * matches acknowledgements to violations.
   */
  public static final class Builder {
    private final List<Map.Entry<Violation, Location>> violations = new ArrayList<>();
    private final List<Map.Entry<String, AcknowledgedRisk>> acknowledged = new ArrayList<>();
    private final Map<Map.Entry<String, AcknowledgedRisk>, Location> acknowledgedAt =
        new java.util.IdentityHashMap<>();
    private String informationUri = "";
    private java.util.function.Function<Rule, String> remediation = Rule::remediation;

    private Builder() {}

    /**
     * Adds a violation, located at {@link Location#planned(String)} of its resource.
     *
     * @param violation found by spec validation or an {@link Auditor}
     * @return this builder
     */
    public Builder add(Violation violation) {
      Objects.requireNonNull(violation, "violation");
      return add(violation, Location.planned(violation.resource()));
    }

    /**
     * Adds a violation found at a location: a live resource ({@link Location#resource(String,
     * String)}) or a declaration in a file ({@link Location#file(String, int)}).
     *
     * @param violation the violation
     * @param location where the resource is
     * @return this builder
     */
    public Builder add(Violation violation, Location location) {
      violations.add(
          Map.entry(
              Objects.requireNonNull(violation, "violation"),
              Objects.requireNonNull(location, "location")));
      return this;
    }

    /**
     * Adds violations of one resource found at a location, e.g. {@code
     * addAll(auditor.audit(firewall), Location.resource("firewall", firewall.id()))}.
     *
     * @param found the violations
     * @param location where the resource is
     * @return this builder
     */
    public Builder addAll(Iterable<Violation> found, Location location) {
      found.forEach(violation -> add(violation, location));
      return this;
    }

    /**
     * Marks the report as an audit of existing resources: remediations are the rules' {@link
     * Rule#auditRemediation()} (what to change and the call that converges the resource) instead of
     * the builders' opt-outs. Default: a report of specs.
     *
     * @return this builder
     */
    public Builder existingResources() {
      return remediation(Rule::auditRemediation);
    }

    /**
     * Chooses the remediation text of each rule, shown per finding and as the SARIF rule {@code
     * help}: e.g. the attribute to change in a Terraform file for a plan scan. A blank answer falls
     * back to {@link Rule#remediation()}. Default: {@link Rule#remediation()} (the builder and its
     * opt-out); {@link #existingResources()} chooses {@link Rule#auditRemediation()}.
     *
     * @param remediation the text for a rule
     * @return this builder
     */
    public Builder remediation(java.util.function.Function<Rule, String> remediation) {
      this.remediation = Objects.requireNonNull(remediation, "remediation");
      return this;
    }

    /**
     * Adds violations, e.g. {@code auditor.audit(readModel)} or {@link
     * InvalidSpecException#violations()}.
     *
     * @param found the violations
     * @return this builder
     */
    public Builder addAll(Iterable<Violation> found) {
      found.forEach(this::add);
      return this;
    }

    /**
     * Records a risk a resource accepted through an opt-out.
     *
     * @param resource the resource, e.g. {@code firewall/web}
     * @param risk the acknowledged risk, typically from {@code spec.acknowledgedRisks()}
     * @return this builder
     */
    public Builder acknowledge(String resource, AcknowledgedRisk risk) {
      acknowledged.add(
          Map.entry(
              Objects.requireNonNull(resource, "resource"), Objects.requireNonNull(risk, "risk")));
      return this;
    }

    /**
     * Records a risk a resource accepted, declared at a location (e.g. the {@code .tf} line of a
     * {@code seawall:accept} comment): if it matches no violation, the finding that reports it on
     * its own is located there instead of at {@link Location#planned(String)}.
     *
     * @param resource the resource, e.g. {@code firewall/web}
     * @param risk the acknowledged risk
     * @param location where the acceptance is declared
     * @return this builder
     */
    public Builder acknowledge(String resource, AcknowledgedRisk risk, Location location) {
      acknowledge(resource, risk);
      acknowledgedAt.put(
          acknowledged.get(acknowledged.size() - 1), Objects.requireNonNull(location, "location"));
      return this;
    }

    /**
     * Records every risk a resource accepted.
     *
     * @param resource the resource, e.g. {@code firewall/web}
     * @param risks the acknowledged risks
     * @return this builder
     */
    public Builder acknowledgeAll(String resource, Collection<AcknowledgedRisk> risks) {
      risks.forEach(risk -> acknowledge(resource, risk));
      return this;
    }

    /**
     * Sets the SARIF {@code tool.driver.informationUri}, e.g. the project or documentation page of
     * the pipeline that embeds Seawall. Default: none (the property is omitted).
     *
     * @param uri an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if {@code uri} is not an absolute URI
     */
    public Builder informationUri(String uri) {
      if (!java.net.URI.create(uri).isAbsolute()) {
        throw new IllegalArgumentException("informationUri must be an absolute URI: " + uri);
      }
      this.informationUri = uri;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalArgumentException if an acknowledged risk names a rule that is neither in the
     *     installed {@link Catalog} nor in one of the added violations
     */
    public PolicyReport build() {
      Map<String, Rule> known = new TreeMap<>();
      violations.forEach(v -> known.put(v.getKey().ruleId(), v.getKey().rule()));

      Set<Finding> findings = new LinkedHashSet<>();
      List<Map.Entry<String, AcknowledgedRisk>> unmatched = new ArrayList<>(acknowledged);
      for (Map.Entry<Violation, Location> located : violations) {
        Violation violation = located.getKey();
        Location location = located.getValue();
        Optional<Map.Entry<String, AcknowledgedRisk>> ack =
            acknowledged.stream()
                .filter(a -> a.getValue().ruleId().equals(violation.ruleId()))
                .filter(a -> covers(a.getKey(), violation.resource()))
                .findFirst();
        if (ack.isPresent()) {
          findings.add(Finding.accepted(violation, ack.get().getValue().justification(), location));
          unmatched.removeIf(
              a ->
                  a.getValue().ruleId().equals(violation.ruleId())
                      && covers(a.getKey(), violation.resource()));
        } else {
          findings.add(Finding.open(violation, location));
        }
      }
      for (Map.Entry<String, AcknowledgedRisk> entry : unmatched) {
        AcknowledgedRisk risk = entry.getValue();
        Rule rule =
            Optional.ofNullable(known.get(risk.ruleId()))
                .or(() -> Catalog.installed().rule(risk.ruleId()))
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "acknowledged risk names an unknown rule: " + risk.ruleId()));
        known.put(rule.id(), rule);
        String message =
            "accepted risk: "
                + rule.title()
                + (risk.detail().isBlank() ? "" : " (" + risk.detail() + ")");
        findings.add(
            new Finding(
                rule.id(),
                rule.severity(),
                entry.getKey(),
                message,
                true,
                risk.justification().text(),
                acknowledgedAt.getOrDefault(entry, Location.planned(entry.getKey()))));
      }

      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(Finding.ORDER);
      Map<String, Rule> used = new TreeMap<>();
      sorted.forEach(f -> used.put(f.ruleId(), known.get(f.ruleId())));
      return new PolicyReport(
          List.copyOf(sorted),
          java.util.Collections.unmodifiableMap(used),
          informationUri,
          remediation);
    }

    private static boolean covers(String acknowledgedResource, String violationResource) {
      return violationResource.equals(acknowledgedResource)
          || violationResource.startsWith(acknowledgedResource + ".")
          || violationResource.startsWith(acknowledgedResource + "[");
    }
  }
}
