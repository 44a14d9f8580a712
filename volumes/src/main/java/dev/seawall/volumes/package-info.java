/**
 * Seawall volumes: DigitalOcean block-storage volumes that are LUKS-ready by default, safe
 * attach/detach/resize actions, and verified LUKS provisioning scripts. Start at {@link
 * dev.seawall.volumes.Volumes}.
 */
@NullMarked
package dev.seawall.volumes;

import org.jspecify.annotations.NullMarked;
