/**
 * Seawall networking: VPC networks and Cloud Firewalls, reached through {@link
 * dev.seawall.networking.Networking}.
 */
@NullMarked
package dev.seawall.networking;

import org.jspecify.annotations.NullMarked;
