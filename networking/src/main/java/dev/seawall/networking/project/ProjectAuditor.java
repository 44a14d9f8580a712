package dev.seawall.networking.project;

import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Audits where resources live against SW-PRJ-001 (a note): DigitalOcean puts every resource created
 * without a project into the account's default project, so a resource there belongs to no project
 * of its own, and nothing says which system, owner or environment it serves. Stateless and
 * thread-safe.
 */
public final class ProjectAuditor {

  /** Creates an auditor. */
  public ProjectAuditor() {}

  /**
   * Lists the resources of the default project.
   *
   * @param project the account's default project
   * @param urns the URNs of its resources
   * @return one SW-PRJ-001 note per resource, on {@code project/<name>}; empty when the project is
   *     not the default one or holds nothing
   */
  public List<Violation> audit(Project project, Collection<String> urns) {
    if (!project.isDefault()) {
      return List.of();
    }
    return new TreeSet<>(urns)
        .stream()
            .map(
                urn ->
                    NetworkingRules.SW_PRJ_001.violation(
                        "project/" + project.name() + ".resources[" + urn + "]",
                        urn
                            + " is in the default project '"
                            + project.name()
                            + "', outside any project of its own"))
            .toList();
  }
}
