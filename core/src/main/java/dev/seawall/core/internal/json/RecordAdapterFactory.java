package dev.seawall.core.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Java records by their components, named by {@code @Json(name = ...)} when
 * present. Unknown JSON fields are skipped. A component whose field is absent or {@code null} gets
 * its {@link Defaults default}; a component without a default (an {@code Instant}, a nested
 * record...) must be present, or decoding fails with a message naming the field and JSON path.
 * Decoded collections are unmodifiable. Writing omits {@code null} and empty {@code Optional}
 * values.
 */
final class RecordAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord()) {
      return null;
    }
    RecordComponent[] components = raw.getRecordComponents();
    List<Binding> bindings = new ArrayList<>(components.length);
    Class<?>[] parameterTypes = new Class<?>[components.length];
    Set<String> names = new HashSet<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      parameterTypes[i] = component.getType();
      Type resolved = TypeResolution.resolve(type, raw, component.getGenericType());
      String name = jsonName(component);
      if (!names.add(name)) {
        throw new IllegalArgumentException(
            "Record "
                + raw.getName()
                + " maps more than one component to JSON name '"
                + name
                + "'");
      }
      Set<? extends Annotation> qualifiers = qualifiers(raw, component);
      bindings.add(
          new Binding(
              name,
              component.getName(),
              accessible(component.getAccessor()),
              moshi.adapter(resolved, qualifiers),
              Defaults.of(resolved)));
    }
    return new RecordAdapter<>(raw.getSimpleName(), constructor(raw, parameterTypes), bindings)
        .nullSafe();
  }

  /** {@code @JsonQualifier} annotations on the component or on its private field. */
  private static Set<Annotation> qualifiers(Class<?> raw, RecordComponent component) {
    Set<Annotation> qualifiers = new LinkedHashSet<>();
    List<Annotation> candidates = new ArrayList<>(List.of(component.getAnnotations()));
    try {
      candidates.addAll(List.of(raw.getDeclaredField(component.getName()).getAnnotations()));
    } catch (NoSuchFieldException e) {
      // every record component has a field; nothing to add otherwise
    }
    for (Annotation annotation : candidates) {
      if (annotation.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        qualifiers.add(annotation);
      }
    }
    return qualifiers;
  }

  private static String jsonName(RecordComponent component) {
    Json json = component.getAnnotation(Json.class);
    return json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : component.getName();
  }

  /**
   * The accessor, made callable from here: request bodies are often package-private records (wire
   * DTOs in a module's {@code internal} package), whose public accessors reflection may not call.
   */
  private static Method accessible(Method accessor) {
    try {
      accessor.setAccessible(true);
    } catch (RuntimeException e) {
      // A named module that does not open the package: the read fails with a clear message.
    }
    return accessor;
  }

  private static Constructor<?> constructor(Class<?> raw, Class<?>[] parameterTypes) {
    try {
      Constructor<?> constructor = raw.getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException | RuntimeException e) {
      throw new IllegalArgumentException(
          "Cannot use the canonical constructor of record " + raw.getName(), e);
    }
  }

  private record Binding(
      String jsonName,
      String componentName,
      Method accessor,
      JsonAdapter<?> adapter,
      @Nullable Object defaultValue) {}

  private static final class RecordAdapter<T> extends JsonAdapter<T> {
    private final String recordName;
    private final Constructor<?> constructor;
    private final List<Binding> bindings;
    private final JsonReader.Options options;

    RecordAdapter(String recordName, Constructor<?> constructor, List<Binding> bindings) {
      this.recordName = recordName;
      this.constructor = constructor;
      this.bindings = bindings;
      this.options =
          JsonReader.Options.of(bindings.stream().map(Binding::jsonName).toArray(String[]::new));
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      Object[] values = new Object[bindings.size()];
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(options);
        if (index == -1) {
          reader.skipName();
          reader.skipValue();
        } else if (reader.peek() == JsonReader.Token.NULL) {
          reader.nextNull();
          values[index] = null;
        } else {
          Object value = bindings.get(index).adapter().fromJson(reader);
          values[index] = value == null ? null : Defaults.freeze(value);
        }
      }
      reader.endObject();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          Binding binding = bindings.get(i);
          if (binding.defaultValue() == null) {
            throw new JsonDataException(
                "Required field '"
                    + binding.jsonName()
                    + "' of "
                    + recordName
                    + " is missing or null at "
                    + reader.getPath());
          }
          values[i] = binding.defaultValue();
        }
      }
      return instantiate(values);
    }

    @SuppressWarnings("unchecked")
    private T instantiate(Object[] values) {
      try {
        return (T) constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new JsonDataException("Cannot create " + recordName, cause);
      } catch (ReflectiveOperationException e) {
        throw new JsonDataException("Cannot create " + recordName, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      writer.beginObject();
      for (Binding binding : bindings) {
        writer.name(binding.jsonName());
        write(writer, binding, read(binding, value));
      }
      writer.endObject();
    }

    private @Nullable Object read(Binding binding, @Nullable T value) {
      try {
        return binding.accessor().invoke(value);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(
            "Cannot read " + recordName + "." + binding.componentName(), cause);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(
            "Cannot read " + recordName + "." + binding.componentName(), e);
      }
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonWriter writer, Binding binding, @Nullable Object value)
        throws IOException {
      ((JsonAdapter<Object>) binding.adapter()).toJson(writer, value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(record " + recordName + ")";
    }
  }
}
