/** Seawall volumes. */
@NullMarked
package dev.seawall.volumes;

import org.jspecify.annotations.NullMarked;
