/**
 * Network value types shared by every module: {@link dev.seawall.core.net.Cidr} (IPv4/IPv6 address
 * ranges, parsed without DNS, with the one definition of an internet-wide range) and its address
 * family.
 */
@NullMarked
package dev.seawall.core.net;

import org.jspecify.annotations.NullMarked;
