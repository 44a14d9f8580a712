/**
 * Seawall networking: VPC networks, Cloud Firewalls, load balancers and certificates, reached
 * through {@link dev.seawall.networking.Networking}.
 *
 * <p>The module's catalog: the operations it calls ({@link
 * dev.seawall.networking.NetworkingOperations}) and the rules it enforces ({@link
 * dev.seawall.networking.NetworkingRules}), registered with core by {@link
 * dev.seawall.networking.NetworkingCatalog}.
 */
@NullMarked
package dev.seawall.networking;

import org.jspecify.annotations.NullMarked;
