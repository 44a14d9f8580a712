package dev.seawall.core.policy;

import java.util.List;

/**
 * The rules that belong to core rather than to a resource module: {@link #SW_INPUT_001}, under
 * which spec builders report malformed input (a blank name, a CIDR that does not parse, a port out
 * of range) so that such errors are reported together with the policy violations, all at once; and
 * {@link #SW_TOK_001} about the token a plan runs with. Each module declares its own rules ({@code
 * NetworkingRules}, {@code ComputeRules}, ...); {@link Catalog#installed()} assembles them all.
 */
public final class CoreRules {
  private CoreRules() {}

  /** SW-TOK-001: Token broader than the minimal scopes. */
  public static final Rule SW_TOK_001 =
      new Rule(
          "SW-TOK-001",
          "TokenBroaderThanNeeded",
          Severity.NOTE,
          "Token broader than the minimal scopes",
          "A full-access token turns a leak into account takeover; the API cannot introspect tokens, so Seawall prints the minimal set.",
          "Create a custom-scoped token with exactly the scopes the plan lists.",
          List.of());

  /**
   * SW-INPUT-001: Invalid input. Not a security policy: a value that is malformed or out of range
   * (blank name, unparsable CIDR, port outside 1..65535). Spec builders report it through {@link
   * Checks#invalid(String, String)} so that every problem of a spec is listed at once. There is no
   * opt-out.
   */
  public static final Rule SW_INPUT_001 =
      new Rule(
          "SW-INPUT-001",
          "InvalidInput",
          Severity.ERROR,
          "Invalid input",
          "A malformed or out-of-range value cannot be provisioned; the API would reject it or, worse, interpret it differently than intended.",
          "Correct the value named in the message.",
          List.of());
}
