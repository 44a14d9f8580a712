package dev.seawall.databases.firewall.internal;

import java.util.List;

/**
 * The body of {@code PUT /v2/databases/{id}/firewall}: the complete list of rules.
 *
 * @param rules every rule the cluster should have afterwards
 */
public record FirewallRulesBody(List<FirewallRuleBody> rules) {
  /** Copies the list. */
  public FirewallRulesBody {
    rules = List.copyOf(rules);
  }
}
