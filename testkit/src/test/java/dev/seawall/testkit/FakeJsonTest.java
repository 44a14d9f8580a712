package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FakeJsonTest {
  @Test
  void write_whenTimestampsOptionalsAndNulls_writesDigitalOceanStyle() {
    Map<String, Object> object =
        FakeJson.object(
            "at", Instant.parse("2026-01-01T10:00:00.123Z"),
            "none", Optional.empty(),
            "n", 3,
            "list", List.of(1, "a"));

    assertThat(FakeJson.write(object))
        .isEqualTo("{\"at\":\"2026-01-01T10:00:00Z\",\"none\":null,\"n\":3,\"list\":[1,\"a\"]}");
  }

  @Test
  void parse_whenIntegralNumbers_returnsLongs() {
    assertThat(FakeJson.parse("{\"a\":1,\"b\":1.5,\"c\":[2]}"))
        .isEqualTo(Map.of("a", 1L, "b", 1.5, "c", List.of(2L)));
  }

  @Test
  void parse_whenNotJson_throwsIllegalArgument() {
    assertThatThrownBy(() -> FakeJson.parse("{nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void object_whenOddArguments_refuses() {
    assertThatThrownBy(() -> FakeJson.object("a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void writeThenParse_whenLongValues_roundTrips(@ForAll long value, @ForAll String text) {
    Map<String, Object> object = FakeJson.object("value", value, "text", text);

    Object parsed = FakeJson.parse(FakeJson.write(object));

    if (value > -9_007_199_254_740_992L && value < 9_007_199_254_740_992L) {
      assertThat(parsed).isEqualTo(object);
    } else {
      assertThat(((Map<?, ?>) parsed).get("text")).isEqualTo(text);
    }
  }
}
