package dev.seawall.networking.firewall;

import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.StackRule;
import dev.seawall.networking.NetworkingRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Stack rule SW-DR-003: every droplet of the stack (a resource of kind {@value #DROPLET_KIND}) is
 * covered by a {@link FirewallResource} of the stack, through a tag the droplet carries ({@link
 * StackResource#tags()}) or directly ({@link FirewallResource#coveredDroplets()}). Firewalls that
 * exist outside the stack are not considered. Sends nothing.
 */
public final class FirewallCoverageRule implements StackRule {
  /** The kind of the resources checked: {@value}. */
  public static final String DROPLET_KIND = "droplet";

  /** Creates the rule. */
  public FirewallCoverageRule() {}

  @Override
  public List<Violation> check(List<StackResource> resources) {
    List<FirewallResource> firewalls =
        resources.stream()
            .filter(FirewallResource.class::isInstance)
            .map(FirewallResource.class::cast)
            .toList();
    List<Violation> violations = new ArrayList<>();
    for (StackResource droplet : resources) {
      if (!droplet.key().kind().equals(DROPLET_KIND)) {
        continue;
      }
      boolean covered =
          firewalls.stream()
              .anyMatch(
                  fw ->
                      fw.coveredDroplets().contains(droplet.key())
                          || !Collections.disjoint(fw.tags(), droplet.tags()));
      if (!covered) {
        violations.add(
            NetworkingRules.SW_DR_003.violation(
                droplet.key().toString(),
                "no firewall of the stack covers this droplet (its tags: "
                    + new TreeSet<>(droplet.tags())
                    + "); add a FirewallResource whose spec tags(...) include one of its tags,"
                    + " or coverDroplets("
                    + droplet.key()
                    + ")"));
      }
    }
    return violations;
  }

  @Override
  public String toString() {
    return "FirewallCoverageRule[SW-DR-003]";
  }
}
