/**
 * Droplets: {@link dev.seawall.compute.droplet.DropletSpec} (hardened write spec: SSH keys
 * required, explicit VPC, monitoring and the droplet agent on, user data scanned for secrets),
 * {@link dev.seawall.compute.droplet.DropletService}, the {@link
 * dev.seawall.compute.droplet.Droplet} read model, {@link
 * dev.seawall.compute.droplet.DropletAuditor} and {@link
 * dev.seawall.compute.droplet.DropletResource}, the kind in a stack.
 */
@NullMarked
package dev.seawall.compute.droplet;

import org.jspecify.annotations.NullMarked;
