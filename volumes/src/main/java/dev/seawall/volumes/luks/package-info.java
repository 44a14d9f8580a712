/**
 * LUKS encryption of block-storage volumes on the droplet: {@link
 * dev.seawall.volumes.luks.LuksProvisioning} renders an idempotent POSIX shell script and an
 * equivalent {@code #cloud-config} document; {@link dev.seawall.volumes.luks.KeySource} says how
 * the droplet obtains the key; {@link dev.seawall.volumes.luks.LuksKey} generates key files.
 */
@NullMarked
package dev.seawall.volumes.luks;

import org.jspecify.annotations.NullMarked;
