package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.seawall.core.support.Examples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyReportTest {
  private static final Justification WHY = Justification.of("SEC-142: public status page");

  static PolicyReport sampleReport() {
    return sampleBuilder().build();
  }

  static PolicyReport.Builder sampleBuilder() {
    return PolicyReport.builder()
        .add(Examples.SW_FW_001.violation("firewall/web.inboundRules[0]", "tcp 443 from 0.0.0.0/0"))
        .add(Examples.SW_FW_002.violation("firewall/web.inboundRules[1]", "tcp 22 from ::/0"))
        .add(Examples.SW_FW_005.violation("firewall/idle", "applies to no droplet and no tag"))
        .add(Examples.SW_DR_001.violation("droplet/app", "no SSH key \"quoted\" and \\ escaped"))
        .acknowledge("firewall/web", AcknowledgedRisk.of(Examples.SW_FW_001, WHY, "tcp 443"))
        .acknowledge("bucket/assets", AcknowledgedRisk.of(Examples.SW_SP_001, WHY, "public-read"));
  }

  @Test
  void build_whenAcknowledgedOnParentResource_marksMatchingViolationOnly() {
    PolicyReport report = sampleReport();

    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::resource, Finding::acknowledged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SW-SP-001", "bucket/assets", true),
            org.assertj.core.groups.Tuple.tuple("SW-DR-001", "droplet/app", false),
            org.assertj.core.groups.Tuple.tuple("SW-FW-005", "firewall/idle", false),
            org.assertj.core.groups.Tuple.tuple("SW-FW-001", "firewall/web.inboundRules[0]", true),
            org.assertj.core.groups.Tuple.tuple(
                "SW-FW-002", "firewall/web.inboundRules[1]", false));
    Finding acknowledged = report.findings().get(3);
    assertThat(acknowledged.justification()).contains(WHY);
    assertThat(acknowledged.message()).isEqualTo("tcp 443 from 0.0.0.0/0");
  }

  @Test
  void build_whenAcknowledgementMatchesNoViolation_reportsItWithDetail() {
    PolicyReport report =
        PolicyReport.builder()
            .acknowledge(
                "bucket/assets", AcknowledgedRisk.of(Examples.SW_SP_001, WHY, "public-read"))
            .build();

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.acknowledged()).isTrue();
              assertThat(f.justificationText()).isEqualTo(WHY.text());
              assertThat(f.message()).contains(Examples.SW_SP_001.title()).contains("public-read");
            });
    assertThat(report.hasUnacknowledgedErrors()).isFalse();
  }

  @Test
  void build_whenAcknowledgedOnSiblingResource_doesNotMatch() {
    PolicyReport report =
        PolicyReport.builder()
            .add(Examples.SW_FW_001.violation("firewall/web2", "tcp 80 from 0.0.0.0/0"))
            .acknowledge("firewall/web", AcknowledgedRisk.of(Examples.SW_FW_001, WHY))
            .build();

    assertThat(report.findings())
        .extracting(Finding::resource, Finding::acknowledged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("firewall/web", true),
            org.assertj.core.groups.Tuple.tuple("firewall/web2", false));
    assertThat(report.hasUnacknowledgedErrors()).isTrue();
  }

  @Test
  void build_whenAcknowledgementNamesUnknownRule_throws() {
    PolicyReport.Builder builder =
        PolicyReport.builder().acknowledge("x/y", new AcknowledgedRisk("SW-XX-999", WHY, ""));

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessageContaining("SW-XX-999");
  }

  @Test
  void build_whenSameViolationAddedTwice_keepsOne() {
    Violation v = Examples.SW_DR_001.violation("droplet/app", "no SSH key");

    PolicyReport report = PolicyReport.builder().add(v).addAll(List.of(v)).build();

    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void build_whenAddOrderDiffers_producesSameJson() {
    Violation a = Examples.SW_DR_001.violation("droplet/a", "no SSH key");
    Violation b = Examples.SW_DR_002.violation("droplet/a", "default VPC");
    Violation c = Examples.SW_FW_004.violation("firewall/b", "all ports");

    String one = PolicyReport.builder().addAll(List.of(a, b, c)).build().toJson();
    String two = PolicyReport.builder().addAll(List.of(c, b, a)).build().toJson();

    assertThat(one).isEqualTo(two);
  }

  @Test
  void hasUnacknowledgedErrors_whenOnlyWarningsOpen_isFalse() {
    PolicyReport report =
        PolicyReport.builder()
            .add(Examples.SW_FW_005.violation("firewall/idle", "applies to nothing"))
            .add(CoreRules.SW_TOK_001.violation("plan", "token may be broader"))
            .build();

    assertThat(report.hasUnacknowledgedErrors()).isFalse();
  }

  @Test
  void hasUnacknowledgedErrors_whenErrorOpen_isTrue() {
    assertThat(sampleReport().hasUnacknowledgedErrors()).isTrue();
  }

  @Test
  void toJson_whenParsedBack_yieldsTheSameFindings() throws IOException {
    PolicyReport report = sampleReport();

    Map<String, Object> root = parse(report.toJson());

    assertThat(root).containsOnlyKeys("tool", "version", "findings");
    assertThat(root.get("tool")).isEqualTo("Seawall");
    assertThat(root.get("version")).isEqualTo(report.toolVersion());
    List<Finding> parsed = new ArrayList<>();
    for (Object item : (List<?>) root.get("findings")) {
      Map<?, ?> f = (Map<?, ?>) item;
      assertThat(List.<Object>copyOf(f.keySet()))
          .containsExactly(
              "ruleId",
              "severity",
              "resource",
              "location",
              "line",
              "message",
              "remediation",
              "acknowledged",
              "justification");
      parsed.add(
          new Finding(
              (String) f.get("ruleId"),
              Severity.valueOf((String) f.get("severity")),
              (String) f.get("resource"),
              (String) f.get("message"),
              (Boolean) f.get("acknowledged"),
              (String) f.get("justification"),
              new Location((String) f.get("location"), ((Number) f.get("line")).intValue())));
      assertThat(f.get("remediation")).isEqualTo(report.remediation(parsed.get(parsed.size() - 1)));
    }
    assertThat(parsed).isEqualTo(report.findings());
  }

  @Test
  void toJson_whenEmpty_hasEmptyFindings() throws IOException {
    Map<String, Object> root = parse(PolicyReport.builder().build().toJson());

    assertThat((List<?>) root.get("findings")).isEmpty();
  }

  @Test
  void toJson_whenRendered_isPrettyPrinted() {
    assertThat(sampleReport().toJson()).startsWith("{\n  \"tool\": \"Seawall\",\n");
  }

  @Test
  void toJsonAndSarif_whenRendered_containOnlyGivenTextAndCatalogText() throws IOException {
    String token = dev.seawall.core.support.TestClients.randomTokenText();
    Violation violation = Examples.SW_DR_004.violation("droplet/app", "user_data holds a DO token");
    // The token is only in the caller's hands (e.g. in the spec's user data), never given to the
    // report.
    String userData = "#!/bin/sh\nexport DIGITALOCEAN_TOKEN=" + token;
    PolicyReport report =
        PolicyReport.builder()
            .add(violation)
            .acknowledge("firewall/web", AcknowledgedRisk.of(Examples.SW_FW_001, WHY, "tcp 443"))
            .build();

    Set<String> allowed = new HashSet<>();
    allowed.addAll(
        List.of(
            "droplet/app",
            "digitalocean://droplet/app",
            "resource",
            "user_data holds a DO token",
            "firewall/web",
            "digitalocean://firewall/web",
            WHY.text(),
            "accepted risk: " + Examples.SW_FW_001.title() + " (tcp 443)"));
    for (Rule rule : List.of(Examples.SW_DR_004, Examples.SW_FW_001)) {
      allowed.addAll(
          List.of(rule.id(), rule.title(), rule.rationale(), rule.remediation(), rule.name()));
      allowed.addAll(rule.scannerEquivalents());
    }
    allowed.addAll(
        List.of(
            "Seawall",
            report.toolVersion(),
            "",
            "ERROR",
            "error",
            "7.0",
            "security",
            "external",
            "accepted",
            PolicyReport.SARIF_SCHEMA,
            PolicyReport.SARIF_VERSION));

    for (String json : List.of(report.toJson(), report.toSarif())) {
      assertThat(json).doesNotContain(token).doesNotContain(userData);
      // Fingerprints are hashes of the text above.
      assertThat(strings(parse(json)))
          .filteredOn(text -> !text.matches("[0-9a-f]{32}"))
          .isSubsetOf(allowed);
    }
  }

  @Test
  void finding_whenAcknowledgedWithoutJustification_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Finding("SW-FW-001", Severity.ERROR, "r", "m", true, " "));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Finding("SW-FW-001", Severity.ERROR, "r", "m", false, "why"));
  }

  @Test
  void finding_whenOpen_hasNoJustification() {
    Finding finding = Finding.open(Examples.SW_DR_001.violation("droplet/app", "no SSH key"));

    assertThat(finding.justification()).isEmpty();
    assertThat(finding.acknowledged()).isFalse();
  }

  @Test
  void informationUri_whenRelative_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PolicyReport.builder().informationUri("docs/seawall"));
  }

  @Test
  void toString_whenRendered_countsFindings() {
    assertThat(sampleReport()).hasToString("PolicyReport[5 findings, 3 open]");
  }

  static Map<String, Object> parse(String json) throws IOException {
    Map<String, Object> parsed =
        new Moshi.Builder()
            .build()
            .<Map<String, Object>>adapter(
                Types.newParameterizedType(Map.class, String.class, Object.class))
            .fromJson(json);
    assertThat(parsed).isNotNull();
    return parsed;
  }

  /** Every string in a parsed JSON tree, keys excluded. */
  static Set<String> strings(Object node) {
    Set<String> out = new HashSet<>();
    if (node instanceof String s) {
      out.add(s);
    } else if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> out.addAll(strings(v)));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> out.addAll(strings(v)));
    }
    return out;
  }
}
