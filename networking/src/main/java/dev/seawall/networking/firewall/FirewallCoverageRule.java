package dev.seawall.networking.firewall;

import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.StackRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Stack rule SW-DR-003: every resource of the stack that runs droplets ({@link
 * StackResource#dropletsToCover()}: a droplet, the nodes of a Kubernetes cluster) is covered by a
 * {@link FirewallResource} of the stack, through a tag it carries ({@link StackResource#tags()}:
 * for a cluster, the tags all its nodes carry) or directly ({@link
 * FirewallResource#coveredDroplets()}). The rule reads only that capability and the tags, so
 * networking depends on no module that has droplets. Firewalls that exist outside the stack are not
 * considered. Sends nothing.
 */
public final class FirewallCoverageRule implements StackRule {
  /** The kind of droplet resources, which {@link FirewallResource} may cover directly: {@value}. */
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
    for (StackResource resource : resources) {
      Optional<String> droplets = resource.dropletsToCover();
      if (droplets.isEmpty() || covered(resource, firewalls)) {
        continue;
      }
      violations.add(
          CoreRules.SW_DR_003.violation(
              resource.key().toString(),
              "no firewall of the stack covers "
                  + droplets.get()
                  + " (tags: "
                  + new TreeSet<>(resource.tags())
                  + "); add a FirewallResource whose spec tags(...) include one of them"
                  + (resource.key().kind().equals(DROPLET_KIND)
                      ? ", or coverDroplets(" + resource.key() + ")"
                      : "")));
    }
    return violations;
  }

  private static boolean covered(StackResource resource, List<FirewallResource> firewalls) {
    return firewalls.stream()
        .anyMatch(
            fw ->
                fw.coveredDroplets().contains(resource.key())
                    || !Collections.disjoint(fw.tags(), resource.tags()));
  }

  @Override
  public String toString() {
    return "FirewallCoverageRule[SW-DR-003]";
  }
}
