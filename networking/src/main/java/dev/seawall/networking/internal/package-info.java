/** Plumbing shared by the networking packages; not API. */
@NullMarked
package dev.seawall.networking.internal;

import org.jspecify.annotations.NullMarked;
