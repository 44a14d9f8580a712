package dev.seawall.networking.vpc;

import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.StackRule;
import java.util.List;
import java.util.Optional;

/**
 * Stack rule SW-VPC-001 across resources: the address ranges of the stack's VPCs ({@link
 * VpcResource}s with a valid spec) must not overlap. VPCs without an explicit range are skipped
 * (DigitalOcean picks a free one). Sends nothing; see {@link VpcOverlaps}.
 */
public final class VpcOverlapRule implements StackRule {
  /** Creates the rule. */
  public VpcOverlapRule() {}

  @Override
  public List<Violation> check(List<StackResource> resources) {
    return VpcOverlaps.check(
        resources.stream()
            .filter(VpcResource.class::isInstance)
            .map(r -> ((VpcResource) r).spec())
            .flatMap(Optional::stream)
            .toList());
  }

  @Override
  public String toString() {
    return "VpcOverlapRule[SW-VPC-001]";
  }
}
