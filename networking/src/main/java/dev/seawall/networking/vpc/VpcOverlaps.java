package dev.seawall.networking.vpc;

import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Plan-level part of SW-VPC-001: the address ranges of the VPCs of one account must not overlap.
 * DigitalOcean refuses an overlapping VPC at creation; checking the whole plan first reports every
 * conflict before anything is created. Specs without an explicit range are skipped (DigitalOcean
 * picks a free one).
 */
public final class VpcOverlaps {
  private VpcOverlaps() {}

  /**
   * The overlaps between the VPCs of a plan.
   *
   * @param specs the VPCs to create
   * @return one SW-VPC-001 violation per overlapping pair, reported on the later spec; empty if
   *     none overlap
   */
  public static List<Violation> check(Collection<VpcSpec> specs) {
    return check(specs, List.of());
  }

  /**
   * The overlaps between the VPCs of a plan and the VPCs that already exist. A spec whose name
   * matches an existing VPC is that VPC (it will be adopted), not a conflict.
   *
   * @param specs the VPCs to create
   * @param existing the VPCs of the account, e.g. from {@code VpcService.listAll()}
   * @return one SW-VPC-001 violation per overlapping pair; empty if none overlap
   */
  public static List<Violation> check(Collection<VpcSpec> specs, Collection<Vpc> existing) {
    List<VpcPolicy.Named> ranges = new ArrayList<>();
    List<String> planned = specs.stream().map(VpcSpec::name).toList();
    for (Vpc vpc : existing) {
      if (!planned.contains(vpc.name())) {
        ranges.add(new VpcPolicy.Named("vpc/" + vpc.name(), vpc.ipRange()));
      }
    }
    for (VpcSpec spec : specs) {
      spec.ipRange().ifPresent(r -> ranges.add(new VpcPolicy.Named("vpc/" + spec.name(), r)));
    }
    return VpcPolicy.overlaps(ranges);
  }

  /**
   * Throws if VPCs of the plan overlap.
   *
   * @throws InvalidSpecException listing every overlap
   */
  public static void requireDisjoint(Collection<VpcSpec> specs) {
    List<Violation> violations = check(specs);
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(violations);
    }
  }
}
