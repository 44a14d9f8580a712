package dev.seawall.testkit;

import dev.seawall.core.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The operations of the official DigitalOcean OpenAPI specification with their token scopes, read
 * from {@code operation-scopes.tsv} (columns: method, path, operationId, scopes; {@code ,}
 * separates the scopes of one requirement, {@code " | "} separates alternative requirements, {@code
 * [name]} marks another security scheme). Checks that a module's {@link Operation}s name real
 * operations with the right method, path and scopes:
 *
 * <pre>{@code
 * @Test
 * void operations_whenComparedWithOfficialSpec_matchMethodPathAndScopes() {
 *   OperationScopes.require().assertMatch(new NetworkingCatalog().operations());
 * }
 * }</pre>
 *
 * <p>The file is not part of Seawall; it is read from (first match wins) the environment variable
 * {@value #ENVIRONMENT_VARIABLE} or the system property {@value #SYSTEM_PROPERTY} (the Maven build
 * sets it); nothing else is searched. When it is absent, {@link #require()} skips the calling test,
 * or fails it under {@code CI=true}, like {@link OpenApiContract#require()}.
 */
public final class OperationScopes {
  /** Environment variable holding the path of the file; it wins over everything else. */
  public static final String ENVIRONMENT_VARIABLE = "SEAWALL_OPERATION_SCOPES";

  /** System property holding the path of the file (set by the Maven build). */
  public static final String SYSTEM_PROPERTY = "seawall.operationScopes";

  private static final String HEADER = "method\tpath\toperationId\tscopes";

  /** One operation of the specification. */
  private record Row(String method, String path, List<Set<String>> alternatives) {}

  private final Map<String, Row> rows;

  private OperationScopes(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  /**
   * Reads the file from where the class comment says.
   *
   * @throws org.opentest4j.TestAbortedException when the file is absent outside CI
   * @throws IllegalStateException when it is absent under {@code CI=true}, or malformed
   * @throws UncheckedIOException when it cannot be read
   */
  public static OperationScopes require() {
    OpenApiContract.Location location =
        OpenApiContract.locate(
            System.getenv(), System.getProperties(), ENVIRONMENT_VARIABLE, SYSTEM_PROPERTY);
    if (!location.exists()) {
      return OpenApiContract.skipOrFail(
          "operation-scopes.tsv is absent: "
              + location.describe()
              + ". The operation contract tests need it; set "
              + ENVIRONMENT_VARIABLE
              + " (or -D"
              + SYSTEM_PROPERTY
              + ") to its path.",
          "true".equalsIgnoreCase(System.getenv("CI")));
    }
    try {
      Path file = location.path().orElseThrow();
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location.path().orElseThrow(), e);
    }
  }

  /**
   * Parses the lines of an {@code operation-scopes.tsv}, header included.
   *
   * @throws IllegalStateException when the header, a row's columns or an operationId is wrong
   */
  public static OperationScopes parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalStateException("operation-scopes.tsv must start with the header " + HEADER);
    }
    Map<String, Row> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 4) {
        throw new IllegalStateException("expected 4 columns: " + line);
      }
      List<Set<String>> alternatives =
          Arrays.stream(cells[3].split(" \\| ", -1))
              .map(
                  requirement ->
                      Arrays.stream(requirement.split(","))
                          .map(String::strip)
                          .filter(scope -> !scope.isEmpty())
                          .collect(Collectors.toUnmodifiableSet()))
              .toList();
      if (rows.put(cells[2], new Row(cells[0], cells[1], alternatives)) != null) {
        throw new IllegalStateException("duplicate operationId " + cells[2]);
      }
    }
    return new OperationScopes(rows);
  }

  /**
   * What differs between the operations and the specification: an operationId the specification
   * does not have, another method or path, or scopes that are not exactly the specification's (or,
   * where it lists alternative requirements, exactly one of them).
   *
   * @return one readable line per difference; empty when everything matches
   */
  public List<String> mismatches(Collection<Operation> operations) {
    List<String> problems = new ArrayList<>();
    for (Operation operation : operations) {
      String id = operation.operationId();
      Row row = rows.get(id);
      if (row == null) {
        problems.add(id + " is not an operation of the official spec");
        continue;
      }
      if (!operation.method().name().equals(row.method())) {
        problems.add(id + " method " + operation.method() + ", spec: " + row.method());
      }
      if (!operation.pathTemplate().equals(row.path())) {
        problems.add(id + " path " + operation.pathTemplate() + ", spec: " + row.path());
      }
      if (!row.alternatives().contains(Set.copyOf(operation.scopes()))) {
        problems.add(
            id
                + " scopes "
                + operation.scopes()
                + ", spec: "
                + row.alternatives().stream()
                    .map(TreeSet::new)
                    .map(Object::toString)
                    .collect(Collectors.joining(" or ")));
      }
    }
    return problems;
  }

  /**
   * Asserts that the operations match the specification (see {@link #mismatches}).
   *
   * @throws AssertionError listing every difference
   */
  public void assertMatch(Collection<Operation> operations) {
    List<String> problems = mismatches(operations);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size()
              + " operation(s) differ from the official spec:\n  "
              + String.join("\n  ", problems));
    }
  }
}
