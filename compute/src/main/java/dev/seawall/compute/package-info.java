/** Seawall compute. */
@NullMarked
package dev.seawall.compute;

import org.jspecify.annotations.NullMarked;
