/** Renderers of the LUKS provisioning script and cloud-config; not part of the public API. */
@NullMarked
package dev.seawall.volumes.luks.internal;

import org.jspecify.annotations.NullMarked;
