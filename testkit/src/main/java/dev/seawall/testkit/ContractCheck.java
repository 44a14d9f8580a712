package dev.seawall.testkit;

import java.util.List;

/**
 * The outcome of checking one request against the official DigitalOcean OpenAPI specification.
 *
 * @param violations what the specification does not allow and DigitalOcean refuses (or Seawall's
 *     own checks refuse, see {@link #refusedByDigitalOcean()}); a test that sends one fails
 * @param notes what the specification does not allow but DigitalOcean accepts, e.g. a query
 *     parameter the operation does not define ({@code per_page} on a single GET): recorded for
 *     information, never a failure (see the testkit README, "Where DigitalOcean is lenient")
 */
public record ContractCheck(List<ContractViolation> violations, List<ContractViolation> notes) {
  /** Copies both lists. */
  public ContractCheck {
    violations = List.copyOf(violations);
    notes = List.copyOf(notes);
  }

  /** Whether the request has no violations (notes do not count). */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * The violations DigitalOcean itself would refuse: {@link #violations()} without Seawall's own
   * stricter checks (unknown JSON properties, which DigitalOcean silently ignores).
   */
  public List<ContractViolation> refusedByDigitalOcean() {
    return violations.stream().filter(ContractViolation::refusedByDigitalOcean).toList();
  }
}
