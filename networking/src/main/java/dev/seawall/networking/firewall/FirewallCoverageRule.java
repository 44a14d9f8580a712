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
 * StackResource#tags()}) or directly ({@link FirewallResource#coveredDroplets()}). The nodes of a
 * Kubernetes cluster (kind {@value #KUBERNETES_CLUSTER_KIND}) are droplets too: a cluster is
 * covered through a tag all its nodes carry, which its {@link StackResource#tags()} returns (the
 * kubernetes module's resource: {@code k8s}, {@code k8s:worker} and the tags every node pool
 * shares); networking does not depend on that module and reads only the kind and the tags.
 * Firewalls that exist outside the stack are not considered. Sends nothing.
 */
public final class FirewallCoverageRule implements StackRule {
  /** The kind of the resources checked: {@value}. */
  public static final String DROPLET_KIND = "droplet";

  /**
   * The kind of Kubernetes cluster resources, whose node pools are droplets: {@value} (as {@code
   * KubernetesClusterResource.KIND}).
   */
  public static final String KUBERNETES_CLUSTER_KIND = "kubernetes_cluster";

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
      String kind = droplet.key().kind();
      if (!kind.equals(DROPLET_KIND) && !kind.equals(KUBERNETES_CLUSTER_KIND)) {
        continue;
      }
      boolean covered =
          firewalls.stream()
              .anyMatch(
                  fw ->
                      fw.coveredDroplets().contains(droplet.key())
                          || !Collections.disjoint(fw.tags(), droplet.tags()));
      if (covered) {
        continue;
      }
      if (kind.equals(DROPLET_KIND)) {
        violations.add(
            NetworkingRules.SW_DR_003.violation(
                droplet.key().toString(),
                "no firewall of the stack covers this droplet (its tags: "
                    + new TreeSet<>(droplet.tags())
                    + "); add a FirewallResource whose spec tags(...) include one of its tags,"
                    + " or coverDroplets("
                    + droplet.key()
                    + ")"));
      } else {
        violations.add(
            NetworkingRules.SW_DR_003.violation(
                droplet.key().toString(),
                "no firewall of the stack covers the nodes of this Kubernetes cluster (tags all"
                    + " its nodes carry: "
                    + new TreeSet<>(droplet.tags())
                    + "); add a FirewallResource whose spec tags(...) include one of them, e.g."
                    + " a tag every node pool carries"));
      }
    }
    return violations;
  }

  @Override
  public String toString() {
    return "FirewallCoverageRule[SW-DR-003]";
  }
}
