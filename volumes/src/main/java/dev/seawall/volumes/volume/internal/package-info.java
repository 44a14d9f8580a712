/** Wire DTOs and helpers of the volume service; not part of the public API. */
@NullMarked
package dev.seawall.volumes.volume.internal;

import org.jspecify.annotations.NullMarked;
