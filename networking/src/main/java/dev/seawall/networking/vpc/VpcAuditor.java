package dev.seawall.networking.vpc;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import java.util.Collection;
import java.util.List;

/**
 * Audits existing VPCs against SW-VPC-001, the rule {@link VpcSpec} enforces before provisioning: a
 * private RFC 1918 range between {@code /16} and {@code /28}, and (with {@link
 * #auditOverlaps(Collection)}) no two VPCs overlapping; and SW-VPC-002: a region's default VPC that
 * is not the one DigitalOcean or Seawall makes ({@code default-<region>}) is a workload VPC that
 * became the default by being the region's first. Stateless and thread-safe.
 */
public final class VpcAuditor implements Auditor<Vpc> {

  /** Creates an auditor. */
  public VpcAuditor() {}

  /**
   * Audits one VPC's range.
   *
   * @return the violations, reported on {@code vpc/<name>.ipRange}; empty if the VPC passes
   */
  @Override
  public List<Violation> audit(Vpc vpc) {
    Checks checks = Checks.on("vpc/" + vpc.name());
    VpcPolicy.checkRange(checks.at("ipRange"), vpc.ipRange());
    List<Violation> found = new java.util.ArrayList<>(checks.violations());
    if (vpc.isDefault() && !vpc.name().equals(VpcService.REGION_DEFAULT_PREFIX + vpc.region())) {
      found.add(
          NetworkingRules.SW_VPC_002.violation(
              "vpc/" + vpc.name(),
              "the VPC is the default of "
                  + vpc.region()
                  + ": resources created there without a VPC join it; make another VPC the"
                  + " region's default"));
    }
    return List.copyOf(found);
  }

  /**
   * Audits a set of VPCs (normally all of an account) for overlapping ranges.
   *
   * @return one violation per overlapping pair; empty if none overlap
   */
  public List<Violation> auditOverlaps(Collection<Vpc> vpcs) {
    return VpcPolicy.overlaps(
        vpcs.stream().map(v -> new VpcPolicy.Named("vpc/" + v.name(), v.ipRange())).toList());
  }
}
