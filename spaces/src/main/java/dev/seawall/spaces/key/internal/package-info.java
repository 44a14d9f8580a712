/** Wire DTOs of the Spaces keys API; not part of the public API. */
@NullMarked
package dev.seawall.spaces.key.internal;

import org.jspecify.annotations.NullMarked;
