package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sources, javadoc and Markdown point only at documents inside the repository: no design notes kept
 * beside it, and no path into the folder beside the repository other than its contract data (the
 * DigitalOcean OpenAPI specification and {@code operation-scopes.tsv} under {@code
 * ../shared/contracts}, which the build reads).
 */
class DocumentLinksTest {
  private static final Pattern OUTSIDE =
      Pattern.compile("DESIGN\\.md|\\.\\./(?:\\.\\./)*shared/(?!contracts\\b)|§\\s*\\d");

  @Test
  void sourcesAndDocs_whenScanned_pointAtNoDocumentOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Repository.root())) {
      for (Path file : files.filter(DocumentLinksTest::checked).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = OUTSIDE.matcher(lines.get(i));
          if (matcher.find() && !cites(lines.get(i), matcher.group())) {
            found.add(Repository.root().relativize(file) + ":" + (i + 1) + ": " + lines.get(i));
          }
        }
      }
    }

    assertThat(found).as("references to documents outside the repository").isEmpty();
  }

  /** Java sources and Markdown, outside build output and version control. */
  private static boolean checked(Path file) {
    String path = file.toString().replace('\\', '/');
    return (path.endsWith(".java") || path.endsWith(".md"))
        && !path.contains("/target/")
        && !path.contains("/.git/");
  }

  /** A section sign that cites a standard (RFC 9110 §9.2.2) rather than a document of ours. */
  private static boolean cites(String line, String match) {
    return match.startsWith("§") && line.matches(".*\\bRFC \\d+ §.*");
  }
}
