/** Runnable Seawall programs; {@link dev.seawall.samples.HardenedStack} is the main one. */
@NullMarked
package dev.seawall.samples;

import org.jspecify.annotations.NullMarked;
