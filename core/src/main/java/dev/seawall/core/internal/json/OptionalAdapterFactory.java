package dev.seawall.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code Optional<T>}: JSON {@code null} or an absent field reads as {@link Optional#empty()}; an
 * empty optional writes {@code null}, which the writer omits (nulls are not serialised).
 */
final class OptionalAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (Types.getRawType(type) != Optional.class) {
      return null;
    }
    Type element =
        type instanceof ParameterizedType parameterized
            ? parameterized.getActualTypeArguments()[0]
            : Object.class;
    return new OptionalAdapter<>(moshi.adapter(element, annotations));
  }

  private static final class OptionalAdapter<T> extends JsonAdapter<Optional<T>> {
    private final JsonAdapter<T> delegate;

    OptionalAdapter(JsonAdapter<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<T> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        return Optional.empty();
      }
      return Optional.ofNullable(delegate.fromJson(reader));
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Optional<T> value) throws IOException {
      if (value == null || value.isEmpty()) {
        writer.nullValue();
      } else {
        delegate.toJson(writer, value.get());
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(Optional of " + delegate + ")";
    }
  }
}
