package dev.seawall.core.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Enums that declare an {@code UNKNOWN} constant: each other constant is written and read by its
 * {@code @Json(name = ...)} (or its Java name), and any value the enum does not know reads as
 * {@code UNKNOWN}, so a new API value never breaks parsing. {@code UNKNOWN} itself cannot be
 * written: it is never a valid request value. Enums without {@code UNKNOWN} keep Moshi's strict
 * adapter.
 */
final class UnknownEnumAdapterFactory implements JsonAdapter.Factory {
  static final String UNKNOWN = "UNKNOWN";

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    Object unknown = raw.isEnum() ? unknownConstant(raw) : null;
    if (unknown == null) {
      return null;
    }
    return adapterFor(raw, unknown).nullSafe();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonAdapter<?> adapterFor(Class<?> raw, Object unknown) {
    return adapter((Class) raw, unknown);
  }

  /** The {@code UNKNOWN} constant of an enum, or {@code null} if it has none. */
  static @Nullable Object unknownConstant(Class<?> enumType) {
    for (Object constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(UNKNOWN)) {
        return constant;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> JsonAdapter<E> adapter(Class<E> type, Object unknown) {
    Map<String, E> byName = new LinkedHashMap<>();
    Map<E, String> names = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      if (constant == unknown) {
        continue;
      }
      String name = jsonName(type, constant);
      byName.put(name, constant);
      names.put(constant, name);
    }
    return new EnumAdapter<>(type, type.cast(unknown), byName, names);
  }

  private static <E extends Enum<E>> String jsonName(Class<E> type, E constant) {
    try {
      Json json = type.getField(constant.name()).getAnnotation(Json.class);
      return json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : constant.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without a field: " + constant, e);
    }
  }

  private static final class EnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Class<E> type;
    private final E unknown;
    private final Map<String, E> byName;
    private final Map<E, String> names;

    EnumAdapter(Class<E> type, E unknown, Map<String, E> byName, Map<E, String> names) {
      this.type = type;
      this.unknown = unknown;
      this.byName = Map.copyOf(byName);
      this.names = names;
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.STRING) {
        reader.skipValue();
        return unknown;
      }
      return byName.getOrDefault(reader.nextString(), unknown);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable E value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      String name = names.get(value);
      if (name == null) {
        throw new JsonDataException(
            "Cannot write "
                + type.getSimpleName()
                + ".UNKNOWN at "
                + writer.getPath()
                + ": choose a concrete value");
      }
      writer.value(name);
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getName() + " with UNKNOWN fallback)";
    }
  }
}
