/** Wire DTOs and mapping for tags. Not part of the public API. */
@NullMarked
package dev.seawall.networking.tag.internal;

import org.jspecify.annotations.NullMarked;
