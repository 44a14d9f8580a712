/**
 * Seawall networking: VPC networks, Cloud Firewalls, load balancers and certificates, reached
 * through {@link dev.seawall.networking.Networking}.
 */
@NullMarked
package dev.seawall.networking;

import org.jspecify.annotations.NullMarked;
