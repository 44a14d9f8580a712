package dev.seawall.spaces.object;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeysTest {
  @Provide
  Arbitrary<String> segments() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u024f')
        .withCharRange('\u3040', '\u30ff')
        .excludeChars('/')
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> !s.equals(".") && !s.equals(".."));
  }

  @Property
  void isValid_forPrintableSegmentsJoinedBySlashes_holds(
      @ForAll("segments") String a, @ForAll("segments") String b) {
    assertThat(ObjectKeys.problems(a + "/" + b)).isEmpty();
  }

  @Property
  void isValid_whenControlCharacterInserted_fails(
      @ForAll("segments") String a, @ForAll("controls") char control) {
    assertThat(ObjectKeys.isValid(a + control)).isFalse();
  }

  @Provide
  Arbitrary<Character> controls() {
    return Arbitraries.chars().range('\u0000', '\u001f').with('\u007f');
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/leading", "a//b", "a/./b", "../up", "a/..", "\ud800broken"})
  void problems_forKeysThatDoNotRoundTrip_areReported(String key) {
    assertThat(ObjectKeys.problems(key)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "ü/日本", "c++", "100%", "a/b/c", "dir/", "...", ".hidden"})
  void problems_forUnusualButSafeKeys_areEmpty(String key) {
    assertThat(ObjectKeys.problems(key)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1025, 2000})
  void problems_whenLongerThan1024Bytes_reportsLength(int length) {
    assertThat(ObjectKeys.problems("k".repeat(length)))
        .singleElement()
        .asString()
        .contains("1024 bytes");
    assertThat(ObjectKeys.problems("ü".repeat(513))).isNotEmpty();
    assertThat(ObjectKeys.problems("ü".repeat(512))).isEmpty();
  }
}
