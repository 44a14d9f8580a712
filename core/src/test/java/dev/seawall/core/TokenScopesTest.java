package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenScopesTest {
  @Test
  void forNeeded_addsWhatTheTokenFormRequires_transitively_andNotWhatIsAlreadyNeeded() {
    TokenScopes token = TokenScopes.forNeeded(Set.of("firewall:create", "droplet:create"));

    assertThat(token.needed()).containsExactly("droplet:create", "firewall:create");
    // droplet:create -> droplet:read, regions:read, sizes:read, actions:read, image:read;
    // firewall:create -> firewall:read; image:read -> droplet:read ... (already there).
    assertThat(token.formRequires())
        .containsExactly(
            "actions:read",
            "droplet:read",
            "firewall:read",
            "image:read",
            "regions:read",
            "sizes:read");
    assertThat(token.all()).hasSize(8);
  }

  @Test
  void forNeeded_whenTheDocumentationDoesNotSay_listsTheScopeAsUndocumentedInsteadOfGuessing() {
    TokenScopes token = TokenScopes.forNeeded(Set.of("block_storage:read", "no_such:scope"));

    assertThat(TokenScopes.requirements("block_storage:read")).isEmpty();
    assertThat(token.formRequires()).isEmpty();
    assertThat(token.undocumented()).containsExactly("block_storage:read", "no_such:scope");
    assertThat(token.lines())
        .anyMatch(line -> line.contains("does not say") && line.contains("block_storage:read"));
  }

  @Test
  void lines_showBothLists() {
    assertThat(TokenScopes.forNeeded(Set.of("certificate:create")).lines())
        .containsExactly(
            "Scopes the operations need:        certificate:create",
            "Scopes the token form also requires: certificate:read");
  }

  @Test
  void requirements_areThoseOfDigitalOceansScopeDocumentation() throws IOException {
    Optional<String> spec =
        Optional.ofNullable(System.getenv("SEAWALL_DO_OPENAPI"))
            .or(() -> Optional.ofNullable(System.getProperty("seawall.openapi")));
    assumeTrue(
        spec.isPresent() || "true".equals(System.getenv("CI")),
        "SEAWALL_DO_OPENAPI not set: the shared contracts folder is unknown");
    Path table = Path.of(spec.orElseThrow()).resolveSibling("scope-requirements.tsv");
    List<String> rows = Files.readAllLines(table, StandardCharsets.UTF_8);

    assertThat(rows).hasSizeGreaterThan(100);
    for (String row : rows.subList(1, rows.size())) {
      String[] columns = row.split("\t", -1);
      Optional<List<String>> expected =
          columns[2].equals("?")
              ? Optional.empty()
              : Optional.of(columns[2].isEmpty() ? List.of() : List.of(columns[2].split(",")));
      assertThat(TokenScopes.requirements(columns[0])).as(columns[0]).isEqualTo(expected);
    }
  }
}
