package dev.seawall.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.CoreRules;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RegionSlugTest {

  @Example
  void of_whenDigitalOceanRegions_accepts() {
    for (String slug :
        List.of("nyc1", "nyc3", "ams3", "sfo3", "sgp1", "lon1", "fra1", "tor1", "blr1", "syd1")) {
      assertThat(RegionSlug.of(slug).value()).isEqualTo(slug);
    }
    assertThat(RegionSlug.of("atl1")).hasToString("atl1");
  }

  @Example
  void of_whenNotASlug_throwsWithTheOneMessage() {
    assertThatThrownBy(() -> RegionSlug.of("Frankfurt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'Frankfurt' is not a valid region slug: three lower-case letters and a digit, such as"
                + " nyc3, fra1 or sgp1");
  }

  @Example
  void check_whenNotASlug_recordsInvalidInputOnTheField() {
    Checks checks = Checks.on("vpc/prod");

    assertThat(RegionSlug.check(checks, "region", "us-east-1")).isFalse();
    assertThat(RegionSlug.check(checks, "region", "fra1")).isTrue();

    assertThat(checks.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-INPUT-001");
              assertThat(v.resource()).isEqualTo("vpc/prod.region");
              assertThat(v.message()).startsWith("'us-east-1' is not a valid region slug: ");
            });
  }

  @Property
  void of_whenThreeLowerCaseLettersAndADigit_accepts(@ForAll("slugs") String slug) {
    assertThat(RegionSlug.isValid(slug)).isTrue();
    assertThat(RegionSlug.of(slug)).isEqualTo(new RegionSlug(slug));
  }

  @Property
  void isValid_agreesWithCheckAndOf(@ForAll("candidates") String text) {
    Checks checks = Checks.on("x");
    boolean valid = RegionSlug.isValid(text);

    assertThat(RegionSlug.check(checks, "region", text)).isEqualTo(valid);
    assertThat(checks.violations())
        .isEqualTo(
            valid
                ? List.of()
                : List.of(CoreRules.SW_INPUT_001.violation("x.region", message(text))));
    if (valid) {
      assertThat(RegionSlug.of(text).value()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> RegionSlug.of(text)).hasMessage(message(text));
    }
    assertThat(valid).isEqualTo(text.matches("[a-z]{3}[0-9]"));
  }

  private static String message(String text) {
    return "'"
        + text
        + "' is not a valid region slug: three lower-case letters and a digit, such as nyc3, fra1"
        + " or sgp1";
  }

  @Provide
  Arbitrary<String> slugs() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofLength(3)
        .flatMap(letters -> Arbitraries.integers().between(0, 9).map(d -> letters + d));
  }

  /** Slugs, near misses (case, length, separators) and arbitrary text. */
  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.oneOf(
        slugs(),
        slugs().map(s -> s.toUpperCase(java.util.Locale.ROOT)),
        slugs().map(s -> s + "1"),
        slugs().map(s -> s.substring(1)),
        slugs().map(s -> " " + s),
        Arbitraries.strings().withChars("abcfnrsy0139-_ A").ofMaxLength(6),
        Arbitraries.strings().ofMaxLength(10));
  }
}
