package dev.seawall.core.policy;

import dev.seawall.core.SeawallException;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec was refused locally; nothing was sent to the API. Lists every violation at once, each with
 * its rule id and the opt-out that would allow it (if any).
 */
public class InvalidSpecException extends SeawallException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** Creates the exception from the violations (at least one). */
  public InvalidSpecException(Iterable<Violation> violations) {
    this(toList(violations));
  }

  private InvalidSpecException(List<Violation> violations) {
    super(message(violations));
    this.violations = violations;
  }

  /** Creates the exception from a vavr sequence of violations. */
  public static InvalidSpecException of(Seq<Violation> violations) {
    return new InvalidSpecException(violations.asJava());
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  private static List<Violation> toList(Iterable<Violation> violations) {
    List<Violation> list = new java.util.ArrayList<>();
    violations.forEach(list::add);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("InvalidSpecException needs at least one violation");
    }
    return List.copyOf(list);
  }

  private static String message(List<Violation> violations) {
    return violations.size()
        + (violations.size() == 1 ? " policy violation" : " policy violations")
        + ", nothing was sent:\n"
        + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
  }
}
