package dev.seawall.core.policy;

import java.util.List;

/**
 * The rules that belong to core rather than to a resource module: {@link #SW_INPUT_001}, under
 * which spec builders report malformed input (a blank name, a CIDR that does not parse, a port out
 * of range) so that such errors are reported together with the policy violations, all at once; and
 * {@link #SW_TOK_001} about the token a plan runs with; and {@link #SW_DR_003}, which three modules
 * check (compute for droplets, kubernetes for node pools, networking across a stack's firewalls)
 * and none of them may depend on another. Each module declares its own rules ({@code
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

  /**
   * SW-DR-003: Droplet not covered by any firewall. Checked by compute's {@code DropletAuditor}
   * (droplets), kubernetes' {@code KubernetesClusterAuditor} (node pools, whose nodes are droplets)
   * and networking's {@code FirewallCoverageRule} (across a stack, for every resource whose {@link
   * dev.seawall.core.stack.StackResource#dropletsToCover()} says it runs droplets).
   */
  public static final Rule SW_DR_003 =
      new Rule(
              "SW-DR-003",
              "DropletWithoutFirewall",
              Severity.ERROR,
              "Droplet not covered by any firewall",
              "A droplet without a Cloud Firewall accepts traffic on every port it listens on.",
              "Attach a firewall to the droplet or to a tag the droplet carries.",
              List.of())
          .withAuditRemediation(
              "Attach a Cloud Firewall to a tag the droplet carries (or to its id) and converge that firewall with the firewall service's apply(spec); the droplet itself needs no change.");
}
