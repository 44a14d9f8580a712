package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.core.policy.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to the rule catalog assembled from every module. When it
 * differs the test fails; {@code -Dseawall.updateDocs=true} rewrites the file instead.
 */
class RuleCatalogDocTest {
  static final Path RULES_MD = Repository.root().resolve("docs/rules.md");

  @Test
  void rulesMd_whenComparedWithTheCatalog_isUpToDate() throws IOException {
    String expected = render(Catalog.installed());
    if (Boolean.getBoolean("seawall.updateDocs")) {
      Files.createDirectories(RULES_MD.getParent());
      Files.writeString(RULES_MD, expected, StandardCharsets.UTF_8);
    }
    String committed =
        Files.isRegularFile(RULES_MD) ? Files.readString(RULES_MD, StandardCharsets.UTF_8) : "";

    assertThat(committed)
        .as(
            "docs/rules.md differs from the rule catalog; regenerate it with"
                + " mvn -B -pl samples -am verify -Dseawall.updateDocs=true and commit it")
        .isEqualTo(expected);
  }

  @Test
  void render_whenCatalogRendered_listsEveryRuleWithItsModule() {
    String markdown = render(Catalog.installed());

    for (Rule rule : Catalog.installed().rules()) {
      assertThat(markdown).contains("## " + rule.id() + ": " + rule.title());
    }
    assertThat(markdown).contains("| [SW-DR-003](#sw-dr-003) | ERROR | core |");
  }

  static String render(Catalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# Rule catalog\n\n")
        .append(
            "<!-- Generated from the rule catalog by samples' RuleCatalogDocTest; do not edit.\n")
        .append("     Regenerate: mvn -B -pl samples -am verify -Dseawall.updateDocs=true -->\n\n")
        .append("Every rule Seawall enforces, assembled from the catalogs of the modules")
        .append(" (see [ARCHITECTURE.md](ARCHITECTURE.md#catalogs)). Spec builders refuse what a")
        .append(
            " rule describes before anything is sent, unless the spec records an opt-out with a")
        .append(" `Justification`; auditors flag the same rule on resources that already exist.")
        .append(" Ids are stable.\n\n")
        .append("| id | severity | module | title | scanner equivalents |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule rule : catalog.rules()) {
      md.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(rule.severity())
          .append(" | ")
          .append(modules(catalog, rule))
          .append(" | ")
          .append(cell(rule.title()))
          .append(" | ")
          .append(scanners(rule))
          .append(" |\n");
    }
    for (Rule rule : catalog.rules()) {
      md.append("\n## ")
          .append(rule.id())
          .append(": ")
          .append(rule.title())
          .append("\n\n- severity: ")
          .append(rule.severity())
          .append("\n- name: `")
          .append(rule.name())
          .append("`\n- module: ")
          .append(modules(catalog, rule))
          .append("\n- scanner equivalents: ")
          .append(scanners(rule))
          .append("\n\n")
          .append(rule.rationale())
          .append("\n\n**Remediation:** ")
          .append(rule.remediation())
          .append('\n');
      if (!rule.auditRemediation().equals(rule.remediation())) {
        md.append("\n**On an existing resource (audit):** ")
            .append(rule.auditRemediation())
            .append('\n');
      }
    }
    return md.toString();
  }

  private static String modules(Catalog catalog, Rule rule) {
    return String.join(", ", catalog.ruleModules(rule.id()));
  }

  private static String scanners(Rule rule) {
    return rule.scannerEquivalents().isEmpty() ? "—" : String.join(", ", rule.scannerEquivalents());
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
