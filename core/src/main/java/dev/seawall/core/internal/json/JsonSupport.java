package dev.seawall.core.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.seawall.core.ApiToken;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Builds the Moshi instance every Seawall client uses. */
public final class JsonSupport {
  private JsonSupport() {}

  /**
   * A Moshi instance that reads and writes records (absent or null fields get defaults: empty
   * {@code Optional}/collections, {@code ""}, zero, {@code false}, an enum's {@code UNKNOWN}),
   * {@code Optional}, enums with an {@code UNKNOWN} fallback and ISO-8601 {@link Instant}s, and
   * refuses to serialise an {@link ApiToken}.
   */
  public static Moshi moshi() {
    return new Moshi.Builder()
        .add(ApiToken.class, new RefuseToken())
        .add(Instant.class, new InstantAdapter().nullSafe())
        .add(new OptionalAdapterFactory())
        .add(new UnknownEnumAdapterFactory())
        .add(new RecordAdapterFactory())
        .build();
  }

  /** Never writes a token: an accidental {@code body(token)} must not leak it. */
  private static final class RefuseToken extends JsonAdapter<ApiToken> {
    @Override
    public ApiToken fromJson(com.squareup.moshi.JsonReader reader) {
      throw new UnsupportedOperationException("API tokens are never read from JSON");
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable ApiToken value) throws IOException {
      throw new IllegalArgumentException("An ApiToken is never serialised to JSON");
    }
  }
}
