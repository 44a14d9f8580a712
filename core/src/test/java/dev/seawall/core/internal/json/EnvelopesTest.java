package dev.seawall.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.seawall.core.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvelopesTest {
  private final Moshi moshi = JsonSupport.moshi();

  record Item(@Json(name = "id") int id) {}

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_findsTheEnvelopeAnywhereInTheObject() throws IOException {
    Item item =
        Envelopes.read(
            moshi, bytes("{\"links\":{},\"item\":{\"id\":3},\"meta\":{}}"), "item", Item.class);

    assertThat(item).isEqualTo(new Item(3));
  }

  @Test
  void read_whenTrailingGarbage_fails() {
    assertThatThrownBy(
            () -> Envelopes.read(moshi, bytes("{\"item\":{\"id\":3}} x"), "item", Item.class))
        .isInstanceOf(IOException.class);
  }

  @Test
  void readPage_whenLinksEmpty_hasNoNext() throws IOException {
    Page<Item> page =
        Envelopes.readPage(
            moshi,
            bytes("{\"items\":[{\"id\":1}],\"links\":{},\"meta\":{\"total\":1}}"),
            "items",
            Item.class);

    assertThat(page.items()).containsExactly(new Item(1));
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void readPage_whenMetaAbsent_totalIsUnknown() throws IOException {
    Page<Item> page = Envelopes.readPage(moshi, bytes("{\"items\":[]}"), "items", Item.class);

    assertThat(page.total()).isEqualTo(-1);
  }

  @Test
  void read_whenListUnderKeyIsNull_isEmptyList() throws IOException {
    List<Item> rules =
        Envelopes.read(
            moshi,
            bytes("{\"rules\":null}"),
            "rules",
            Types.newParameterizedType(List.class, Item.class));

    assertThat(rules).isEmpty();
  }

  @Test
  void read_whenSetOrMapUnderKeyIsNull_isEmpty() throws IOException {
    Set<String> tags =
        Envelopes.read(
            moshi,
            bytes("{\"tags\":null}"),
            "tags",
            Types.newParameterizedType(Set.class, String.class));
    Map<String, String> labels =
        Envelopes.read(
            moshi,
            bytes("{\"labels\":null}"),
            "labels",
            Types.newParameterizedType(Map.class, String.class, String.class));

    assertThat(tags).isEmpty();
    assertThat(labels).isEmpty();
  }

  @Test
  void read_whenObjectUnderKeyIsNull_fails() {
    assertThatThrownBy(() -> Envelopes.read(moshi, bytes("{\"item\":null}"), "item", Item.class))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("'item'");
  }

  @Test
  void read_whenListKeyAbsent_stillFails() {
    assertThatThrownBy(
            () ->
                Envelopes.read(
                    moshi,
                    bytes("{\"users\":[]}"),
                    "rules",
                    Types.newParameterizedType(List.class, Item.class)))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void readPage_whenItemsNull_isEmptyPage() throws IOException {
    Page<Item> page =
        Envelopes.readPage(
            moshi,
            bytes("{\"databases\":null,\"links\":{},\"meta\":{\"total\":0}}"),
            "databases",
            Item.class);

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void readPage_whenItemsAbsent_fails() {
    assertThatThrownBy(
            () -> Envelopes.readPage(moshi, bytes("{\"links\":{}}"), "items", Item.class))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void readError_readsDigitalOceanErrorAndIgnoresOtherBodies() {
    assertThat(
            Envelopes.readError(
                moshi, bytes("{\"id\":\"not_found\",\"message\":\"gone\",\"request_id\":\"r1\"}")))
        .contains(new Envelopes.ErrorBody("not_found", "gone", "r1"));
    assertThat(Envelopes.readError(moshi, bytes("<html>"))).isEmpty();
    assertThat(Envelopes.readError(moshi, bytes("{\"id\":\"x\""))).isEmpty();
    assertThat(Envelopes.readError(moshi, bytes("{}"))).isEmpty();
    assertThat(Envelopes.readError(moshi, new byte[0])).isEmpty();
  }
}
