package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks the {@link Operations} catalog against {@code operation-scopes.tsv}, which is derived from
 * the official DigitalOcean OpenAPI specification (columns: method, path, operationId, scopes;
 * {@code ,} separates the scopes of one requirement, {@code " | "} separates alternative
 * requirements, {@code [name]} marks another security scheme).
 *
 * <p>The file is read from the system property {@code seawall.operationScopes} (set by the Maven
 * build), else from {@code ../../shared/contracts/operation-scopes.tsv} relative to the module.
 * When it is absent the tests that need it are skipped, except under {@code CI=true} where they
 * fail.
 */
class OperationsContractTest {
  private static final String DEFAULT_PATH = "../../shared/contracts/operation-scopes.tsv";

  /** One row of the TSV. */
  record Row(String method, String path, String operationId, List<Set<String>> alternatives) {}

  @Test
  void all_whenComparedWithOfficialSpec_methodPathAndScopesMatch() throws IOException {
    Map<String, Row> rows = officialRows();
    SoftAssertions softly = new SoftAssertions();

    for (Operation op : Operations.all()) {
      Row row = rows.get(op.operationId());
      if (row == null) {
        softly.fail("%s is not an operation of the official spec", op.operationId());
        continue;
      }
      softly
          .assertThat(op.method().name())
          .as("%s method", op.operationId())
          .isEqualTo(row.method());
      softly.assertThat(op.pathTemplate()).as("%s path", op.operationId()).isEqualTo(row.path());
      if (row.alternatives().size() == 1) {
        softly
            .assertThat(op.scopes())
            .as("%s scopes", op.operationId())
            .containsExactlyElementsOf(new TreeSet<>(row.alternatives().get(0)));
      } else {
        // Alternative requirements (e.g. "domain:create | domain:update"): the catalog must name
        // exactly one of them.
        softly
            .assertThat(row.alternatives())
            .as("%s scopes must equal one alternative", op.operationId())
            .contains(Set.copyOf(op.scopes()));
      }
    }
    softly.assertAll();
  }

  @Test
  void all_whenListed_operationIdsAreUnique() {
    List<String> ids = Operations.all().stream().map(Operation::operationId).toList();

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void all_whenListed_containsEveryOperationConstant() throws IllegalAccessException {
    List<Operation> constants = new ArrayList<>();
    for (Field field : Operations.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && field.getType() == Operation.class) {
        constants.add((Operation) field.get(null));
      }
    }

    assertThat(constants).isNotEmpty();
    assertThat(Operations.all()).containsExactlyInAnyOrderElementsOf(constants);
  }

  private static Map<String, Row> officialRows() throws IOException {
    Path path = Path.of(System.getProperty("seawall.operationScopes", DEFAULT_PATH));
    if (!Files.isRegularFile(path)) {
      String message =
          "operation-scopes.tsv not found at "
              + path.toAbsolutePath()
              + "; it lives in ../shared/contracts beside the repository (set -Dseawall.operationScopes"
              + " to its path)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " — required under CI=true");
      }
      Assumptions.abort(message + " — skipping the operation contract test");
    }
    Map<String, Row> rows = new HashMap<>();
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("method\tpath\toperationId\tscopes");
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("columns of %s", line).hasSize(4);
      List<Set<String>> alternatives =
          Arrays.stream(cells[3].split(" \\| ", -1))
              .map(
                  requirement ->
                      Arrays.stream(requirement.split(","))
                          .map(String::strip)
                          .filter(s -> !s.isEmpty())
                          .collect(Collectors.toUnmodifiableSet()))
              .toList();
      Row previous = rows.put(cells[2], new Row(cells[0], cells[1], cells[2], alternatives));
      assertThat(previous).as("duplicate operationId %s in the TSV", cells[2]).isNull();
    }
    return rows;
  }
}
