package dev.seawall.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JSON for fakes: objects are {@code Map<String, Object>} (insertion-ordered), arrays are {@code
 * List}, numbers are {@code Long} when integral and {@code Double} otherwise. Uses Moshi.
 *
 * <p>{@link #write} also accepts {@link Instant}, {@link OffsetDateTime} and {@link ZonedDateTime}
 * (written as ISO-8601 UTC with second precision, like DigitalOcean), {@link Optional} (its value
 * or {@code null}), arrays and any {@link Iterable}. Nulls are written, as DigitalOcean does.
 */
public final class FakeJson {
  private static final JsonAdapter<Object> ADAPTER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private FakeJson() {}

  /**
   * An ordered JSON object from alternating keys and values, e.g. {@code object("id", 1, "name",
   * "web")}. Values may be null.
   *
   * @throws IllegalArgumentException when the number of arguments is odd or a key is not a String
   */
  public static Map<String, @Nullable Object> object(@Nullable Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("object(...) takes key/value pairs");
    }
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String key)) {
        throw new IllegalArgumentException("key at position " + i + " is not a String");
      }
      object.put(key, keysAndValues[i + 1]);
    }
    return object;
  }

  /**
   * An instant the way DigitalOcean writes timestamps: ISO-8601 UTC, whole seconds, e.g. {@code
   * 2026-01-01T00:00:00Z}.
   */
  public static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Serialises maps, lists, strings, numbers, booleans and null (see class comment). */
  public static String write(@Nullable Object value) {
    return ADAPTER.toJson(normalize(value));
  }

  /**
   * Parses JSON text; integral numbers become {@code Long}.
   *
   * @throws IllegalArgumentException when the text is not valid JSON
   */
  public static @Nullable Object parse(String json) {
    try {
      return integral(ADAPTER.fromJson(json));
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  private static @Nullable Object normalize(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), normalize(v)));
      return copy;
    }
    if (value instanceof Iterable<?> iterable) {
      List<@Nullable Object> copy = new ArrayList<>();
      iterable.forEach(v -> copy.add(normalize(v)));
      return copy;
    }
    if (value instanceof Object[] array) {
      return normalize(List.of(array));
    }
    if (value instanceof Optional<?> optional) {
      return normalize(optional.orElse(null));
    }
    if (value instanceof Instant instant) {
      return timestamp(instant);
    }
    if (value instanceof OffsetDateTime time) {
      return normalize(time.toInstant());
    }
    if (value instanceof ZonedDateTime time) {
      return normalize(time.toInstant());
    }
    if (value instanceof Enum<?> constant) {
      return constant.toString();
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return value;
  }

  private static @Nullable Object integral(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), integral(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(integral(v)));
      return copy;
    }
    if (value instanceof Double number
        && number == Math.rint(number)
        && Math.abs(number) < 9.007199254740992E15) {
      return number.longValue();
    }
    return value;
  }
}
