/** Seawall spaces. */
@NullMarked
package dev.seawall.spaces;

import org.jspecify.annotations.NullMarked;
