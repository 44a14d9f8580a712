package dev.seawall.apps.app;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a CORS policy matches an origin ({@code apps_string_match}): exactly, by (deprecated) prefix,
 * or by an RE2 regular expression.
 *
 * @param kind {@code exact}, {@code prefix} or {@code regex}
 * @param value the string matched
 */
public record OriginMatch(String kind, String value) {
  private static final String PROBE = "https://seawall-probe.attacker.invalid";

  /** Validates the components. */
  public OriginMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** An exact origin, e.g. {@code https://www.example.com}. */
  public static OriginMatch exact(String origin) {
    return new OriginMatch("exact", origin);
  }

  /** Origins matching an RE2 regular expression, e.g. {@code ^https://[a-z]+\.example\.com$}. */
  public static OriginMatch regex(String regex) {
    return new OriginMatch("regex", regex);
  }

  /**
   * Whether this admits any origin (SW-APP-004): {@code *}, an empty or scheme-only prefix, or a
   * regular expression that matches an origin of an unrelated site.
   */
  public boolean matchesAnyOrigin() {
    return switch (kind) {
      case "exact" -> value.equals("*");
      case "prefix" -> PROBE.startsWith(value);
      case "regex" -> {
        try {
          yield value.equals("*") || Pattern.compile(value).matcher(PROBE).find();
        } catch (PatternSyntaxException e) {
          yield false; // the API refuses it; not a wildcard
        }
      }
      default -> false;
    };
  }

  @Override
  public String toString() {
    return kind + " " + value;
  }
}
