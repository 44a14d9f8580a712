package dev.seawall.networking.vpc;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import java.util.ArrayList;
import java.util.List;

/** SW-VPC-001, shared by {@link VpcSpec}, {@link VpcOverlaps} and {@link VpcAuditor}. */
final class VpcPolicy {
  /** The largest VPC DigitalOcean accepts: /16. */
  static final int MIN_PREFIX = 16;

  /** The smallest VPC DigitalOcean accepts: /28. */
  static final int MAX_PREFIX = 28;

  private VpcPolicy() {}

  static void checkRange(Checks checks, Cidr range) {
    checks.require(
        range.isRfc1918(),
        NetworkingRules.SW_VPC_001,
        range
            + " is not a private RFC 1918 range; choose one within 10.0.0.0/8, 172.16.0.0/12 or"
            + " 192.168.0.0/16, e.g. 10.10.0.0/20");
    checks.require(
        range.prefixLength() >= MIN_PREFIX && range.prefixLength() <= MAX_PREFIX,
        NetworkingRules.SW_VPC_001,
        range
            + " has prefix /"
            + range.prefixLength()
            + "; a VPC must be between /16 (65,536 addresses) and /28 (16 addresses)");
  }

  record Named(String resource, Cidr range) {}

  static List<Violation> overlaps(List<Named> ranges) {
    List<Violation> out = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = i + 1; j < ranges.size(); j++) {
        Named a = ranges.get(i);
        Named b = ranges.get(j);
        if (a.range().overlaps(b.range())) {
          out.add(
              NetworkingRules.SW_VPC_001.violation(
                  b.resource(),
                  b.range()
                      + " overlaps "
                      + a.range()
                      + " of "
                      + a.resource()
                      + "; VPC ranges of one account must not overlap, choose disjoint ranges"));
        }
      }
    }
    return out;
  }
}
