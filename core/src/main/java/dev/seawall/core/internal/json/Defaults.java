package dev.seawall.core.internal.json;

import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * The value a record component gets when its JSON field is absent or {@code null}: empty optionals
 * and collections, {@code ""}, zero, {@code false}, or an enum's {@code UNKNOWN} constant. Other
 * types have no default.
 */
final class Defaults {
  private Defaults() {}

  /** The default for a type, or {@code null} when the type has none. */
  static @Nullable Object of(Type type) {
    Class<?> raw = Types.getRawType(type);
    if (raw == Optional.class) {
      return Optional.empty();
    } else if (raw == OptionalInt.class) {
      return OptionalInt.empty();
    } else if (raw == OptionalLong.class) {
      return OptionalLong.empty();
    } else if (raw == OptionalDouble.class) {
      return OptionalDouble.empty();
    } else if (raw == String.class) {
      return "";
    } else if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      return List.of();
    } else if (raw == SortedSet.class || raw == NavigableSet.class) {
      return Collections.emptySortedSet();
    } else if (raw == Set.class) {
      return Set.of();
    } else if (raw == SortedMap.class) {
      return Collections.emptySortedMap();
    } else if (raw == Map.class) {
      return Map.of();
    } else if (raw.isEnum()) {
      return UnknownEnumAdapterFactory.unknownConstant(raw);
    }
    return primitive(raw);
  }

  private static @Nullable Object primitive(Class<?> raw) {
    if (raw == boolean.class || raw == Boolean.class) {
      return false;
    } else if (raw == int.class || raw == Integer.class) {
      return 0;
    } else if (raw == long.class || raw == Long.class) {
      return 0L;
    } else if (raw == double.class || raw == Double.class) {
      return 0.0d;
    } else if (raw == float.class || raw == Float.class) {
      return 0.0f;
    } else if (raw == short.class || raw == Short.class) {
      return (short) 0;
    } else if (raw == byte.class || raw == Byte.class) {
      return (byte) 0;
    } else if (raw == char.class || raw == Character.class) {
      return '\0';
    }
    return null;
  }

  /** Makes a decoded collection unmodifiable so records never expose mutable state. */
  static Object freeze(Object value) {
    if (value instanceof SortedSet<?> set) {
      return Collections.unmodifiableSortedSet(set);
    } else if (value instanceof Set<?> set) {
      return Collections.unmodifiableSet(set);
    } else if (value instanceof List<?> list) {
      return Collections.unmodifiableList(list);
    } else if (value instanceof SortedMap<?, ?> map) {
      return Collections.unmodifiableSortedMap(map);
    } else if (value instanceof Map<?, ?> map) {
      return Collections.unmodifiableMap(map);
    } else if (value instanceof Collection<?> collection) {
      return Collections.unmodifiableCollection(collection);
    }
    return value;
  }
}
