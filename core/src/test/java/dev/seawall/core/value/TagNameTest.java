package dev.seawall.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TagNameTest {
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-_";

  @Example
  void of_whenDigitalOceanTagNames_acceptsAndKeepsTheCapitalization() {
    assertThat(TagName.of("web").value()).isEqualTo("web");
    assertThat(TagName.of("env:prod")).hasToString("env:prod");
    assertThat(TagName.of("PROD_db-1").value()).isEqualTo("PROD_db-1");
    assertThat(TagName.of("x".repeat(255)).value()).hasSize(255);
  }

  @Example
  void of_whenNotATagName_throwsWithTheOneMessage() {
    assertThatThrownBy(() -> TagName.of("has space"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'has space' is not a valid tag name: 1 to 255 letters, digits, ':', '-' or '_'");
    assertThatThrownBy(() -> TagName.of("")).hasMessageStartingWith("'' is not a valid tag name");
    assertThatThrownBy(() -> TagName.of("x".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void check_whenNotATagName_recordsInvalidInputOnTheField() {
    Checks checks = Checks.on("droplet/web-1");

    TagName.check(checks, "tags[1]", "10.0.0.0/8");

    assertThat(checks.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-INPUT-001");
              assertThat(v.resource()).isEqualTo("droplet/web-1.tags[1]");
              assertThat(v.message()).startsWith("'10.0.0.0/8' is not a valid tag name: ");
            });
  }

  @Property
  void isValid_whenOnlyAllowedCharactersUpTo255_isTrue(@ForAll("names") String name) {
    assertThat(TagName.isValid(name)).isTrue();
    assertThat(TagName.of(name).value()).isEqualTo(name);
  }

  @Property
  void isValid_agreesWithCheckAndOf(@ForAll("candidates") String text) {
    Checks checks = Checks.on("x");
    boolean valid = TagName.isValid(text);

    assertThat(TagName.check(checks, "tag", text)).isEqualTo(valid);
    assertThat(checks.violations()).extracting(Violation::ruleId).hasSize(valid ? 0 : 1);
    if (!valid) {
      assertThatThrownBy(() -> TagName.of(text))
          .hasMessage(
              "'" + text + "' is not a valid tag name: 1 to 255 letters, digits, ':', '-' or '_'");
    }
    boolean expected =
        !text.isEmpty()
            && text.length() <= 255
            && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    assertThat(valid).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(255);
  }

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.oneOf(
        names(),
        Arbitraries.strings().withChars(ALPHABET).ofLength(256),
        names().map(n -> n + " "),
        Arbitraries.strings().withChars(ALPHABET + "./ é\t").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(12));
  }

  @Property(tries = 2000)
  void isValid_agreesWithTheDocumentedPattern(@ForAll("nearTagNames") String text) {
    assertThat(TagName.isValid(text))
        .as("'%s'", text)
        .isEqualTo(java.util.regex.Pattern.matches("[A-Za-z0-9:_-]{1,255}", text));
  }

  @Provide
  Arbitrary<String> nearTagNames() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(ALPHABET + " /.é\u0660").ofMaxLength(12),
        Arbitraries.strings().withChars(ALPHABET).ofMinLength(250).ofMaxLength(260));
  }
}
