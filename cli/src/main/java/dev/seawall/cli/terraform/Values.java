package dev.seawall.cli.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The attribute values of one resource (or of one nested block) in {@code terraform show -json}
 * output, with what Terraform marks as known only after apply.
 *
 * <p>In a plan, a value that is unknown until apply is left out of {@code values} and marked {@code
 * true} in the change's {@code after_unknown}; an unknown element of a list or set is written as
 * {@code null}. The accessors therefore return empty (or skip the element) for an unknown value,
 * and {@link #isUnknown(String)} says whether an absent value is absent or only not known yet.
 * Numbers are JSON numbers (read as {@code double}); nested blocks are lists of objects.
 */
final class Values {
  private final Map<String, Object> values;
  private final Map<String, Object> unknown;

  Values(Map<String, Object> values, Map<String, Object> unknown) {
    this.values = values;
    this.unknown = unknown;
  }

  /** Values with nothing unknown (a state file). */
  static Values known(Map<String, Object> values) {
    return new Values(values, Map.of());
  }

  /** Whether Terraform marks the attribute as known only after apply. */
  boolean isUnknown(String key) {
    return Boolean.TRUE.equals(unknown.get(key));
  }

  /** A string attribute; empty when absent, null or unknown. */
  Optional<String> string(String key) {
    return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** A string attribute, or {@code ""}. */
  String text(String key) {
    return string(key).orElse("");
  }

  /** A boolean attribute, or {@code fallback} when absent, null or unknown. */
  boolean bool(String key, boolean fallback) {
    return values.get(key) instanceof Boolean b ? b : fallback;
  }

  /** A whole-number attribute; empty when absent, null or unknown. */
  Optional<Long> number(String key) {
    Object value = values.get(key);
    if (value instanceof Number n) {
      return Optional.of(n.longValue());
    }
    if (value instanceof String s) {
      try {
        return Optional.of(Long.parseLong(s.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The known string elements of a list or set attribute (unknown elements are skipped). */
  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    for (Object element : list(key)) {
      if (element instanceof String s) {
        out.add(s);
      } else if (element instanceof Number n) {
        out.add(Long.toString(n.longValue()));
      }
    }
    return out;
  }

  /** The known whole-number elements of a list or set attribute (unknown elements are skipped). */
  List<Long> numbers(String key) {
    List<Long> out = new ArrayList<>();
    for (Object element : list(key)) {
      if (element instanceof Number n) {
        out.add(n.longValue());
      }
    }
    return out;
  }

  /**
   * Whether a list or set attribute has elements not known before apply (written as {@code null},
   * or the whole attribute unknown).
   */
  boolean hasUnknownElements(String key) {
    return isUnknown(key) || list(key).stream().anyMatch(e -> e == null);
  }

  /** The nested blocks of a block attribute (a list or set of objects), in JSON order. */
  List<Values> blocks(String key) {
    List<Values> out = new ArrayList<>();
    List<?> elements = list(key);
    List<?> unknownElements = unknown.get(key) instanceof List<?> l ? l : List.of();
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof Map<?, ?> block) {
        Object u = i < unknownElements.size() ? unknownElements.get(i) : null;
        out.add(new Values(cast(block), u instanceof Map<?, ?> m ? cast(m) : Map.of()));
      }
    }
    return out;
  }

  private List<?> list(String key) {
    return values.get(key) instanceof List<?> l ? l : List.of();
  }

  @SuppressWarnings("unchecked") // JSON objects are read as maps with string keys
  static Map<String, Object> cast(@Nullable Object map) {
    return map instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
