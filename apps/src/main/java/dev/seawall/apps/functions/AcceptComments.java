package dev.seawall.apps.functions;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Rule;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes the opt-outs of a {@link FunctionsProject} into its {@code project.yml} as {@code #
 * seawall:accept RULE justification} comments, each right above the line {@link ProjectYmlAuditor}
 * reports the rule at, so that {@code seawall scan} sees the justification the builder recorded
 * instead of an open finding. A {@link Justification} is one line of plain text, so it is safe in a
 * comment.
 */
final class AcceptComments {
  private AcceptComments() {}

  /**
   * An accepted rule and where it applies.
   *
   * @param path the keys (and, inside a list, the 0-based indices) from the document's root to the
   *     key the rule concerns, e.g. {@code packages, 0, functions, 1, web}
   * @param rule the rule accepted
   * @param justification why
   */
  record Accepted(List<String> path, Rule rule, Justification justification) {}

  /**
   * {@code yaml} with a comment line above the key of each accepted rule; unchanged without any.
   */
  static String insert(String yaml, List<Accepted> accepted) {
    if (accepted.isEmpty()) {
      return yaml;
    }
    Node root = new Yaml().compose(new StringReader(yaml));
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
    record Placed(int line, String comment) {}
    List<Placed> placed = new ArrayList<>();
    for (Accepted a : accepted) {
      keyLine(root, a.path())
          .ifPresent(
              line ->
                  placed.add(
                      new Placed(
                          line,
                          indentation(lines.get(line))
                              + "# seawall:accept "
                              + a.rule().id()
                              + " "
                              + a.justification())));
    }
    placed.stream()
        .sorted(Comparator.comparingInt(Placed::line).reversed())
        .forEach(p -> lines.add(p.line(), p.comment()));
    return String.join("\n", lines);
  }

  /** The 0-based line of the last key along {@code path}, if the document has it. */
  private static Optional<Integer> keyLine(Node root, List<String> path) {
    Node at = root;
    Node key = null;
    for (String step : path) {
      if (at instanceof SequenceNode list) {
        int index = Integer.parseInt(step);
        if (index >= list.getValue().size()) {
          return Optional.empty();
        }
        at = list.getValue().get(index);
        continue;
      }
      if (!(at instanceof MappingNode mapping)) {
        return Optional.empty();
      }
      NodeTuple found = null;
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(step)) {
          found = tuple;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      key = found.getKeyNode();
      at = found.getValueNode();
    }
    return key == null ? Optional.empty() : Optional.of(key.getStartMark().getLine());
  }

  private static String indentation(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return line.substring(0, i);
  }
}
