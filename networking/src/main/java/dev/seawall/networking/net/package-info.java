/**
 * Network value types shared by the networking resources: {@link dev.seawall.networking.net.Cidr}
 * (IPv4/IPv6 address ranges) and its address family.
 */
@NullMarked
package dev.seawall.networking.net;

import org.jspecify.annotations.NullMarked;
