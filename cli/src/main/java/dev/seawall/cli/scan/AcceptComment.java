package dev.seawall.cli.scan;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Catalog;
import dev.seawall.core.policy.Justification;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code # seawall:accept RULE-ID justification} comment (also {@code //}) in a file a scan
 * reads: a {@code .tf} file ({@code seawall terraform scan}) or a YAML file ({@code seawall scan}).
 * Which findings it accepts is up to the scan; this class reads the comment and turns it into an
 * {@link AcknowledgedRisk}, naming what is wrong with a malformed one.
 *
 * @param ruleId the rule accepted, e.g. {@code SW-FW-001}
 * @param justification the rest of the comment, e.g. {@code SEC-142: public status page}
 * @param line its 1-based line
 */
public record AcceptComment(String ruleId, String justification, int line) {
  private static final Pattern ACCEPT =
      Pattern.compile("^\\s*(?:#|//)\\s*seawall:accept\\b\\s*(\\S*)\\s*(.*?)\\s*$");
  private static final Pattern RULE_ID = Pattern.compile("SW-[A-Z][A-Z0-9]*-\\d{3}");

  /**
   * Reads a line that is only a comment.
   *
   * @param line the text of the line
   * @param path the file, as notes name it
   * @param number the 1-based line number
   * @param problems where a malformed comment (no rule id, no justification) is named, with file
   *     and line; it is then ignored
   * @return the comment, if the line is a well-formed {@code seawall:accept} comment
   */
  public static Optional<AcceptComment> parse(
      String line, String path, int number, List<String> problems) {
    Matcher m = ACCEPT.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String ruleId = m.group(1);
    String justification = m.group(2);
    if (!RULE_ID.matcher(ruleId).matches()) {
      problems.add(
          path
              + ":"
              + number
              + ": seawall:accept needs a rule id such as SW-FW-001, not '"
              + ruleId
              + "'; ignored");
      return Optional.empty();
    }
    if (justification.isBlank()) {
      problems.add(
          path
              + ":"
              + number
              + ": seawall:accept "
              + ruleId
              + " needs a justification after the rule id, e.g. a ticket reference; ignored");
      return Optional.empty();
    }
    return Optional.of(new AcceptComment(ruleId, justification, number));
  }

  /**
   * The risk this comment accepts.
   *
   * @param path the file, as notes name it
   * @param notes where an unknown rule or an invalid justification (e.g. longer than 500
   *     characters) is named, with file and line; the comment is then ignored
   * @return the risk, if the rule is in the installed {@link Catalog} and the justification valid
   */
  public Optional<AcknowledgedRisk> risk(String path, List<String> notes) {
    String where = path + ":" + line + ": ";
    if (Catalog.installed().rule(ruleId).isEmpty()) {
      notes.add(where + "seawall:accept names an unknown rule " + ruleId + "; ignored");
      return Optional.empty();
    }
    try {
      return Optional.of(new AcknowledgedRisk(ruleId, Justification.of(justification), ""));
    } catch (IllegalArgumentException e) {
      notes.add(where + e.getMessage() + "; ignored");
      return Optional.empty();
    }
  }
}
