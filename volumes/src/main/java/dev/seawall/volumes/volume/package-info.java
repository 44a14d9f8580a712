/**
 * Block-storage volumes: the write spec {@link dev.seawall.volumes.volume.VolumeSpec}, the read
 * model {@link dev.seawall.volumes.volume.Volume}, its {@link
 * dev.seawall.volumes.volume.VolumeAuditor} and the {@link
 * dev.seawall.volumes.volume.VolumeService}.
 */
@NullMarked
package dev.seawall.volumes.volume;

import org.jspecify.annotations.NullMarked;
