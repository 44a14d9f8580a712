/** Wire DTOs and mapping for DNS domains and records. Not part of the public API. */
@NullMarked
package dev.seawall.networking.domain.internal;

import org.jspecify.annotations.NullMarked;
