package dev.seawall.samples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder, for tests that check its files. */
final class Repository {
  private Repository() {}

  /** The parent of the working directory ({@code samples/} when Maven runs the tests). */
  static Path root() {
    Path root = Path.of("").toAbsolutePath().getParent();
    if (root == null || !Files.isRegularFile(root.resolve("samples/pom.xml"))) {
      throw new IllegalStateException(
          "run from the samples module (working directory " + Path.of("").toAbsolutePath() + ")");
    }
    return root;
  }
}
