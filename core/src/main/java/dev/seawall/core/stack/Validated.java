package dev.seawall.core.stack;

import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A spec as a stack resource holds it: validated once when the resource is built, without throwing,
 * so that {@link Stack#plan()} reports every problem of every resource at once.
 *
 * @param <S> the spec type
 */
public final class Validated<S> {
  private final Optional<S> spec;
  private final List<Violation> violations;

  private Validated(Optional<S> spec, List<Violation> violations) {
    this.spec = spec;
    this.violations = List.copyOf(violations);
  }

  /**
   * Wraps a spec builder's {@code validate()} result.
   *
   * @param result the validation result
   * @param warnings the warnings of a valid spec (e.g. {@code FirewallSpec::warnings})
   */
  public static <S> Validated<S> of(
      Validation<Seq<Violation>, S> result, Function<S, List<Violation>> warnings) {
    if (result.isInvalid()) {
      return new Validated<>(Optional.empty(), result.getError().asJava());
    }
    return new Validated<>(Optional.of(result.get()), warnings.apply(result.get()));
  }

  /** Wraps a spec builder's {@code validate()} result for a kind without warnings. */
  public static <S> Validated<S> of(Validation<Seq<Violation>, S> result) {
    return of(result, spec -> List.of());
  }

  /** Every violation found (errors of an invalid spec, or warnings of a valid one). */
  public List<Violation> violations() {
    return violations;
  }

  /** The valid spec, if it is valid. */
  public Optional<S> spec() {
    return spec;
  }

  /**
   * The valid spec.
   *
   * @throws InvalidSpecException if the spec is invalid
   */
  public S require() {
    return spec.orElseThrow(() -> new InvalidSpecException(violations));
  }
}
