package dev.seawall.cli.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.PolicyReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every finding a scan reports over the fixtures says which Terraform attribute to change. */
class TerraformRemediationTest {

  @Test
  void everyFindingOfEveryFixture_hasATerraformRemediation() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(scanDir())) {
      fixtures = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int findings = 0;
    for (Path fixture : fixtures) {
      PolicyReport report = scanOf(fixture);
      for (Finding finding : report.findings()) {
        assertThat(TerraformRemediation.of(finding.ruleId()))
            .as("%s in %s", finding.ruleId(), fixture.getFileName())
            .isPresent();
        assertThat(report.remediation(finding))
            .isEqualTo(TerraformRemediation.of(finding.ruleId()).orElseThrow());
        findings++;
      }
    }
    assertThat(findings).as("findings over %d fixtures", fixtures.size()).isGreaterThan(20);
  }

  @Test
  void everyHint_namesARuleOfTheCatalog() {
    for (var rule : Catalog.installed().rules()) {
      TerraformRemediation.of(rule.id())
          .ifPresent(
              hint ->
                  assertThat(TerraformRemediation.forRule(rule))
                      .isEqualTo(hint)
                      .doesNotContain("(client)", "Justification"));
    }
    assertThat(TerraformRemediation.of("SW-NONE-999")).isEmpty();
    Catalog.installed()
        .rule("SW-TOK-001")
        .ifPresent(
            rule ->
                assertThat(TerraformRemediation.forRule(rule)).isEqualTo(rule.auditRemediation()));
  }

  private static PolicyReport scanOf(Path fixture) throws IOException {
    return TerraformScan.of(Files.readString(fixture), fixture.getFileName().toString(), null)
        .report();
  }

  private static Path scanDir() throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(TerraformRemediationTest.class.getResource("/terraform/scan"))
            .toURI());
  }
}
