package dev.seawall.core.value;

import dev.seawall.core.policy.Checks;
import java.util.regex.Pattern;

/**
 * A DigitalOcean region slug such as {@code nyc1}, {@code nyc3}, {@code ams3}, {@code sfo3}, {@code
 * sgp1}, {@code lon1}, {@code fra1}, {@code tor1}, {@code blr1}, {@code syd1} or {@code atl1}:
 * three lower-case letters and a digit. VPCs, load balancers, volumes, database clusters and Spaces
 * buckets use these slugs (a droplet's {@code region} may also be a slug prefix such as {@code
 * nyc}, any New York datacenter, which is not a region slug). Whether a region offers a product is
 * for the API to say; this type only checks the form, without any lookup.
 *
 * <p>A malformed slug is reported as {@code 'x' is not a valid region slug: three lower-case
 * letters and a digit, such as nyc3, fra1 or sgp1}, by {@link #of} and {@link #check} alike.
 *
 * @param value the slug, e.g. {@code fra1}
 */
public record RegionSlug(String value) {
  private static final TextRule RULE =
      new TextRule(
          "region slug",
          Pattern.compile("[a-z]{3}[0-9]").asMatchPredicate(),
          "three lower-case letters and a digit, such as nyc3, fra1 or sgp1");

  /**
   * Checks the slug.
   *
   * @throws IllegalArgumentException if {@code value} is not a region slug
   */
  public RegionSlug {
    RULE.require(value);
  }

  /**
   * The region slug {@code text}.
   *
   * @param text e.g. {@code nyc3}; not trimmed or lower-cased
   * @return the slug
   * @throws IllegalArgumentException if the text is not a region slug; the message says what is
   *     allowed
   */
  public static RegionSlug of(String text) {
    return new RegionSlug(text);
  }

  /** Whether {@code text} is a region slug. */
  public static boolean isValid(String text) {
    return RULE.matches(text);
  }

  /**
   * Records a malformed slug as an SW-INPUT-001 violation on {@code <resource>.<field>}.
   *
   * @param checks the accumulator of the spec being validated
   * @param field the field holding the slug, e.g. {@code region}
   * @param text the value to check
   * @return whether the value is a region slug (nothing was recorded)
   */
  public static boolean check(Checks checks, String field, String text) {
    return RULE.check(checks, field, text);
  }

  /** The slug itself, e.g. {@code fra1}. */
  @Override
  public String toString() {
    return value;
  }
}
