package dev.seawall.cli.terraform;

import dev.seawall.cli.scan.AcceptComment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where the resources of a Terraform configuration are declared: the line of each {@code resource
 * "type" "name"} block in the {@code .tf} files under a directory ({@code .terraform/} skipped),
 * the {@code # seawall:accept RULE-ID justification} comments inside each block, and the local
 * {@code module "name" { source = "./path" }} calls, so that a resource of a child module is found
 * in that module's directory.
 *
 * <p>A light line scanner, not an HCL parser: it counts braces outside strings, comments and
 * heredocs. Paths are relative to the directory, with forward slashes; lines are 1-based.
 */
final class SourceIndex {
  private static final Pattern RESOURCE =
      Pattern.compile("^\\s*resource\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"");
  private static final Pattern MODULE = Pattern.compile("^\\s*module\\s+\"([^\"]+)\"");
  private static final Pattern SOURCE = Pattern.compile("^\\s*source\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*\"?([A-Za-z_][A-Za-z0-9_]*)\"?");

  /**
   * A resource block.
   *
   * @param path the file, relative to the scanned directory, with forward slashes
   * @param line the 1-based line of {@code resource "type" "name"}
   * @param type the resource type
   * @param name the resource name
   * @param suppressions the {@code seawall:accept} comments inside the block
   */
  record Declaration(
      String path, int line, String type, String name, List<AcceptComment> suppressions) {}

  private record Located(Path dir, Declaration declaration) {}

  private record ModuleCall(Path dir, String name, Path source) {}

  private final Path root;
  private final List<Located> declarations = new ArrayList<>();
  private final List<ModuleCall> modules = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private SourceIndex(Path root) {
    this.root = root;
  }

  /**
   * Indexes the {@code .tf} files under a directory.
   *
   * @param dir the directory, e.g. the Terraform root module
   * @return the index
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if {@code dir} is not a directory
   */
  static SourceIndex scan(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such source directory: " + dir);
    }
    Path root = dir.toAbsolutePath().normalize();
    SourceIndex index = new SourceIndex(root);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".tf"))
              .filter(Files::isRegularFile)
              .filter(
                  p -> !root.relativize(p).toString().replace('\\', '/').contains(".terraform/"))
              .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
              .toList();
    }
    for (Path file : files) {
      index.read(file);
    }
    return index;
  }

  /** Malformed {@code seawall:accept} comments, each with its file and line; they were ignored. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * The declaration of a resource: in the directory of its module when the module calls can be
   * followed (local {@code source} paths), otherwise the first block of that type and name.
   *
   * @param module the module path, e.g. {@code module.app}; empty for the root module
   * @param type the resource type
   * @param name the resource name
   * @return the declaration, if found
   */
  Optional<Declaration> find(String module, String type, String name) {
    Optional<Path> dir = moduleDir(module);
    Optional<Declaration> inModule =
        declarations.stream()
            .filter(l -> dir.isPresent() && l.dir().equals(dir.get()))
            .map(Located::declaration)
            .filter(d -> d.type().equals(type) && d.name().equals(name))
            .findFirst();
    return inModule.or(
        () ->
            declarations.stream()
                .map(Located::declaration)
                .filter(d -> d.type().equals(type) && d.name().equals(name))
                .findFirst());
  }

  private Optional<Path> moduleDir(String module) {
    Path dir = root;
    if (module.isEmpty()) {
      return Optional.of(dir);
    }
    String[] parts = module.split("\\.");
    for (int i = 1; i < parts.length; i += 2) {
      Path from = dir;
      String call = parts[i];
      Optional<ModuleCall> found =
          modules.stream().filter(m -> m.dir().equals(from) && m.name().equals(call)).findFirst();
      if (found.isEmpty()) {
        return Optional.empty();
      }
      dir = found.get().source();
    }
    return Optional.of(dir);
  }

  private void read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String path = root.relativize(file).toString().replace('\\', '/');
    Path dir = file.getParent();
    int depth = 0;
    @Nullable String heredoc = null;
    @Nullable String blockKind = null;
    String @Nullable [] header = null;
    int headerLine = 0;
    List<AcceptComment> suppressions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (heredoc != null) {
        if (line.strip().equals(heredoc)) {
          heredoc = null;
        }
        continue;
      }
      if (depth == 0) {
        Matcher resource = RESOURCE.matcher(line);
        Matcher module = MODULE.matcher(line);
        if (resource.find()) {
          blockKind = "resource";
          header = new String[] {resource.group(1), resource.group(2)};
          headerLine = i + 1;
          suppressions = new ArrayList<>();
        } else if (module.find()) {
          blockKind = "module";
          header = new String[] {module.group(1)};
        } else {
          blockKind = null;
        }
      } else if ("resource".equals(blockKind)) {
        AcceptComment.parse(line, path, i + 1, problems).ifPresent(suppressions::add);
      } else if ("module".equals(blockKind) && depth == 1 && header != null) {
        Matcher source = SOURCE.matcher(line);
        if (source.find() && source.group(1).startsWith(".")) {
          modules.add(new ModuleCall(dir, header[0], dir.resolve(source.group(1)).normalize()));
        }
      }
      Scan scan = braces(line);
      heredoc = scan.heredoc();
      int before = depth;
      depth = Math.max(0, depth + scan.delta());
      if (before > 0 && depth == 0 && "resource".equals(blockKind) && header != null) {
        declarations.add(
            new Located(
                dir, new Declaration(path, headerLine, header[0], header[1], suppressions)));
        blockKind = null;
      }
    }
  }

  private record Scan(int delta, @Nullable String heredoc) {}

  /** The change of brace depth on a line, outside strings and comments, and a heredoc it opens. */
  private static Scan braces(String line) {
    int delta = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '#' || (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
        break;
      } else if (c == '<' && line.startsWith("<<", i)) {
        Matcher m = HEREDOC.matcher(line.substring(i));
        if (m.lookingAt()) {
          return new Scan(delta, m.group(1));
        }
      } else if (c == '{') {
        delta++;
      } else if (c == '}') {
        delta--;
      }
    }
    return new Scan(delta, null);
  }
}
