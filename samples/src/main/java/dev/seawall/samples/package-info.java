/** Seawall samples. */
@NullMarked
package dev.seawall.samples;

import org.jspecify.annotations.NullMarked;
