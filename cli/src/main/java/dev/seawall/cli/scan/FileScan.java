package dev.seawall.cli.scan;

import dev.seawall.apps.functions.ProjectYmlAuditor;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Catalog;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.LocatedViolation;
import dev.seawall.core.policy.Location;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Violation;
import dev.seawall.kubernetes.manifest.ServiceManifestAuditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code seawall scan}: the Seawall rules over the files teams keep in their repositories, as one
 * {@link PolicyReport}: Functions projects ({@code project.yml}/{@code project.yaml}, {@link
 * ProjectYmlAuditor}: SW-FN-001, -002, -003, -005) and Kubernetes manifests (every other {@code
 * *.yaml}/{@code *.yml}, one or many documents, {@link ServiceManifestAuditor}: SW-K8S-009 for
 * Services of type LoadBalancer; other kinds are ignored). No rule is implemented here.
 *
 * <p>Directories are walked ({@code .git}, {@code node_modules}, {@code target} and the {@code
 * templates} directory of a Helm chart, which is not YAML before rendering, are skipped; links are
 * not followed); a file given by name is scanned whatever its name. Each finding is located at its
 * file, relative to the source directory with forward slashes (SARIF {@code %SRCROOT%}), and the
 * line the auditor names; its resource is the auditor's name qualified by the file ({@code
 * k8s/web.yaml#service/default/web}), so equal names in two files (overlays, several projects) stay
 * apart.
 *
 * <p>A {@code # seawall:accept SW-K8S-009 OPS-7: internal load balancer} comment line directly
 * above the line of a finding (alone or among other comment lines right above it) accepts that
 * rule's finding there with that justification: the report shows it as accepted (a SARIF
 * suppression). A comment that accepts nothing, names an unknown rule or has no justification is
 * named in {@link #notes()}.
 *
 * <pre>{@code
 * FileScan scan = FileScan.of(List.of(Path.of(".")), Path.of("."));
 * scan.notes().forEach(System.err::println);
 * System.out.print(scan.report().toSarif());
 * }</pre>
 */
public final class FileScan {
  private static final Set<String> PROJECT_FILES = Set.of("project.yml", "project.yaml");
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target");

  /** What a file holds, by its name. */
  public enum Kind {
    /** A Functions project, {@code project.yml} or {@code project.yaml}. */
    FUNCTIONS_PROJECT("Functions project"),
    /** Any other YAML file, read as Kubernetes manifests. */
    MANIFESTS("Kubernetes manifests");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How people call it, e.g. {@code Functions project}. */
    public String label() {
      return label;
    }

    static Kind of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return PROJECT_FILES.contains(name) ? FUNCTIONS_PROJECT : MANIFESTS;
    }
  }

  /**
   * A file scanned.
   *
   * @param path relative to the source directory, with forward slashes
   * @param kind what it was read as
   * @param findings how many findings it has, open or accepted
   */
  public record Scanned(String path, Kind kind, int findings) {}

  private final PolicyReport report;
  private final List<Scanned> files;
  private final List<String> notes;

  private FileScan(PolicyReport report, List<Scanned> files, List<String> notes) {
    this.report = report;
    this.files = List.copyOf(files);
    this.notes = List.copyOf(notes);
  }

  /**
   * Scans files and directories.
   *
   * @param paths files and directories
   * @param sourceDir the directory the report's paths are relative to (the repository's root, for
   *     code scanning)
   * @return the scan
   * @throws IllegalArgumentException if a path does not exist or lies outside {@code sourceDir},
   *     {@code sourceDir} is not a directory, or a file is not YAML (the message names file and
   *     line)
   * @throws IOException if a file or directory cannot be read
   */
  public static FileScan of(List<Path> paths, Path sourceDir) throws IOException {
    Objects.requireNonNull(paths, "paths");
    if (!Files.isDirectory(sourceDir)) {
      throw new IllegalArgumentException("no such source directory: " + sourceDir);
    }
    Path root = sourceDir.toAbsolutePath().normalize();
    List<String> notes = new ArrayList<>();
    Map<String, Path> found = new TreeMap<>();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (!absolute.startsWith(root)) {
        throw new IllegalArgumentException(
            path + " is outside the source directory " + sourceDir + "; give --source-dir");
      }
      if (Files.isRegularFile(absolute)) {
        found.put(relative(root, absolute), absolute);
      } else if (Files.isDirectory(absolute)) {
        walk(root, absolute, found, notes);
      } else {
        throw new IllegalArgumentException("no such file or directory: " + path);
      }
    }
    PolicyReport.Builder report = PolicyReport.builder().existingResources();
    List<Scanned> scanned = new ArrayList<>();
    for (Map.Entry<String, Path> file : found.entrySet()) {
      Kind kind = Kind.of(file.getValue());
      List<LocatedViolation> violations = audit(kind, file.getValue(), file.getKey());
      add(report, file.getKey(), file.getValue(), violations, notes);
      scanned.add(new Scanned(file.getKey(), kind, violations.size()));
    }
    return new FileScan(report.build(), scanned, notes);
  }

  /** The report: every finding, open or accepted. */
  public PolicyReport report() {
    return report;
  }

  /** The files scanned, by path. */
  public List<Scanned> files() {
    return files;
  }

  /**
   * What standard error should say, one line each: directories skipped, malformed or unused {@code
   * seawall:accept} comments.
   */
  public List<String> notes() {
    return notes;
  }

  private static void walk(Path root, Path dir, Map<String, Path> found, List<String> notes)
      throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
            String name = d.getFileName() == null ? "" : d.getFileName().toString();
            if (!d.equals(dir) && SKIPPED_DIRECTORIES.contains(name)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Path parent = d.getParent();
            if (name.equals("templates")
                && parent != null
                && (Files.isRegularFile(parent.resolve("Chart.yaml"))
                    || Files.isRegularFile(parent.resolve("Chart.yml")))) {
              notes.add(
                  relative(root, d)
                      + ": Helm chart templates skipped (not YAML before rendering); scan the"
                      + " output of helm template instead");
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (attributes.isRegularFile() && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
              found.put(relative(root, file), file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static List<LocatedViolation> audit(Kind kind, Path file, String shown)
      throws IOException {
    try {
      if (kind == Kind.MANIFESTS) {
        return new ServiceManifestAuditor().auditFile(file, shown, PolicyReport.builder());
      }
      List<LocatedViolation> violations = new ArrayList<>();
      for (Finding f : new ProjectYmlAuditor().report(file, shown).findings()) {
        Rule rule = Catalog.installed().rule(f.ruleId()).orElseThrow();
        violations.add(
            new LocatedViolation(
                new Violation(rule, f.resource(), f.message()), f.location().line()));
      }
      return violations;
    } catch (UncheckedIOException e) {
      throw new IOException(e.getMessage(), e.getCause());
    }
  }

  /**
   * Adds a file's violations, qualified by the file and located at their lines, and accepts those a
   * {@code seawall:accept} comment right above names.
   */
  private static void add(
      PolicyReport.Builder report,
      String shown,
      Path file,
      List<LocatedViolation> violations,
      List<String> notes)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<Integer, AcceptComment> comments = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      AcceptComment.parse(lines.get(i), shown, i + 1, notes)
          .ifPresent(c -> comments.put(c.line(), c));
    }
    String uri = uri(shown);
    Set<AcceptComment> used = new HashSet<>();
    for (LocatedViolation located : violations) {
      Violation v = located.violation();
      Violation qualified = new Violation(v.rule(), shown + "#" + v.resource(), v.message());
      report.add(qualified, Location.file(uri, located.line()));
      for (int line = located.line() - 1;
          line >= 1 && lines.get(line - 1).strip().startsWith("#");
          line--) {
        AcceptComment comment = comments.get(line);
        if (comment != null && comment.ruleId().equals(v.ruleId())) {
          used.add(comment);
          Optional<AcknowledgedRisk> risk = comment.risk(shown, notes);
          risk.ifPresent(
              r -> report.acknowledge(qualified.resource(), r, Location.file(uri, comment.line())));
        }
      }
    }
    comments.values().stream()
        .filter(c -> !used.contains(c))
        .sorted(java.util.Comparator.comparingInt(AcceptComment::line))
        .forEach(
            c ->
                c.risk(shown, notes)
                    .ifPresent(
                        r ->
                            notes.add(
                                shown
                                    + ":"
                                    + c.line()
                                    + ": seawall:accept "
                                    + c.ruleId()
                                    + " is not right above a "
                                    + c.ruleId()
                                    + " finding; ignored")));
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** A relative path as a URI reference: characters outside RFC 3986's unreserved set escaped. */
  private static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
