/** Seawall networking. */
@NullMarked
package dev.seawall.networking;

import org.jspecify.annotations.NullMarked;
