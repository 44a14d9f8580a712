package dev.seawall.core.value;

import dev.seawall.core.policy.Checks;
import java.util.Objects;
import java.util.function.Predicate;

/** A rule for one kind of identifier, with the single message every check of it reports. */
final class TextRule {
  private final String what;
  private final Predicate<String> test;
  private final String allowed;

  /**
   * @param what what the value is, e.g. {@code region slug}
   * @param test whether a value is valid
   * @param allowed what is allowed, e.g. {@code three lower-case letters and a digit}
   */
  TextRule(String what, Predicate<String> test, String allowed) {
    this.what = what;
    this.test = test;
    this.allowed = allowed;
  }

  String allowed() {
    return allowed;
  }

  boolean matches(String value) {
    return test.test(Objects.requireNonNull(value, what));
  }

  /** {@code 'x' is not a valid <what>: <allowed>}. */
  String problem(String value) {
    return "'" + value + "' is not a valid " + what + ": " + allowed;
  }

  boolean check(Checks checks, String field, String value) {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(field, "field");
    if (matches(value)) {
      return true;
    }
    checks.invalid(field, problem(value));
    return false;
  }

  String require(String value) {
    if (!matches(value)) {
      throw new IllegalArgumentException(problem(value));
    }
    return value;
  }
}
