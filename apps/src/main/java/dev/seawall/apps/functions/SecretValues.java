package dev.seawall.apps.functions;

import dev.seawall.apps.app.internal.SecretLooks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds secret-looking values in the JSON-like trees of Functions (a trigger's body, a function's
 * environment and parameters) with the apps module's one definition of "looks secret" ({@link
 * SecretLooks}, whose token shapes are core's {@code SecretPatterns}): a secret-named key holding a
 * literal, or a value shaped like a token, private key or URL with a password. A {@code ${NAME}}
 * template reference is no literal. Returns paths, never values.
 */
final class SecretValues {
  private SecretValues() {}

  /**
   * The dotted paths ({@code auth.token}, {@code keys[1]}) of the string values that look secret,
   * in document order.
   */
  static List<String> paths(Map<String, ?> tree) {
    List<String> found = new ArrayList<>();
    walk("", "", tree, found);
    return found;
  }

  /** Whether one key/value pair looks secret. */
  static boolean secret(String key, Object value) {
    return value instanceof String text && SecretLooks.secret(key, text);
  }

  private static void walk(String path, String key, Object value, List<String> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            String name = String.valueOf(k);
            walk(path.isEmpty() ? name : path + "." + name, name, v, found);
          });
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", key, list.get(i), found);
      }
    } else if (secret(key, value)) {
      found.add(path);
    }
  }

  /**
   * A tree in a canonical form for comparing a spec with what the API answers: maps sorted by key,
   * integral numbers as {@code Long} (JSON reads every number as a double).
   */
  static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SecretValues::canonical).toList();
    }
    if (value instanceof Number number
        && number.doubleValue() == Math.rint(number.doubleValue())
        && !Double.isInfinite(number.doubleValue())) {
      return number.longValue();
    }
    return value;
  }

  /** A deep, insertion-ordered copy of a JSON-like map (lists and maps copied, leaves shared). */
  static Map<String, Object> copy(Map<String, ?> tree) {
    Map<String, Object> out = new LinkedHashMap<>();
    tree.forEach((k, v) -> out.put(k, copyValue(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v)));
      return java.util.Collections.unmodifiableMap(out);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SecretValues::copyValue).toList();
    }
    return value;
  }
}
