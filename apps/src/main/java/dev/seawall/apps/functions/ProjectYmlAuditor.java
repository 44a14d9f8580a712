package dev.seawall.apps.functions;

import dev.seawall.apps.AppsRules;
import dev.seawall.apps.app.internal.SecretLooks;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.LocatedViolation;
import dev.seawall.core.policy.Location;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Violation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Audits an existing {@code project.yml} (the file {@code doctl serverless deploy} reads) against
 * the rules {@link FunctionsProject} enforces: web-exposed functions (SW-FN-001), web functions
 * without {@code require-whisk-auth} (SW-FN-002), raw HTTP (SW-FN-003), and secret-looking literals
 * in {@code environment}, {@code parameters} or a {@code webSecure} secret (SW-FN-005).
 *
 * <p>doctl's defaults are the insecure ones: a function without {@code web} is a web function
 * ({@code web: true}) and one without {@code webSecure} is callable anonymously, so both are
 * flagged. The {@code web-export}, {@code raw-http} and {@code require-whisk-auth} annotations are
 * read as doctl reads them, and {@code functions} and the older {@code actions} key alike.
 *
 * <p>Violations name {@code functions_project.packages.<package>.<function>.<key>} and never a
 * value; each is located at the line of the key concerned. Parsing composes YAML nodes only (no
 * objects are constructed) with SnakeYAML's default limits; an error names the line, never the
 * file's text. Immutable and thread-safe.
 */
public final class ProjectYmlAuditor {
  private static final String ROOT = "functions_project";

  /** An auditor; it holds no state. */
  public ProjectYmlAuditor() {}

  /**
   * Audits a {@code project.yml} given as text.
   *
   * @return the violations with their lines, in document order
   * @throws IllegalArgumentException if the text is not YAML (the message names the line)
   */
  public List<LocatedViolation> audit(String yaml) {
    return read(new StringReader(Objects.requireNonNull(yaml, "yaml")), "project.yml");
  }

  /**
   * Audits a {@code project.yml} file into a report, each finding located at {@link
   * Location#file(String, int)}.
   *
   * @param file the file (UTF-8)
   * @param reportedPath the path the report shows, e.g. {@code functions/project.yml}
   * @return the report
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not YAML
   */
  public PolicyReport report(Path file, String reportedPath) {
    Objects.requireNonNull(reportedPath, "reportedPath");
    List<LocatedViolation> found;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      found = read(reader, reportedPath);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + reportedPath + ": " + e.getMessage(), e);
    }
    PolicyReport.Builder report = PolicyReport.builder();
    found.forEach(v -> report.add(v.violation(), Location.file(reportedPath, v.line())));
    return report.build();
  }

  private List<LocatedViolation> read(Reader reader, String source) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new IllegalArgumentException(
          source + " is not valid YAML at line " + line + ": " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(source + " is not valid YAML", e);
    }
    List<LocatedViolation> found = new ArrayList<>();
    if (!(root instanceof MappingNode project)) {
      return found;
    }
    values(Checks.on(ROOT), project, found);
    for (MappingNode pkg : items(project, "packages")) {
      String pkgName = scalar(pkg, "name").orElse("(unnamed)");
      values(Checks.on(ROOT).at("packages." + pkgName), pkg, found);
      List<MappingNode> functions = new ArrayList<>(items(pkg, "functions"));
      functions.addAll(items(pkg, "actions"));
      for (MappingNode function : functions) {
        String name = scalar(function, "name").orElse("(unnamed)");
        function(Checks.on(ROOT).at("packages." + pkgName).at(name), function, found);
      }
    }
    return found;
  }

  private static void function(Checks at, MappingNode function, List<LocatedViolation> found) {
    Map<String, String> annotations = scalars(child(function, "annotations"));
    String webText =
        scalar(function, "web")
            .or(() -> Optional.ofNullable(annotations.get("web-export")))
            .orElse("true") // doctl's default
            .toLowerCase(Locale.ROOT);
    boolean rawAnnotation = "true".equalsIgnoreCase(annotations.get("raw-http"));
    WebMode web =
        webText.equals("raw") || (rawAnnotation && !webText.equals("false"))
            ? WebMode.RAW
            : webText.equals("false") ? WebMode.OFF : WebMode.ON;
    String secure =
        scalar(function, "webSecure")
            .or(() -> Optional.ofNullable(annotations.get("require-whisk-auth")))
            .orElse("false"); // doctl's default
    boolean webSecure = !secure.equalsIgnoreCase("false");
    FunctionPolicy.checkWeb(at, web, webSecure, null);
    if (webSecure && !secure.equalsIgnoreCase("true") && SecretLooks.literal(secure)) {
      at.at("webSecure")
          .refuse(
              AppsRules.SW_FN_005,
              "webSecure holds a literal secret; write it as a ${NAME} template resolved from"
                  + " .env (or webSecure: true to let doctl generate one)");
    }
    values(at, function, found);
  }

  /** Checks the node's environment and parameters, then locates every violation of {@code at}. */
  private static void values(Checks at, MappingNode node, List<LocatedViolation> found) {
    FunctionPolicy.checkValues(at, "environment", tree(child(node, "environment")), null);
    FunctionPolicy.checkValues(at, "parameters", tree(child(node, "parameters")), null);
    String prefix = at.resource() + ".";
    for (Violation v : at.violations()) {
      String path = v.resource().startsWith(prefix) ? v.resource().substring(prefix.length()) : "";
      found.add(new LocatedViolation(v, line(node, path)));
    }
  }

  /** The line of the deepest node along a dotted path from {@code node}. */
  private static int line(Node node, String path) {
    Node at = node;
    for (String key : path.split("\\.")) {
      Optional<NodeTuple> tuple = tuple(at, key);
      if (tuple.isEmpty()) {
        break;
      }
      at = tuple.get().getValueNode();
      node = tuple.get().getKeyNode();
    }
    return node.getStartMark().getLine() + 1;
  }

  private static Optional<NodeTuple> tuple(Node node, String key) {
    if (!(node instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
        .findFirst();
  }

  private static @Nullable Node child(Node node, String key) {
    return tuple(node, key).map(NodeTuple::getValueNode).orElse(null);
  }

  private static Optional<String> scalar(Node node, String key) {
    return child(node, key) instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
  }

  private static Map<String, String> scalars(@Nullable Node node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
          out.put(k.getValue(), v.getValue());
        }
      }
    }
    return out;
  }

  private static List<MappingNode> items(Node node, String key) {
    List<MappingNode> out = new ArrayList<>();
    if (child(node, key) instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof MappingNode mapping) {
          out.add(mapping);
        }
      }
    }
    return out;
  }

  /** A mapping as a tree of maps, lists and scalar texts (only what the secret check reads). */
  private static Map<String, Object> tree(@Nullable Node node) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.put(k.getValue(), value(t.getValueNode()));
        }
      }
    }
    return out;
  }

  private static Object value(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue().stream().map(ProjectYmlAuditor::value).toList();
    }
    return tree(node);
  }
}
