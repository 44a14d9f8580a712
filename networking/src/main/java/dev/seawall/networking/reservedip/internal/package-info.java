/** Wire DTOs and mapping for reserved IPs. Not part of the public API. */
@NullMarked
package dev.seawall.networking.reservedip.internal;

import org.jspecify.annotations.NullMarked;
