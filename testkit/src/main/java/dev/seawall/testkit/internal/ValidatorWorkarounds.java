package dev.seawall.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the text of the OpenAPI specification, before it is parsed, where
 * swagger-request-validator cannot check a construct correctly. Each rewrite accepts exactly the
 * values the original schema accepts for that location; nothing else of the specification changes.
 *
 * <ul>
 *   <li><b>Composed path parameters.</b> For a path parameter whose schema is {@code anyOf}/{@code
 *       oneOf}, the validator parses the raw path segment as JSON before checking it, so every
 *       value that is not a JSON literal fails with {@code
 *       validation.request.parameter.schema.invalidJson}: SSH key fingerprints in {@code
 *       ssh_key_identifier} ({@code anyOf[ssh_key_id integer, ssh_key_fingerprint string]}) and
 *       volume snapshot UUIDs in {@code snapshot_id} ({@code anyOf[integer, string]}), both of
 *       which the API documents. A path segment is always text and each of these schemas has an
 *       unconstrained string alternative, so the schema is replaced by {@code type: string}. Only
 *       composed schemas with a plain {@code type: string} alternative (inline or through a {@code
 *       $ref} to a component schema that is one) are rewritten.
 * </ul>
 */
public final class ValidatorWorkarounds {
  private static final Pattern IN_PATH = Pattern.compile("^(\\s*)(- )?in: path\\s*$");
  private static final Pattern COMPOSED = Pattern.compile("^\\s+(anyOf|oneOf):\\s*$");
  private static final Pattern REF = Pattern.compile("\\$ref: '#/components/schemas/([^']+)'");
  private static final Pattern NAME = Pattern.compile("^\\s*(- )?name: (\\S+)\\s*$");

  private ValidatorWorkarounds() {}

  /**
   * The rewritten specification and what was rewritten.
   *
   * @param text the specification to parse
   * @param applied one line per rewrite, e.g. {@code path parameter ssh_key_identifier: anyOf ->
   *     type: string}
   */
  public record Result(String text, List<String> applied) {
    /** Copies {@code applied}. */
    public Result {
      applied = List.copyOf(applied);
    }
  }

  /** Applies every workaround to {@code yaml}. */
  public static Result apply(String yaml) {
    List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
    List<String> applied = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher in = IN_PATH.matcher(lines.get(i));
      if (!in.matches()) {
        continue;
      }
      int indent = in.group(1).length() + (in.group(2) == null ? 0 : 2);
      int start = blockStart(lines, i, indent);
      int end = blockEnd(lines, i, indent);
      for (int s = start; s < end; s++) {
        String line = lines.get(s);
        if (indentOf(line) != indent || !line.strip().equals("schema:")) {
          continue;
        }
        int first = s + 1;
        if (first >= end) {
          break;
        }
        Matcher composed = COMPOSED.matcher(lines.get(first));
        if (!composed.matches() || indentOf(lines.get(first)) <= indent) {
          break;
        }
        int schemaEnd = first + 1;
        while (schemaEnd < end
            && (lines.get(schemaEnd).isBlank() || indentOf(lines.get(schemaEnd)) > indent)) {
          schemaEnd++;
        }
        if (!hasPlainStringAlternative(yaml, lines.subList(first + 1, schemaEnd))) {
          break;
        }
        String name = parameterName(lines.subList(start, end));
        int removed = schemaEnd - first;
        for (int r = 0; r < removed; r++) {
          lines.remove(first);
        }
        lines.add(first, " ".repeat(indent + 2) + "type: string");
        applied.add("path parameter " + name + ": " + composed.group(1) + " -> type: string");
        end -= removed - 1;
        break;
      }
    }
    return new Result(String.join("\n", lines), applied);
  }

  private static int blockStart(List<String> lines, int at, int indent) {
    int start = at;
    while (start > 0) {
      String previous = lines.get(start - 1);
      int previousIndent = indentOf(previous);
      if (previousIndent >= indent && !previous.isBlank()) {
        start--;
      } else if (previousIndent == indent - 2 && previous.strip().startsWith("- ")) {
        return start - 1;
      } else {
        return start;
      }
    }
    return start;
  }

  private static int blockEnd(List<String> lines, int at, int indent) {
    int end = at + 1;
    while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) >= indent)) {
      end++;
    }
    return end;
  }

  private static boolean hasPlainStringAlternative(String yaml, List<String> alternatives) {
    for (int i = 0; i < alternatives.size(); i++) {
      String line = alternatives.get(i).strip();
      if (line.equals("- type: string") && !constrained(alternatives, i + 1)) {
        return true;
      }
      Matcher ref = REF.matcher(line);
      if (line.startsWith("- ") && ref.find() && isPlainStringSchema(yaml, ref.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the inline alternative starting before {@code from} constrains the string. */
  private static boolean constrained(List<String> alternatives, int from) {
    for (int i = from; i < alternatives.size(); i++) {
      String line = alternatives.get(i).strip();
      if (line.startsWith("- ")) {
        return false;
      }
      if (line.startsWith("pattern:")
          || line.startsWith("enum:")
          || line.startsWith("format:")
          || line.startsWith("maxLength:")
          || line.startsWith("minLength:")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code components.schemas.<name>} is {@code type: string} without constraints. */
  private static boolean isPlainStringSchema(String yaml, String name) {
    Matcher definition =
        Pattern.compile("(?m)^    " + Pattern.quote(name) + ":\\s*\\n((?:      .*\\n)+)")
            .matcher(yaml);
    if (!definition.find()) {
      return false;
    }
    List<String> body = Arrays.asList(definition.group(1).split("\n"));
    boolean string = body.stream().anyMatch(l -> l.equals("      type: string"));
    List<String> asAlternative = new ArrayList<>();
    asAlternative.add("- type: string");
    body.forEach(l -> asAlternative.add(l.strip()));
    return string && !constrained(asAlternative, 1);
  }

  private static String parameterName(List<String> block) {
    for (String line : block) {
      Matcher name = NAME.matcher(line);
      if (name.matches()) {
        return name.group(2);
      }
    }
    return "(unnamed)";
  }

  private static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
