package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNamesTest {
  @Provide
  Arbitrary<String> validNames() {
    Arbitrary<Character> edge = Arbitraries.chars().range('a', 'z').range('0', '9');
    Arbitrary<String> middle =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .withChars('-')
            .ofMinLength(1)
            .ofMaxLength(61);
    return Combinators.combine(edge, middle, edge)
        .as((a, m, b) -> a + m + b)
        .filter(n -> !n.startsWith("xn--"));
  }

  @Property
  void isValid_forDnsStyleNames_holds(@ForAll("validNames") String name) {
    assertThat(BucketNames.problems(name)).isEmpty();
  }

  @Property
  void isValid_whenAnyForbiddenCharacterIsInserted_fails(
      @ForAll("validNames") String name,
      @ForAll("forbidden") char forbidden,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 62) int at) {
    int position = Math.min(at, name.length());
    String broken = name.substring(0, position) + forbidden + name.substring(position);

    assertThat(BucketNames.isValid(broken)).isFalse();
  }

  @Provide
  Arbitrary<Character> forbidden() {
    return Arbitraries.of('.', '_', 'A', 'Z', ' ', '/', 'ä', '*', '+');
  }

  @Property
  void isValid_whenLongerThan63_fails(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 64, max = 300) int length) {
    String name = "a".repeat(length);
    assertThat(BucketNames.problems(name)).singleElement().asString().contains("3 to 63");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ab", "-acme", "acme-", "xn--acme", "my.bucket", "My-Bucket", "", "acme_invoices"})
  void problems_forInvalidNames_areReported(String name) {
    assertThat(BucketNames.problems(name)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "acme-invoices",
        "0-backup-9",
        "a23456789012345678901234567890123456789012345678901234567890123"
      })
  void problems_forValidNames_areEmpty(String name) {
    assertThat(BucketNames.problems(name)).isEmpty();
  }
}
