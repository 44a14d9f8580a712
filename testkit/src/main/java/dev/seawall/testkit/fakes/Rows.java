package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON plumbing shared by the fakes. */
final class Rows {
  private Rows() {}

  /** A mutable copy of a JSON array; empty for {@code null} or a non-array. */
  static List<Object> list(@Nullable Object value) {
    List<Object> copy = new ArrayList<>();
    if (value instanceof List<?> items) {
      for (Object item : items) {
        if (item != null) {
          copy.add(item);
        }
      }
    }
    return copy;
  }

  /**
   * A mutable copy of a JSON array; empty for {@code null}.
   *
   * @throws FakeApiError 422 when the value is not an array
   */
  static List<Object> strictList(@Nullable Object value, String field) {
    if (value != null && !(value instanceof List<?>)) {
      throw FakeApiError.unprocessable(field + " must be an array.");
    }
    return list(value);
  }

  /**
   * The live, mutable array stored under {@code key} of {@code row}, replacing an immutable one.
   */
  @SuppressWarnings("unchecked")
  static List<Object> mutableList(Map<String, @Nullable Object> row, String key) {
    Object value = row.get(key);
    if (value instanceof ArrayList<?>) {
      return (List<Object>) value;
    }
    List<Object> copy = list(value);
    row.put(key, copy);
    return copy;
  }

  /** Whether the array under {@code key} holds {@code id}, comparing numbers and text as text. */
  static boolean containsId(@Nullable Object array, Object id) {
    String wanted = String.valueOf(id);
    return list(array).stream().anyMatch(item -> String.valueOf(item).equals(wanted));
  }

  /**
   * Removes {@code id} (compared as text) from the array under {@code key}; whether it was there.
   */
  static boolean removeId(Map<String, @Nullable Object> row, String key, Object id) {
    String wanted = String.valueOf(id);
    return mutableList(row, key).removeIf(item -> String.valueOf(item).equals(wanted));
  }

  /** A region object as droplets and volumes embed it. */
  static Map<String, @Nullable Object> region(String slug) {
    return FakeJson.object(
        "name",
        slug,
        "slug",
        slug,
        "features",
        List.of("private_networking", "backups", "ipv6", "metadata", "storage"),
        "available",
        true,
        "sizes",
        List.of("s-1vcpu-1gb", "s-2vcpu-2gb", "s-2vcpu-4gb"));
  }

  /** The region slug of a row whose {@code region} is an object with a slug, or a slug. */
  static String regionOf(Map<String, @Nullable Object> row) {
    Object region = row.get("region");
    if (region instanceof Map<?, ?> object) {
      return String.valueOf(object.get("slug"));
    }
    return String.valueOf(region);
  }

  /** A numeric JSON value as a long, or {@code -1} when it is not an integral number. */
  static long asLong(@Nullable Object value) {
    if (value instanceof Long number) {
      return number;
    }
    if (value instanceof Integer number) {
      return number;
    }
    return -1;
  }
}
