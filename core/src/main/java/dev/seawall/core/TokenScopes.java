package dev.seawall.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The scopes of a custom-scoped token for a run, in the two lists DigitalOcean's token form makes
 * you think about: the scopes the run's operations need ({@link Scopes#required}), and the scopes
 * the form also requires alongside them (DigitalOcean's scope documentation: {@code droplet:create}
 * cannot be granted without {@code droplet:read}, {@code regions:read}, {@code sizes:read}, {@code
 * actions:read} and {@code image:read}, and so on, transitively). Where the documentation does not
 * say what a scope requires, the scope is listed in {@link #undocumented()} rather than guessed.
 *
 * @param needed the scopes the operations need, sorted
 * @param formRequires the further scopes the token form requires with them, sorted
 * @param undocumented scopes (needed or required) whose own requirements DigitalOcean's
 *     documentation does not give, sorted; the form may ask for more with these
 */
public record TokenScopes(
    SortedSet<String> needed, SortedSet<String> formRequires, SortedSet<String> undocumented) {
  private static final String RESOURCE = "scope-requirements.tsv";
  private static final String UNKNOWN = "?";
  private static final Map<String, Optional<List<String>>> REQUIREMENTS = load();

  /** Copies the sets. */
  public TokenScopes {
    needed = Collections.unmodifiableSortedSet(new TreeSet<>(needed));
    formRequires = Collections.unmodifiableSortedSet(new TreeSet<>(formRequires));
    undocumented = Collections.unmodifiableSortedSet(new TreeSet<>(undocumented));
  }

  /**
   * The token for these needed scopes.
   *
   * @param needed the scopes the operations need, e.g. {@link Scopes#required}
   */
  public static TokenScopes forNeeded(Collection<String> needed) {
    SortedSet<String> wanted = new TreeSet<>(needed);
    SortedSet<String> required = new TreeSet<>();
    SortedSet<String> undocumented = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>(wanted);
    while (!work.isEmpty()) {
      String scope = work.pop();
      Optional<List<String>> requires = requirements(scope);
      if (requires.isEmpty()) {
        undocumented.add(scope);
        continue;
      }
      for (String more : requires.get()) {
        if (!wanted.contains(more) && required.add(more)) {
          work.push(more);
        }
      }
    }
    return new TokenScopes(wanted, required, undocumented);
  }

  /**
   * What DigitalOcean's token form requires alongside {@code scope} (directly), or empty when its
   * documentation does not say (or the scope is not in it).
   */
  public static Optional<List<String>> requirements(String scope) {
    Objects.requireNonNull(scope, "scope");
    return REQUIREMENTS.getOrDefault(scope, Optional.empty());
  }

  /** Every scope to tick on the token form: {@link #needed()} and {@link #formRequires()}. */
  public SortedSet<String> all() {
    SortedSet<String> all = new TreeSet<>(needed);
    all.addAll(formRequires);
    return Collections.unmodifiableSortedSet(all);
  }

  /** The two lists (and the undocumented scopes, if any) as lines of text. */
  public List<String> lines() {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("Scopes the operations need:        " + String.join(" ", needed));
    lines.add(
        "Scopes the token form also requires: "
            + (formRequires.isEmpty() ? "(none)" : String.join(" ", formRequires)));
    if (!undocumented.isEmpty()) {
      lines.add(
          "DigitalOcean's documentation does not say what these require (the form may ask for"
              + " more): "
              + String.join(" ", undocumented));
    }
    return List.copyOf(lines);
  }

  private static Map<String, Optional<List<String>>> load() {
    Map<String, Optional<List<String>>> table = new HashMap<>();
    try (InputStream in = TokenScopes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from seawall-core");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        String requires = columns.length > 1 ? columns[1].strip() : "";
        table.put(
            columns[0].strip(),
            requires.equals(UNKNOWN)
                ? Optional.empty()
                : Optional.of(
                    requires.isEmpty()
                        ? List.of()
                        : List.of(requires.split(",")).stream().map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
