/** Wire types and helpers of the droplet service; not public API. */
@NullMarked
package dev.seawall.compute.droplet.internal;

import org.jspecify.annotations.NullMarked;
