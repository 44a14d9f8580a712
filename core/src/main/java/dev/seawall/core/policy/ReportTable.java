package dev.seawall.core.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link PolicyReport} for people: {@link PolicyReport#toTable(boolean)}. */
final class ReportTable {
  private static final String RESET = "\u001b[0m";
  private static final Map<Severity, String> COLOURS =
      new EnumMap<>(
          Map.of(
              Severity.ERROR, "\u001b[1;31m",
              Severity.WARNING, "\u001b[1;33m",
              Severity.NOTE, "\u001b[1;36m"));

  private ReportTable() {}

  static String render(PolicyReport report, boolean ansi) {
    StringBuilder out = new StringBuilder();
    Map<Severity, List<Finding>> open =
        report.findings().stream()
            .filter(f -> !f.acknowledged())
            .collect(
                Collectors.groupingBy(
                    Finding::severity, () -> new EnumMap<>(Severity.class), Collectors.toList()));
    List<Finding> accepted = report.findings().stream().filter(Finding::acknowledged).toList();
    for (Map.Entry<Severity, List<Finding>> group : open.entrySet()) {
      heading(out, group.getKey().name(), group.getValue().size(), ansi, group.getKey());
      for (Finding finding : group.getValue()) {
        line(out, finding);
        out.append("      fix: ").append(report.remediation(finding)).append('\n');
      }
    }
    if (!accepted.isEmpty()) {
      heading(out, "ACCEPTED", accepted.size(), false, Severity.NOTE);
      for (Finding finding : accepted) {
        line(out, finding);
        out.append("      accepted: ").append(finding.justificationText()).append('\n');
      }
    }
    if (report.findings().isEmpty()) {
      out.append("No findings.\n");
    }
    out.append(
        String.format(
            "%d open: %d error(s), %d warning(s), %d note(s); %d accepted%n",
            open.values().stream().mapToInt(List::size).sum(),
            open.getOrDefault(Severity.ERROR, List.of()).size(),
            open.getOrDefault(Severity.WARNING, List.of()).size(),
            open.getOrDefault(Severity.NOTE, List.of()).size(),
            accepted.size()));
    return out.toString();
  }

  private static void heading(
      StringBuilder out, String title, int count, boolean ansi, Severity severity) {
    String text = title + " (" + count + ")";
    out.append(ansi ? COLOURS.get(severity) + text + RESET : text).append('\n');
  }

  private static void line(StringBuilder out, Finding finding) {
    out.append("  ")
        .append(finding.ruleId())
        .append("  ")
        .append(finding.resource())
        .append("  ")
        .append(finding.location())
        .append('\n')
        .append("      ")
        .append(finding.message())
        .append('\n');
  }
}
