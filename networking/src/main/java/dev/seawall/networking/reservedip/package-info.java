/**
 * Reserved IPs: {@link dev.seawall.networking.reservedip.ReservedIpSpec} (region, optional droplet
 * assignment), the {@link dev.seawall.networking.reservedip.ReservedIp} read model, {@link
 * dev.seawall.networking.reservedip.ReservedIpService} (create, assign, unassign, delete), {@link
 * dev.seawall.networking.reservedip.ReservedIpResource} and {@link
 * dev.seawall.networking.reservedip.ReservedIpAuditor} (SW-RIP-001).
 */
@NullMarked
package dev.seawall.networking.reservedip;

import org.jspecify.annotations.NullMarked;
