package dev.seawall.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSupportTest {
  private final Moshi moshi = JsonSupport.moshi();

  enum Size {
    @Json(name = "s-1vcpu-1gb")
    SMALL,
    @Json(name = "s-2vcpu-4gb")
    LARGE,
    UNKNOWN
  }

  enum Strict {
    A
  }

  record Nested(@Json(name = "slug") String slug) {}

  record Everything(
      @Json(name = "id") long id,
      @Json(name = "name") String name,
      @Json(name = "enabled") boolean enabled,
      @Json(name = "ratio") double ratio,
      @Json(name = "count") Integer count,
      @Json(name = "tags") List<String> tags,
      @Json(name = "ports") Set<Integer> ports,
      @Json(name = "labels") Map<String, String> labels,
      @Json(name = "vpc_uuid") Optional<String> vpcUuid,
      @Json(name = "created_at") Optional<Instant> createdAt,
      @Json(name = "size") Size size,
      @Json(name = "region") Optional<Nested> region) {}

  record Required(@Json(name = "created_at") Instant createdAt) {}

  record Box<T>(@Json(name = "value") T value, @Json(name = "values") List<T> values) {}

  private Everything everything(String json) throws IOException {
    return moshi.adapter(Everything.class).fromJson(json);
  }

  @Test
  void record_whenFieldsAbsent_getsDefaults() throws IOException {
    Everything value = everything("{}");

    assertThat(value)
        .isEqualTo(
            new Everything(
                0,
                "",
                false,
                0.0,
                0,
                List.of(),
                Set.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Size.UNKNOWN,
                Optional.empty()));
  }

  @Test
  void record_whenFieldsNull_getsDefaults() throws IOException {
    Everything value =
        everything(
            "{\"id\":null,\"name\":null,\"enabled\":null,\"ratio\":null,\"count\":null,\"tags\":null,"
                + "\"ports\":null,\"labels\":null,\"vpc_uuid\":null,\"created_at\":null,\"size\":null,"
                + "\"region\":null}");

    assertThat(value).isEqualTo(everything("{}"));
  }

  @Test
  void record_readsSnakeCaseNamesAndSkipsUnknownFields() throws IOException {
    Everything value =
        everything(
            "{\"id\":12345678901,\"name\":\"web\",\"enabled\":true,\"ratio\":0.5,\"count\":3,"
                + "\"tags\":[\"a\",\"b\"],\"ports\":[22,443],\"labels\":{\"k\":\"v\"},"
                + "\"vpc_uuid\":\"vpc-1\",\"created_at\":\"2024-05-01T12:00:00Z\","
                + "\"size\":\"s-2vcpu-4gb\",\"region\":{\"slug\":\"nyc3\",\"x\":1},\"new_field\":{\"a\":[1]}}");

    assertThat(value.id()).isEqualTo(12345678901L);
    assertThat(value.tags()).containsExactly("a", "b");
    assertThat(value.ports()).containsExactlyInAnyOrder(22, 443);
    assertThat(value.labels()).containsEntry("k", "v");
    assertThat(value.vpcUuid()).contains("vpc-1");
    assertThat(value.createdAt()).contains(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(value.size()).isEqualTo(Size.LARGE);
    assertThat(value.region()).contains(new Nested("nyc3"));
  }

  @Test
  void record_decodedCollectionsAreUnmodifiable() throws IOException {
    Everything value = everything("{\"tags\":[\"a\"]}");

    assertThatThrownBy(() -> value.tags().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void record_whenRequiredFieldWithoutDefaultIsMissing_failsNamingTheField() {
    assertThatThrownBy(() -> moshi.adapter(Required.class).fromJson("{}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'created_at'")
        .hasMessageContaining("Required");
  }

  @Test
  void record_writesSnakeCaseAndOmitsEmptyOptionals() {
    Everything value =
        new Everything(
            1,
            "web",
            true,
            0.0,
            2,
            List.of("x"),
            Set.of(),
            Map.of(),
            Optional.empty(),
            Optional.of(Instant.parse("2024-05-01T12:00:00Z")),
            Size.SMALL,
            Optional.empty());

    String json = moshi.adapter(Everything.class).toJson(value);

    assertThat(json)
        .isEqualTo(
            "{\"id\":1,\"name\":\"web\",\"enabled\":true,\"ratio\":0.0,\"count\":2,\"tags\":[\"x\"],"
                + "\"ports\":[],\"labels\":{},\"created_at\":\"2024-05-01T12:00:00Z\",\"size\":\"s-1vcpu-1gb\"}");
  }

  @Test
  void enum_unknownValueReadsAsUnknown() throws IOException {
    assertThat(moshi.adapter(Size.class).fromJson("\"gpu-h100x8\"")).isEqualTo(Size.UNKNOWN);
  }

  @Test
  void enum_writingUnknownIsRefused() {
    assertThatThrownBy(() -> moshi.adapter(Size.class).toJson(Size.UNKNOWN))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("UNKNOWN");
  }

  @Test
  void enum_withoutUnknownConstantStaysStrict() {
    assertThatThrownBy(() -> moshi.adapter(Strict.class).fromJson("\"B\""))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void instant_acceptsOffsetsAndWritesUtc() throws IOException {
    JsonAdapter<Instant> adapter = moshi.adapter(Instant.class);

    assertThat(adapter.fromJson("\"2024-05-01T14:00:00+02:00\""))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(adapter.fromJson("\"2024-05-01T12:00:00\""))
        .isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(adapter.toJson(Instant.parse("2024-05-01T12:00:00Z")))
        .isEqualTo("\"2024-05-01T12:00:00Z\"");
    assertThatThrownBy(() -> adapter.fromJson("\"yesterday\""))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void genericRecord_resolvesTypeArguments() throws IOException {
    JsonAdapter<Box<Nested>> adapter =
        moshi.adapter(
            Types.newParameterizedTypeWithOwner(JsonSupportTest.class, Box.class, Nested.class));

    Box<Nested> box =
        adapter.fromJson("{\"value\":{\"slug\":\"a\"},\"values\":[{\"slug\":\"b\"}]}");

    assertThat(box.value()).isEqualTo(new Nested("a"));
    assertThat(box.values()).containsExactly(new Nested("b"));
  }

  @Test
  void mapBody_omitsNulls() {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("a", 1);
    body.put("b", null);
    body.put("c", Optional.empty());

    assertThat(moshi.adapter(Object.class).toJson(body)).isEqualTo("{\"a\":1}");
  }
}
