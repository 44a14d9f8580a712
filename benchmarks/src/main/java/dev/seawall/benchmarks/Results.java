package dev.seawall.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measurements of a plain program (not JMH), one {@code key<TAB>value} per line in {@code
 * <dir>/<name>.tsv}, for {@link Report} to read.
 */
public final class Results {
  private final Map<String, String> values = new LinkedHashMap<>();

  /** Records {@code key}; a later value replaces an earlier one. */
  public Results put(String key, Object value) {
    if (key.contains("\t") || key.contains("\n")) {
      throw new IllegalArgumentException("key must be one field: " + key);
    }
    values.put(key, String.valueOf(value).replace('\t', ' ').replace('\n', ' '));
    return this;
  }

  /** The values in the order recorded. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** Writes {@code dir/name.tsv} (and the directory) and prints the values. */
  public void write(Path dir, String name) {
    StringBuilder text = new StringBuilder();
    values.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".tsv"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print(text);
  }

  /** Reads {@code dir/name.tsv}; empty when the file does not exist. */
  public static Map<String, String> read(Path dir, String name) {
    Path file = dir.resolve(name + ".tsv");
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The results directory: the first argument, else {@code target/results}. */
  static Path dir(String[] args) {
    return Path.of(args.length > 0 ? args[0] : "target/results");
  }
}
