package dev.seawall.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * {@link Instant} as an ISO-8601 string: {@code 2024-05-01T12:00:00Z}; offsets such as {@code
 * +02:00} are accepted on read, and a timestamp without offset is read as UTC. Written in UTC with
 * a {@code Z}. Use {@code nullSafe()}.
 */
final class InstantAdapter extends JsonAdapter<Instant> {

  /** Parses an ISO-8601 timestamp. */
  static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException withoutOffset) {
        throw new JsonDataException("Not an ISO-8601 timestamp: '" + text + "'", withOffset);
      }
    }
  }

  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    String path = reader.getPath();
    try {
      return parse(reader.nextString());
    } catch (JsonDataException e) {
      throw new JsonDataException(e.getMessage() + " at " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.toString());
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(Instant ISO-8601)";
  }
}
