package dev.seawall.networking.vpc;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import java.util.Collection;
import java.util.List;

/**
 * Audits existing VPCs against SW-VPC-001, the rule {@link VpcSpec} enforces before provisioning: a
 * private RFC 1918 range between {@code /16} and {@code /28}, and (with {@link
 * #auditOverlaps(Collection)}) no two VPCs overlapping. Stateless and thread-safe.
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
    return checks.violations();
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
