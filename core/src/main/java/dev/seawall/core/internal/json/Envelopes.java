package dev.seawall.core.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.seawall.core.Page;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads DigitalOcean response bodies: a single resource under an envelope key ({@code {"firewall":
 * {...}}}), a page ({@code {"firewalls": [...], "links": {"pages": {"next": ...}}, "meta":
 * {"total": n}}}) and error bodies. The whole document is read, so a truncated body always fails.
 *
 * <p>DigitalOcean sometimes answers an empty list as {@code null} ({@code "rules": null}, {@code
 * "users": null}, {@code "databases": null}); a {@code null} under the key decodes as an empty
 * collection (or map) when a collection is asked for, and as an empty page.
 */
public final class Envelopes {
  private Envelopes() {}

  /**
   * Decodes the value under {@code key}, or the whole document when {@code key} is empty (answers
   * without an envelope, such as {@code kubernetes_get_credentials}).
   *
   * @throws IOException if the body is not complete, well-formed JSON (a {@link
   *     JsonEncodingException}, {@link java.io.EOFException}...)
   * @throws JsonDataException if the key is absent, the value does not match {@code type}, or it is
   *     {@code null} and {@code type} is not a collection or map type
   */
  public static <T> T read(Moshi moshi, byte[] body, String key, Type type) throws IOException {
    return read(moshi, new Buffer().write(body), key, type);
  }

  /**
   * {@link #read(Moshi, byte[], String, Type)} from a source, such as a response body read from the
   * connection: read to its end and closed.
   */
  public static <T> T read(Moshi moshi, BufferedSource body, String key, Type type)
      throws IOException {
    JsonAdapter<T> adapter = moshi.adapter(type);
    if (key.isEmpty()) {
      T whole;
      try (JsonReader reader = JsonReader.of(body)) {
        whole = adapter.fromJson(reader);
        end(reader);
      }
      if (whole == null) {
        throw new JsonDataException("the response is null");
      }
      return whole;
    }
    T result = null;
    boolean found = false;
    try (JsonReader reader = JsonReader.of(body)) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(key)) {
          result = adapter.fromJson(reader);
          found = true;
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      end(reader);
    }
    if (found && result == null) {
      result = emptyContainer(type);
    }
    if (!found || result == null) {
      throw new JsonDataException("the response has no '" + key + "' field");
    }
    return result;
  }

  /**
   * Decodes one page: the array under {@code itemsKey}, {@code meta.total} and {@code
   * links.pages.next}.
   *
   * @throws IOException if the body is not complete, well-formed JSON
   * @throws JsonDataException if {@code itemsKey} is absent or an item does not match ({@code null}
   *     under {@code itemsKey} is an empty page)
   */
  public static <T> Page<T> readPage(Moshi moshi, byte[] body, String itemsKey, Type itemType)
      throws IOException {
    return readPage(moshi, new Buffer().write(body), itemsKey, itemType);
  }

  /**
   * {@link #readPage(Moshi, byte[], String, Type)} from a source, such as a response body read from
   * the connection: read to its end and closed. The items are decoded as they arrive, so the page
   * is never held as bytes.
   */
  public static <T> Page<T> readPage(
      Moshi moshi, BufferedSource body, String itemsKey, Type itemType) throws IOException {
    JsonAdapter<List<T>> items = moshi.adapter(Types.newParameterizedType(List.class, itemType));
    JsonAdapter<Links> links = moshi.adapter(Links.class);
    JsonAdapter<Meta> meta = moshi.adapter(Meta.class);
    List<T> list = null;
    Optional<String> next = Optional.empty();
    long total = -1;
    try (JsonReader reader = JsonReader.of(body)) {
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals(itemsKey)) {
          List<T> value = items.fromJson(reader);
          list = value == null ? List.of() : value;
        } else if (name.equals("links")) {
          Links value = links.fromJson(reader);
          next =
              value == null
                  ? Optional.empty()
                  : value.pages().flatMap(Pages::next).filter(s -> !s.isBlank());
        } else if (name.equals("meta")) {
          Meta value = meta.fromJson(reader);
          total = value == null ? -1 : value.total().orElse(-1L);
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      end(reader);
    }
    if (list == null) {
      throw new JsonDataException("the response has no '" + itemsKey + "' array");
    }
    return new Page<>(list, total, next);
  }

  /**
   * Decodes a DigitalOcean error body {@code {"id": ..., "message": ..., "request_id": ...}}, or
   * returns empty if the body is not such a JSON object.
   */
  public static Optional<ErrorBody> readError(Moshi moshi, byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try (JsonReader reader = reader(body)) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return Optional.empty();
      }
      ErrorBody error = moshi.adapter(ErrorBody.class).fromJson(reader);
      end(reader);
      return Optional.ofNullable(error)
          .filter(e -> !e.id().isEmpty() || !e.message().isEmpty() || !e.requestId().isEmpty());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** An empty collection or map for a container {@code type}; {@code null} for other types. */
  @SuppressWarnings("unchecked")
  private static <T> @Nullable T emptyContainer(Type type) {
    Class<?> raw = Types.getRawType(type);
    if (Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return (T) Defaults.of(type);
    }
    return null;
  }

  private static JsonReader reader(byte[] body) {
    return JsonReader.of(new Buffer().write(body));
  }

  private static void end(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonEncodingException("unexpected content after the JSON document");
    }
  }

  /**
   * A DigitalOcean error body.
   *
   * @param id the error id, e.g. {@code not_found}
   * @param message the readable message
   * @param requestId the request id
   */
  public record ErrorBody(
      @Json(name = "id") String id,
      @Json(name = "message") String message,
      @Json(name = "request_id") String requestId) {}

  record Links(@Json(name = "pages") Optional<Pages> pages) {}

  record Pages(@Json(name = "next") Optional<String> next) {}

  record Meta(@Json(name = "total") Optional<Long> total) {}
}
