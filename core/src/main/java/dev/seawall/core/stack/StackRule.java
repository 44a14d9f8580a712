package dev.seawall.core.stack;

import dev.seawall.core.policy.Violation;
import java.util.List;

/**
 * A policy rule that looks at several resources of a stack at once, e.g. SW-DR-003 (every droplet
 * is covered by a firewall) or SW-VPC-001 (no two VPCs overlap). Modules provide them.
 */
@FunctionalInterface
public interface StackRule {
  /** The violations across {@code resources}; empty when there are none. */
  List<Violation> check(List<StackResource> resources);
}
