package dev.seawall.core.policy;

import static dev.seawall.core.policy.PolicyReportTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.seawall.core.support.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Findings located at live resources and at file lines, as SARIF consumers need them. */
class PolicyReportLocationTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        PolicyReportLocationTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void location_whenResource_isDigitalOceanUriWithEncodedId() {
    assertThat(Location.resource("firewall", "bb4b2611-3d72").uri())
        .isEqualTo("digitalocean://firewall/bb4b2611-3d72");
    assertThat(Location.resource("bucket", "ams3/my bucket").uri())
        .isEqualTo("digitalocean://bucket/ams3/my%20bucket");
    assertThat(Location.planned("firewall/web.inboundRules[0]").uri())
        .isEqualTo("digitalocean://firewall/web");
    assertThat(Location.file("infra\\main.tf", 12)).hasToString("infra/main.tf:12");
    assertThatIllegalArgumentException().isThrownBy(() -> Location.resource("Fire wall", "1"));
    assertThatIllegalArgumentException().isThrownBy(() -> Location.resource("droplet", " "));
    assertThatIllegalArgumentException().isThrownBy(() -> Location.file("main.tf", -1));
  }

  @Test
  void toSarif_whenTwoResourcesShareAName_keepsBothApartByLocation() throws IOException {
    Violation v = Examples.SW_DR_002.violation("droplet/web", "default VPC");
    PolicyReport report =
        PolicyReport.builder()
            .add(v, Location.resource("droplet", "101"))
            .add(v, Location.resource("droplet", "102"))
            .build();

    List<?> results = results(report.toSarif());

    assertThat(results).hasSize(2);
    assertThat(results)
        .extracting(r -> uri((Map<?, ?>) r))
        .containsExactly("digitalocean://droplet/101", "digitalocean://droplet/102");
    assertThat(results).extracting(r -> fingerprint((Map<?, ?>) r)).doesNotHaveDuplicates();
    assertThat(schema.validate(MAPPER.readTree(report.toSarif()))).isEmpty();
  }

  @Test
  void toSarif_whenFileLocation_hasSourceRootRelativeUriAndLine() throws IOException {
    PolicyReport report =
        PolicyReport.builder()
            .add(
                Examples.SW_FW_001.violation("firewall/web.inboundRules[0]", "0.0.0.0/0 on 22"),
                Location.file("infra/main.tf", 12))
            .build();

    Map<?, ?> physical =
        (Map<?, ?>)
            ((Map<?, ?>)
                    ((List<?>) ((Map<?, ?>) results(report.toSarif()).get(0)).get("locations"))
                        .get(0))
                .get("physicalLocation");

    assertThat(physical.get("artifactLocation"))
        .isEqualTo(Map.of("uri", "infra/main.tf", "uriBaseId", "%SRCROOT%"));
    assertThat(physical.get("region")).isEqualTo(Map.of("startLine", 12.0));
    assertThat(schema.validate(MAPPER.readTree(report.toSarif()))).isEmpty();
  }

  @Test
  void partialFingerprints_whenOnlyTheLineMoves_stayTheSame() throws IOException {
    Violation v = Examples.SW_FW_001.violation("firewall/web", "open");
    String before =
        fingerprint(
            (Map<?, ?>)
                results(
                        PolicyReport.builder()
                            .add(v, Location.file("main.tf", 3))
                            .build()
                            .toSarif())
                    .get(0));
    String after =
        fingerprint(
            (Map<?, ?>)
                results(
                        PolicyReport.builder()
                            .add(v, Location.file("main.tf", 40))
                            .build()
                            .toSarif())
                    .get(0));
    String otherRule =
        fingerprint(
            (Map<?, ?>)
                results(
                        PolicyReport.builder()
                            .add(
                                Examples.SW_FW_002.violation("firewall/web", "open"),
                                Location.file("main.tf", 3))
                            .build()
                            .toSarif())
                    .get(0));

    assertThat(after).isEqualTo(before).matches("[0-9a-f]{32}");
    assertThat(otherRule).isNotEqualTo(before);
  }

  @Test
  void existingResources_whenRuleHasAuditRemediation_helpAndJsonUseIt() throws IOException {
    Rule rule = Examples.SW_FW_001.withAuditRemediation("Narrow the sources, then converge.");
    Violation v = rule.violation("firewall/web", "open");

    PolicyReport audit = PolicyReport.builder().existingResources().add(v).build();
    PolicyReport specs = PolicyReport.builder().add(v).build();

    Map<?, ?> auditRule = sarifRule(audit.toSarif());
    assertThat(auditRule.get("help"))
        .isEqualTo(Map.of("text", "Narrow the sources, then converge."));
    assertThat(sarifRule(specs.toSarif()).get("help"))
        .isEqualTo(Map.of("text", rule.remediation()));
    assertThat(audit.remediation(audit.findings().get(0)))
        .isEqualTo("Narrow the sources, then converge.");
    assertThat(Examples.SW_FW_002.auditRemediation()).isEqualTo(Examples.SW_FW_002.remediation());
  }

  @Test
  void toTable_whenFindings_groupsBySeverityWithCountsAndColoursOnlyWhenAsked() {
    PolicyReport report = PolicyReportTest.sampleReport();

    String plain = report.toTable(false);
    String coloured = report.toTable(true);

    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured).contains("\u001b[1;31mERROR (");
    assertThat(plain.indexOf("ERROR (")).isLessThan(plain.indexOf("WARNING ("));
    long open = report.findings().stream().filter(f -> !f.acknowledged()).count();
    long accepted = report.findings().size() - open;
    assertThat(plain).contains("ACCEPTED (" + accepted + ")");
    assertThat(plain.strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith(open + " open: ")
        .endsWith("; " + accepted + " accepted");
    for (Finding finding : report.findings()) {
      assertThat(plain).contains(finding.ruleId() + "  " + finding.resource());
    }
    assertThat(PolicyReport.builder().build().toTable(false))
        .isEqualTo("No findings.\n0 open: 0 error(s), 0 warning(s), 0 note(s); 0 accepted\n");
  }

  @Test
  void hasOpenFindings_whenThresholdGiven_countsThatSeverityAndWorse() {
    PolicyReport warnings =
        PolicyReport.builder()
            .add(Examples.SW_FW_005.violation("firewall/idle", "applies to nothing"))
            .build();

    assertThat(warnings.hasOpenFindings(Severity.ERROR)).isFalse();
    assertThat(warnings.hasOpenFindings(Severity.WARNING)).isTrue();
    assertThat(warnings.hasOpenFindings(Severity.NOTE)).isTrue();
  }

  @Test
  void acknowledge_whenLocatedAndMatchingNoViolation_isReportedWhereItIsDeclared() {
    AcknowledgedRisk risk =
        AcknowledgedRisk.of(Examples.SW_FW_001, Justification.of("SEC-142: status page"), "");
    Violation matched = Examples.SW_FW_001.violation("firewall/web", "open");

    PolicyReport report =
        PolicyReport.builder()
            .add(matched, Location.file("main.tf", 3))
            .acknowledge("firewall/web", risk, Location.file("main.tf", 5))
            .acknowledge("firewall/api", risk, Location.file("main.tf", 20))
            .build();

    assertThat(report.findings())
        .extracting(Finding::resource, Finding::acknowledged, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("firewall/api", true, Location.file("main.tf", 20)),
            org.assertj.core.groups.Tuple.tuple("firewall/web", true, Location.file("main.tf", 3)));
  }

  private static List<?> results(String sarif) throws IOException {
    Map<String, Object> log = parse(sarif);
    return (List<?>) ((Map<?, ?>) ((List<?>) log.get("runs")).get(0)).get("results");
  }

  private static Map<?, ?> sarifRule(String sarif) throws IOException {
    Map<String, Object> log = parse(sarif);
    Map<?, ?> run = (Map<?, ?>) ((List<?>) log.get("runs")).get(0);
    Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver");
    return (Map<?, ?>) ((List<?>) driver.get("rules")).get(0);
  }

  private static String uri(Map<?, ?> result) {
    Map<?, ?> location = (Map<?, ?>) ((List<?>) result.get("locations")).get(0);
    return (String)
        ((Map<?, ?>) ((Map<?, ?>) location.get("physicalLocation")).get("artifactLocation"))
            .get("uri");
  }

  private static String fingerprint(Map<?, ?> result) {
    return (String) ((Map<?, ?>) result.get("partialFingerprints")).get("seawall/v1");
  }
}
