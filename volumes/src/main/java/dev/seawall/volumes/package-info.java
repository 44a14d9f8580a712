/**
 * Seawall volumes: DigitalOcean block-storage volumes that are LUKS-ready by default, safe
 * attach/detach/resize actions, and verified LUKS provisioning scripts. Start at {@link
 * dev.seawall.volumes.Volumes}.
 *
 * <p>The module's catalog: the operations it calls ({@link dev.seawall.volumes.VolumesOperations})
 * and the rules it enforces ({@link dev.seawall.volumes.VolumesRules}), registered with core by
 * {@link dev.seawall.volumes.VolumesCatalog}.
 */
@NullMarked
package dev.seawall.volumes;

import org.jspecify.annotations.NullMarked;
