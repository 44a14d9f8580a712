package dev.seawall.networking.internal;

import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.ResourceKey;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Helpers for the networking stack resources: stand-in ids for references that are resolved only
 * when a stack is applied, and validation results as lists.
 */
public final class StackSupport {
  private StackSupport() {}

  /**
   * A stand-in UUID for the id of a referenced resource, used to validate a spec at plan time (a
   * reference satisfies rules such as "inside an explicit VPC"). Deterministic per key; never sent.
   */
  public static String placeholderUuid(ResourceKey reference) {
    return UUID.nameUUIDFromBytes(
            ("seawall-stack-reference:" + reference).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * The outcome of validating a spec at plan time.
   *
   * @param <T> the spec type
   */
  public static final class Validated<T> {
    private final Optional<T> spec;
    private final List<Violation> violations;

    private Validated(Optional<T> spec, List<Violation> violations) {
      this.spec = spec;
      this.violations = List.copyOf(violations);
    }

    /**
     * Wraps a validation result.
     *
     * @param result the builder's {@code validate()} result
     * @param warnings the warnings of a valid spec (e.g. {@code FirewallSpec::warnings})
     */
    public static <T> Validated<T> of(
        Validation<Seq<Violation>, T> result, Function<T, List<Violation>> warnings) {
      if (result.isInvalid()) {
        return new Validated<>(Optional.empty(), result.getError().asJava());
      }
      return new Validated<>(Optional.of(result.get()), warnings.apply(result.get()));
    }

    /** Every violation found (errors of an invalid spec, or warnings of a valid one). */
    public List<Violation> violations() {
      return violations;
    }

    /** The valid spec, if it is valid. */
    public Optional<T> spec() {
      return spec;
    }

    /**
     * The valid spec.
     *
     * @throws InvalidSpecException if the spec is invalid
     */
    public T require() {
      return spec.orElseThrow(() -> new InvalidSpecException(violations));
    }
  }
}
