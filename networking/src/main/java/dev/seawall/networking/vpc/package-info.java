/**
 * VPC networks: {@link dev.seawall.networking.vpc.VpcSpec} (write spec, rule SW-VPC-001), the
 * {@link dev.seawall.networking.vpc.Vpc} read model, {@link dev.seawall.networking.vpc.VpcService}
 * and {@link dev.seawall.networking.vpc.VpcAuditor}.
 */
@NullMarked
package dev.seawall.networking.vpc;

import org.jspecify.annotations.NullMarked;
