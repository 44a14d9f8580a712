package dev.seawall.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory table of JSON objects keyed by id, in insertion order. Ids are compared as text, so
 * {@code get(42L)} and {@code get("42")} find the same row. Rows are live: changing a returned map
 * changes what later requests see. Not thread-safe on its own; the fake serialises handlers.
 */
public final class FakeTable {
  private final String name;
  private final Map<String, Map<String, @Nullable Object>> rows = new LinkedHashMap<>();

  FakeTable(String name) {
    this.name = name;
  }

  /** The table's name, e.g. {@code firewalls}. */
  public String name() {
    return name;
  }

  /** Stores {@code row} under {@code id} (replacing any row with that id) and returns it. */
  public Map<String, @Nullable Object> put(Object id, Map<String, @Nullable Object> row) {
    rows.put(String.valueOf(id), row);
    return row;
  }

  /** The row with {@code id}. */
  public Optional<Map<String, @Nullable Object>> get(Object id) {
    return Optional.ofNullable(rows.get(String.valueOf(id)));
  }

  /**
   * The row with {@code id}.
   *
   * @throws FakeApiError 404 {@code not_found} when there is none, as DigitalOcean answers
   */
  public Map<String, @Nullable Object> require(Object id) {
    return get(id).orElseThrow(FakeApiError::notFound);
  }

  /** Removes the row with {@code id}; returns whether there was one. */
  public boolean remove(Object id) {
    return rows.remove(String.valueOf(id)) != null;
  }

  /** Every row, in insertion order (a new list of the live rows). */
  public List<Map<String, @Nullable Object>> values() {
    return new ArrayList<>(rows.values());
  }

  /** The rows matching {@code filter}, in insertion order. */
  public List<Map<String, @Nullable Object>> find(Predicate<Map<String, @Nullable Object>> filter) {
    return rows.values().stream().filter(filter).toList();
  }

  /** How many rows there are. */
  public int size() {
    return rows.size();
  }

  /** Removes every row. */
  public void clear() {
    rows.clear();
  }

  @Override
  public String toString() {
    return "FakeTable[" + name + ", " + rows.size() + " rows]";
  }
}
